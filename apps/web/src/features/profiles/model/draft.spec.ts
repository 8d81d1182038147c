import { describe, expect, it } from 'vitest';
import type { Evidence, Profile } from '../api/schemas';
import { draftFromProfile, draftToBody } from './draft';

const CODE = 'http://data.europa.eu/esco/skill/welding';
const MENTOR_A = '00000000-0000-4000-8000-00000000000a';
const MENTOR_B = '00000000-0000-4000-8000-00000000000b';

function evidence(patch: Partial<Evidence>): Evidence {
  return {
    id: 'x',
    kind: 'self',
    level: 'good',
    observedBy: null,
    observedByAccountId: null,
    observedOn: null,
    provider: null,
    procedure: null,
    assessedOn: null,
    confirmedByIba: false,
    ...patch,
  };
}

function profile(items: Evidence[]): Profile {
  return {
    birthYear: null,
    phone: null,
    languages: [],
    germanCertificates: [],
    mathsLevel: null,
    computerLevel: null,
    competences: [{ code: CODE, kind: 'skill', labels: {}, evidence: items }],
    schooling: { years: null, country: null, level: null },
    education: [],
    experience: [],
    texts: [],
    wishes: { occupations: [], kinds: [], hoursPerWeek: null, earliestStart: null },
    mobility: {
      homeTownAgs: null,
      homeTownName: null,
      homePlace: null,
      travelKm: null,
      travelMinutes: null,
      drivingLicences: [],
    },
    workPermit: 'unknown',
  } as unknown as Profile;
}

const stored = [
  evidence({ id: 'self-1', kind: 'self', level: 'basic' }),
  evidence({
    id: 'mentor-a',
    kind: 'mentor',
    level: 'very_good',
    observedBy: 'Helga',
    observedByAccountId: MENTOR_A,
    observedOn: '2026-10-01',
  }),
  evidence({
    id: 'prov-1',
    kind: 'provider',
    provider: 'BZ',
    procedure: 'MYSKILLS',
    assessedOn: '2026-09-01',
  }),
];

describe('profile draft and evidence', () => {
  it('a candidate sends back only their own assessment, with its id, never a mentor’s observation', () => {
    const draft = draftFromProfile(profile(stored), '00000000-0000-4000-8000-0000000000cc');
    expect(draft.competences[0]!.otherEvidence.map((e) => e.id)).toEqual(['mentor-a', 'prov-1']);
    expect(draftToBody(draft).competences).toEqual([
      { code: CODE, evidence: [{ id: 'self-1', kind: 'self', level: 'basic' }] },
    ]);
  });

  it('a mentor edits their own observation (sent with its id) and not another mentor’s', () => {
    const own = draftFromProfile(profile(stored), MENTOR_A);
    expect(draftToBody(own).competences[0]!.evidence).toEqual([
      { id: 'self-1', kind: 'self', level: 'basic' },
      { id: 'mentor-a', kind: 'mentor', level: 'very_good', observedOn: '2026-10-01' },
    ]);
    const other = draftFromProfile(profile(stored), MENTOR_B);
    expect(other.competences[0]!.mentor).toBeNull();
    expect(draftToBody(other).competences[0]!.evidence).toEqual([
      { id: 'self-1', kind: 'self', level: 'basic' },
    ]);
  });
});
