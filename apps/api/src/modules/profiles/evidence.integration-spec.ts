import { createTestApp, type TestApp } from '../../../test/test-app';
import { authorise, bearer, createAccount, db, type TestAccount } from '../../../test/factories';

function draft(competences: unknown[]) {
  return {
    languages: [{ language: 'de', overall: 'A2' }],
    germanCertificates: [],
    competences,
    schooling: {},
    education: [],
    experience: [],
    texts: [],
    wishes: { occupations: [], kinds: ['job'] },
    mobility: { drivingLicences: [] },
    workPermit: 'unknown',
  };
}

interface EvidenceBody {
  id: string;
  kind: string;
  level: string | null;
  observedBy: string | null;
  observedByAccountId: string | null;
  observedOn: string | null;
}

describe('competence evidence keeps its author', () => {
  let t: TestApp;
  let skill: string;
  let other: string;

  beforeAll(async () => {
    t = await createTestApp();
    const search = await t.http.get('/api/taxonomy/skills').query({ q: 'зварювання', lang: 'uk' });
    skill = search.body.hits[0].code;
    other = search.body.hits[1].code;
  });

  afterAll(async () => {
    await t.app.close();
  });

  async function setUp(): Promise<{ candidate: TestAccount; helga: TestAccount; jonas: TestAccount }> {
    const candidate = await createAccount(t, 'candidate');
    const helga = await createAccount(t, 'mentor', { name: 'Helga Mentorin' });
    const jonas = await createAccount(t, 'mentor', { name: 'Jonas Mentor' });
    await authorise(t, candidate, helga);
    await authorise(t, candidate, jonas);
    return { candidate, helga, jonas };
  }

  const save = (by: TestAccount, candidate: TestAccount, competences: unknown[]) =>
    t.http.put(`/api/candidates/${candidate.candidateId}/profile`).set(bearer(by)).send(draft(competences));

  const evidenceOf = (
    body: { competences: Array<{ code: string; evidence: EvidenceBody[] }> },
    code: string,
  ) => body.competences.find((c) => c.code === code)?.evidence ?? [];

  it('the candidate’s autosave repeating a mentor’s observation does not relabel it as the candidate’s own', async () => {
    const { candidate, helga } = await setUp();
    const byMentor = await save(helga, candidate, [
      { code: skill, evidence: [{ kind: 'mentor', level: 'good', observedOn: '2026-10-01' }] },
    ]);
    expect(byMentor.status).toBe(200);
    const [observation] = evidenceOf(byMentor.body, skill);
    expect(observation).toMatchObject({
      kind: 'mentor',
      observedBy: 'Helga Mentorin',
      observedByAccountId: helga.accountId,
    });

    // The candidate's own assessment added beside it, the mentor's row sent back unchanged with its id.
    const byCandidate = await save(candidate, candidate, [
      {
        code: skill,
        evidence: [
          { kind: 'self', level: 'basic' },
          { id: observation!.id, kind: 'mentor', level: 'good', observedOn: '2026-10-01' },
        ],
      },
    ]);
    expect(byCandidate.status).toBe(200);
    const after = evidenceOf(byCandidate.body, skill);
    expect(after.find((e) => e.kind === 'mentor')).toEqual(observation);
    const [row] = await db(t).query(
      `SELECT observed_by_account_id, observed_by_name, created_by_account_id FROM competence_evidence WHERE id = $1`,
      [observation!.id],
    );
    expect(row).toEqual({
      observed_by_account_id: helga.accountId,
      observed_by_name: 'Helga Mentorin',
      created_by_account_id: helga.accountId,
    });

    // The candidate's next autosave leaves the observation out (as the wizard does): it stays.
    const self = after.find((e) => e.kind === 'self')!;
    const again = await save(candidate, candidate, [
      { code: skill, evidence: [{ id: self.id, kind: 'self', level: 'good' }] },
    ]);
    expect(again.status).toBe(200);
    const kept = evidenceOf(again.body, skill);
    expect(kept.find((e) => e.kind === 'mentor')).toEqual(observation);
    expect(kept.find((e) => e.kind === 'self')).toMatchObject({ id: self.id, level: 'good' });
  });

  it('only an authorised mentor records mentor evidence; the candidate cannot forge or change it', async () => {
    const { candidate, helga } = await setUp();
    const forged = await save(candidate, candidate, [
      { code: skill, evidence: [{ kind: 'mentor', level: 'very_good', observedOn: '2026-10-01' }] },
    ]);
    expect(forged.status).toBe(403);
    expect(forged.body).toMatchObject({
      code: 'PROFILE_EVIDENCE_NOT_YOURS',
      errors: [{ field: 'competences.0.evidence.0.kind' }],
    });

    const byMentor = await save(helga, candidate, [
      { code: skill, evidence: [{ kind: 'mentor', level: 'good', observedOn: '2026-10-01' }] },
    ]);
    const [observation] = evidenceOf(byMentor.body, skill);
    const raised = await save(candidate, candidate, [
      {
        code: skill,
        evidence: [{ id: observation!.id, kind: 'mentor', level: 'very_good', observedOn: '2026-10-01' }],
      },
    ]);
    expect(raised.status).toBe(403);
    expect(raised.body.errors).toEqual([
      {
        field: 'competences.0.evidence.0',
        code: 'NOT_CHANGEABLE',
        message: expect.stringContaining('someone else'),
      },
    ]);
    const relabel = await save(candidate, candidate, [
      { code: skill, evidence: [{ id: observation!.id, kind: 'self', level: 'very_good' }] },
    ]);
    expect(relabel.status).toBe(400);
    expect(relabel.body.errors).toEqual([
      { field: 'competences.0.evidence.0.kind', code: 'NOT_CHANGEABLE', message: expect.any(String) },
    ]);
    const foreignId = await save(candidate, candidate, [
      {
        code: other,
        evidence: [{ id: observation!.id, kind: 'mentor', level: 'good', observedOn: '2026-10-01' }],
      },
      { code: skill, evidence: [] },
    ]);
    expect(foreignId.status).toBe(400);
    expect(foreignId.body.errors).toEqual([
      { field: 'competences.0.evidence.0.id', code: 'NOT_FOUND', message: expect.any(String) },
    ]);

    const unchanged = await t.http
      .get(`/api/candidates/${candidate.candidateId}/profile`)
      .set(bearer(candidate));
    expect(evidenceOf(unchanged.body, skill)).toEqual([observation]);
  });

  it('a second mentor cannot change the first mentor’s observation but adds their own; each keeps its author', async () => {
    const { candidate, helga, jonas } = await setUp();
    const first = await save(helga, candidate, [
      { code: skill, evidence: [{ kind: 'mentor', level: 'good', observedOn: '2026-10-01' }] },
    ]);
    const [helgas] = evidenceOf(first.body, skill);
    const changed = await save(jonas, candidate, [
      {
        code: skill,
        evidence: [{ id: helgas!.id, kind: 'mentor', level: 'basic', observedOn: '2026-10-01' }],
      },
    ]);
    expect(changed.status).toBe(403);

    const second = await save(jonas, candidate, [
      { code: skill, evidence: [{ kind: 'mentor', level: 'very_good', observedOn: '2026-11-02' }] },
    ]);
    expect(second.status).toBe(200);
    const both = evidenceOf(second.body, skill).filter((e) => e.kind === 'mentor');
    expect(both.map((e) => [e.observedByAccountId, e.level]).sort()).toEqual(
      [
        [helga.accountId, 'good'],
        [jonas.accountId, 'very_good'],
      ].sort(),
    );

    // Helga's own autosave without ids updates her row rather than adding a second one.
    const helgaAgain = await save(helga, candidate, [
      { code: skill, evidence: [{ kind: 'mentor', level: 'very_good', observedOn: '2026-10-01' }] },
    ]);
    const mentors = evidenceOf(helgaAgain.body, skill).filter((e) => e.kind === 'mentor');
    expect(mentors).toHaveLength(2);
    expect(mentors.find((e) => e.observedByAccountId === helga.accountId)).toMatchObject({
      id: helgas!.id,
      level: 'very_good',
    });
  });

  it('the candidate removes a competence and with it every piece of its evidence', async () => {
    const { candidate, helga } = await setUp();
    await save(helga, candidate, [
      { code: skill, evidence: [{ kind: 'mentor', level: 'good', observedOn: '2026-10-01' }] },
      { code: other, evidence: [{ kind: 'self', level: 'basic' }] },
    ]);
    const removed = await save(candidate, candidate, [
      { code: other, evidence: [{ kind: 'self', level: 'basic' }] },
    ]);
    expect(removed.status).toBe(200);
    expect(removed.body.competences.map((c: { code: string }) => c.code)).toEqual([other]);
    const [{ count }] = await db(t).query(
      `SELECT count(*)::int AS count FROM competence_evidence e JOIN profile_competence c ON c.id = e.competence_id
        WHERE c.candidate_id = $1 AND e.kind = 'mentor'`,
      [candidate.candidateId],
    );
    expect(count).toBe(0);
  });
});
