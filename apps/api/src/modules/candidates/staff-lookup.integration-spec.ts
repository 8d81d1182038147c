import { randomBytes } from 'node:crypto';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { authorise, bearer, createAccount, db, type TestAccount } from '../../../test/factories';

/** Team IBA names candidates by what it sees (pseudonym, login name) and finds them by name. */
describe('finding candidates: CSV by pseudonym or login name, lookup by name', () => {
  let t: TestApp;
  let weldingSkill: string;
  let iba: TestAccount;

  async function candidateNamed(given: string, family: string): Promise<TestAccount & { pseudonym: string }> {
    const candidate = await createAccount(t, 'candidate');
    const pseudonym = `K-${randomBytes(3).toString('hex').toUpperCase()}`;
    await db(t).query(`UPDATE candidate SET given_name = $2, family_name = $3 WHERE id = $1`, [
      candidate.candidateId,
      given,
      family,
    ]);
    await db(t).query(`INSERT INTO candidate_profile (candidate_id, pseudonym) VALUES ($1, $2)`, [
      candidate.candidateId,
      pseudonym,
    ]);
    return { ...candidate, pseudonym };
  }

  async function logged(candidateId: string, action: string, actor: TestAccount): Promise<number> {
    const [row] = await db(t).query(
      `SELECT count(*)::int AS n FROM access_log WHERE candidate_id = $1 AND action = $2 AND actor_account_id = $3`,
      [candidateId, action, actor.accountId],
    );
    return row.n;
  }

  beforeAll(async () => {
    t = await createTestApp();
    const search = await t.http.get('/api/taxonomy/skills').query({ q: 'зварювання', lang: 'uk' });
    weldingSkill = search.body.hits[0].code;
    iba = await createAccount(t, 'iba_staff');
  });

  afterAll(async () => {
    await t.app.close();
  });

  it('imports rows that name the candidate by pseudonym (any case) or by login name', async () => {
    const byPseudonym = await candidateNamed('Amal', 'Nassar');
    const byLogin = await candidateNamed('Oleh', 'Kovalenko');
    const loginName = `k-${randomBytes(4).toString('hex')}`;
    await db(t).query(`UPDATE account SET login_name = $2 WHERE id = $1`, [byLogin.accountId, loginName]);
    const csv = [
      'candidate,provider,procedure,assessedOn,code,level',
      `${byPseudonym.pseudonym.toLowerCase()},Bildungszentrum Waiblingen,MYSKILLS,2026-09-01,${weldingSkill},good`,
      `${loginName.toUpperCase()},Handwerkskammer,Arbeitsprobe,2026-09-02,${weldingSkill},basic`,
    ].join('\n');
    const preview = await t.http
      .post('/api/assessments/csv/preview')
      .set(bearer(iba))
      .attach('file', Buffer.from(csv), 'results.csv');
    expect(preview.status).toBe(200);
    expect(preview.body.rows.map((r: { errors: unknown[] }) => r.errors)).toEqual([[], []]);

    const imported = await t.http
      .post('/api/assessments/csv')
      .set(bearer(iba))
      .attach('file', Buffer.from(csv), 'results.csv');
    expect(imported.status).toBe(201);
    expect(imported.body.imported).toBe(2);
    for (const candidate of [byPseudonym, byLogin]) {
      const [{ n }] = await db(t).query(
        `SELECT count(*)::int AS n FROM competence_evidence e
           JOIN profile_competence c ON c.id = e.competence_id WHERE c.candidate_id = $1`,
        [candidate.candidateId],
      );
      expect(n).toBe(1);
    }
  });

  it('says which column is wrong and what it expects', async () => {
    const csv = [
      'candidate,provider,procedure,assessedOn,code,level',
      `K-NOPE,Handwerkskammer,Arbeitsprobe,2026-09-02,${weldingSkill},excellent`,
    ].join('\n');
    const preview = await t.http
      .post('/api/assessments/csv/preview')
      .set(bearer(iba))
      .attach('file', Buffer.from(csv), 'results.csv');
    expect(preview.status).toBe(200);
    const errors: Array<{ field: string; message: string }> = preview.body.rows[0].errors;
    expect(errors.map((e) => e.field)).toEqual(['candidate', 'level']);
    expect(errors[0]!.message).toMatch(/column "candidate".*pseudonym.*login name/);
    expect(errors[1]!.message).toMatch(/column "level".*expected one of/);
    // The internal id is no longer the only thing a row can name, and nothing says "candidateId".
    expect(JSON.stringify(errors)).not.toMatch(/candidateId/);

    const missing = await t.http
      .post('/api/assessments/csv/preview')
      .set(bearer(iba))
      .attach(
        'file',
        Buffer.from('candidate,provider,procedure,assessedOn,code\nK-AAAA,x,y,2026-01-01,z'),
        'r.csv',
      );
    expect(missing.status).toBe(400);
    expect(missing.body.code).toBe('VALIDATION_FAILED');
    expect(missing.body.errors).toEqual([
      {
        field: 'file',
        code: 'BAD_FILE',
        message: expect.stringMatching(/column "level" missing: expected one of/),
      },
    ]);
  });

  it('finds candidates by name for staff (everyone) and mentors (only their own), logging every read', async () => {
    const family = `Haddad${randomBytes(3).toString('hex')}`;
    const mine = await candidateNamed('Amina', family);
    const other = await candidateNamed('Samir', family);
    const mentor = await createAccount(t, 'mentor');
    await authorise(t, mine, mentor);

    const staff = await t.http
      .get('/api/candidates/lookup')
      .query({ q: family.toUpperCase() })
      .set(bearer(iba));
    expect(staff.status).toBe(200);
    expect(staff.body.map((c: { id: string }) => c.id).sort()).toEqual(
      [mine.candidateId, other.candidateId].sort(),
    );
    expect(staff.body.find((c: { id: string }) => c.id === mine.candidateId)).toMatchObject({
      givenName: 'Amina',
      familyName: family,
      pseudonym: mine.pseudonym,
    });
    expect(await logged(mine.candidateId!, 'lookup_candidates', iba)).toBe(1);
    expect(await logged(other.candidateId!, 'lookup_candidates', iba)).toBe(1);

    const byFullName = await t.http
      .get('/api/candidates/lookup')
      .query({ q: `amina ${family}` })
      .set(bearer(mentor));
    expect(byFullName.status).toBe(200);
    expect(byFullName.body.map((c: { id: string }) => c.id)).toEqual([mine.candidateId]);
    const mentorSearch = await t.http.get('/api/candidates/lookup').query({ q: family }).set(bearer(mentor));
    expect(mentorSearch.body.map((c: { id: string }) => c.id)).toEqual([mine.candidateId]);
    expect(await logged(mine.candidateId!, 'lookup_candidates', mentor)).toBe(2);
    expect(await logged(other.candidateId!, 'lookup_candidates', mentor)).toBe(0);

    // Wildcards are text, not patterns.
    const wildcard = await t.http.get('/api/candidates/lookup').query({ q: '%%' }).set(bearer(iba));
    expect(wildcard.status).toBe(200);
    expect(wildcard.body).toEqual([]);
  });

  it('refuses employers and candidates, and a too short query with the field named', async () => {
    const employer = await createAccount(t, 'employer');
    const candidate = await createAccount(t, 'candidate');
    for (const who of [employer, candidate]) {
      const response = await t.http.get('/api/candidates/lookup').query({ q: 'Test' }).set(bearer(who));
      expect(response.status).toBe(403);
    }
    const short = await t.http.get('/api/candidates/lookup').query({ q: 'a' }).set(bearer(iba));
    expect(short.status).toBe(400);
    expect(short.body.errors[0].field).toBe('q');
  });
});
