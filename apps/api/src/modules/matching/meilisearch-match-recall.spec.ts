import {
  candidateRecallFilter,
  candidateRecallTiers,
  candidateRecallRadiusKm,
  offerRecallFilter,
  RECALL_RADIUS_KM,
} from './meilisearch-match-recall';

const SITE = { lat: 48.8303, lon: 9.3169 };

describe('candidateRecallFilter', () => {
  it('ORs the codes and the occupation, keeps only visible profiles within reach', () => {
    expect(
      candidateRecallFilter(
        { codes: ['skill:a', 'skill:"b"'], occupationCode: 'occ:x', location: SITE, maxDistanceKm: null },
        1_000,
      ),
    ).toEqual([
      'visibleUntilTs > 1000',
      '(competences IN ["skill:a", "skill:\\"b\\""] OR occupations = "occ:x")',
      `_geoRadius(48.8303, 9.3169, ${RECALL_RADIUS_KM * 1000})`,
    ]);
  });

  it('widens the radius to what the firm accepts; no place, no radius; nothing to recall by, null', () => {
    expect(
      candidateRecallFilter(
        { codes: ['s'], occupationCode: null, location: SITE, maxDistanceKm: 250 },
        0,
      )![2],
    ).toBe('_geoRadius(48.8303, 9.3169, 250000)');
    expect(
      candidateRecallFilter({ codes: ['s'], occupationCode: null, location: null, maxDistanceKm: null }, 0),
    ).toEqual(['visibleUntilTs > 0', '(competences IN ["s"])']);
    expect(
      candidateRecallFilter({ codes: [], occupationCode: null, location: SITE, maxDistanceKm: null }, 0),
    ).toBeNull();
  });

  it('takes the towns within reach instead of a geo radius when they are given', () => {
    const offer = { codes: ['s'], occupationCode: null, location: SITE, maxDistanceKm: 250 };
    expect(candidateRecallRadiusKm(offer)).toBe(250);
    expect(candidateRecallRadiusKm({ ...offer, maxDistanceKm: null })).toBe(RECALL_RADIUS_KM);
    expect(candidateRecallFilter(offer, 0, ['08119079'])).toEqual([
      'visibleUntilTs > 0',
      '(competences IN ["s"])',
      'homeTownAgs IN ["08119079"]',
    ]);
  });
});

describe('candidateRecallTiers', () => {
  it('looks for all required competences first, then any of them, then anything that fits', () => {
    const offer = {
      codes: ['req:a', 'req:b', 'nice:c'],
      required: ['req:a', 'req:b'],
      occupationCode: 'occ:x',
      location: SITE,
      maxDistanceKm: null,
    };
    expect(candidateRecallTiers(offer, 5, ['08119079'])).toEqual([
      ['visibleUntilTs > 5', 'homeTownAgs IN ["08119079"]', 'competences = "req:a"', 'competences = "req:b"'],
      ['visibleUntilTs > 5', 'homeTownAgs IN ["08119079"]', 'competences IN ["req:a", "req:b"]'],
      candidateRecallFilter(offer, 5, ['08119079']),
    ]);
  });

  it('has one tier for one required competence less, and only the widest without any', () => {
    const base = { codes: ['req:a', 'nice:c'], occupationCode: null, location: null, maxDistanceKm: null };
    expect(candidateRecallTiers({ ...base, required: ['req:a'] }, 0)).toEqual([
      ['visibleUntilTs > 0', 'competences = "req:a"'],
      candidateRecallFilter(base, 0),
    ]);
    expect(candidateRecallTiers(base, 0)).toEqual([candidateRecallFilter(base, 0)]);
    expect(candidateRecallTiers({ ...base, codes: [], required: [] }, 0)).toBeNull();
  });
});

describe('offerRecallFilter', () => {
  it('ORs required and nice-to-have codes and the occupations, keeps open offers within reach', () => {
    expect(
      offerRecallFilter(
        { codes: ['s'], wishedOccupations: [], home: SITE, travelKm: 200 },
        ['occ:x'],
        '2026-12-02',
      ),
    ).toEqual([
      `closesOnDay >= ${Math.floor(Date.parse('2026-12-02T00:00:00Z') / 86_400_000)}`,
      '(requiredCompetences IN ["s"] OR niceToHaveCompetences IN ["s"] OR occupationCode IN ["occ:x"])',
      '_geoRadius(48.8303, 9.3169, 300000)',
    ]);
    expect(
      offerRecallFilter({ codes: [], wishedOccupations: [], home: null, travelKm: null }, [], '2026-12-02'),
    ).toBeNull();
  });
});
