import { describe, expect, it } from 'vitest';
import { COMPLETENESS_ITEMS } from '@passgenau/domain';
import { publishNeeds, splitMissing } from './completeness';

describe('completeness for the reader', () => {
  it('keeps outside evidence apart from what the candidate can still add', () => {
    expect(splitMissing(['german_level', 'evidence', 'schooling'])).toEqual({
      own: ['german_level', 'schooling'],
      byOthers: ['evidence'],
    });
    expect(splitMissing([...COMPLETENESS_ITEMS]).own).not.toContain('evidence');
    expect(splitMissing([])).toEqual({ own: [], byOthers: [] });
  });

  it('lists consent first, then the missing items of the publishing minimum only', () => {
    expect(publishNeeds(['evidence', 'wishes', 'schooling', 'german_level'], false)).toEqual([
      'consent',
      'german_level',
      'wishes',
    ]);
    expect(publishNeeds(['evidence', 'schooling'], true)).toEqual([]);
    // Consent not known yet: nothing is claimed about it.
    expect(publishNeeds(['home_place'], null)).toEqual(['home_place']);
  });
});
