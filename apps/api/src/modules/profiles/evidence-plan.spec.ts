import { planEvidence, type ExistingEvidence } from './evidence-plan';

const CODE = 'skill:welding';
const CANDIDATE = { accountId: 'acc-candidate', role: 'candidate' as const };
const HELGA = { accountId: 'acc-helga', role: 'mentor' as const };
const JONAS = { accountId: 'acc-jonas', role: 'mentor' as const };

const stored: ExistingEvidence[] = [
  {
    id: 'self',
    kind: 'self',
    level: 'basic',
    observed_by_account_id: null,
    observed_on: null,
    concept_code: CODE,
  },
  {
    id: 'helga',
    kind: 'mentor',
    level: 'good',
    observed_by_account_id: 'acc-helga',
    observed_on: '2026-10-01',
    concept_code: CODE,
  },
  {
    id: 'provider',
    kind: 'provider',
    level: 'very_good',
    observed_by_account_id: null,
    observed_on: null,
    concept_code: CODE,
  },
];

const draft = (evidence: unknown[]) => ({ competences: [{ code: CODE, evidence }] }) as never;

describe('planning the evidence of a save', () => {
  it('the candidate leaving out a mentor’s observation and an assessment keeps both', () => {
    const plan = planEvidence(CANDIDATE, draft([{ id: 'self', kind: 'self', level: 'good' }]), stored);
    expect(plan).toEqual({
      insert: [],
      update: [{ id: 'self', level: 'good', observedOn: null }],
      remove: [],
      forbidden: [],
      invalid: [],
    });
  });

  it('the candidate removing the own assessment deletes only that', () => {
    expect(planEvidence(CANDIDATE, draft([]), stored).remove).toEqual(['self']);
  });

  it('refuses mentor evidence from anyone but a mentor, and changes to another mentor’s', () => {
    expect(
      planEvidence(CANDIDATE, draft([{ kind: 'mentor', level: 'good', observedOn: '2026-10-02' }]), stored)
        .forbidden,
    ).toEqual([{ field: 'competences.0.evidence.0.kind', code: 'NOT_ALLOWED', message: expect.any(String) }]);
    expect(
      planEvidence(
        JONAS,
        draft([{ id: 'helga', kind: 'mentor', level: 'basic', observedOn: '2026-10-01' }]),
        stored,
      ).forbidden,
    ).toEqual([{ field: 'competences.0.evidence.0', code: 'NOT_CHANGEABLE', message: expect.any(String) }]);
  });

  it('the same mentor without ids updates their own row instead of adding one; another mentor adds theirs', () => {
    const again = planEvidence(
      HELGA,
      draft([{ kind: 'mentor', level: 'very_good', observedOn: '2026-10-01' }]),
      stored,
    );
    expect(again.update).toEqual([{ id: 'helga', level: 'very_good', observedOn: '2026-10-01' }]);
    expect(again.insert).toEqual([]);
    const jonas = planEvidence(
      JONAS,
      draft([{ kind: 'mentor', level: 'good', observedOn: '2026-11-01' }]),
      stored,
    );
    expect(jonas.insert).toEqual([{ code: CODE, kind: 'mentor', level: 'good', observedOn: '2026-11-01' }]);
    expect(jonas.remove).toEqual(['self']); // a mentor edits the own assessment on the candidate's behalf
  });

  it('refuses ids of other competences, changed kinds and a second own assessment', () => {
    const plan = planEvidence(
      CANDIDATE,
      draft([
        { id: 'provider', kind: 'self', level: 'good' },
        { kind: 'self', level: 'good' },
        { kind: 'self', level: 'basic' },
        { id: 'unknown', kind: 'self' },
      ]),
      stored,
    );
    expect(plan.invalid.map((e) => e.field)).toEqual([
      'competences.0.evidence.0.kind',
      'competences.0.evidence.2',
      'competences.0.evidence.3.id',
    ]);
  });
});
