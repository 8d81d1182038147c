import { SEARCHABLE_PROFILE_CONSENT } from '@passgenau/domain';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { authorise, bearer, createAccount, db, type TestAccount } from '../../../test/factories';

const WELDER = 'http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b';
const WAIBLINGEN = '08119079';

describe('the access log tells the truth', () => {
  let t: TestApp;
  let skill: string;

  beforeAll(async () => {
    t = await createTestApp();
    const search = await t.http.get('/api/taxonomy/skills').query({ q: 'зварювання', lang: 'uk' });
    skill = search.body.hits[0].code;
  });

  afterAll(async () => {
    await t.app.close();
  });

  const draft = () => ({
    languages: [{ language: 'de', overall: 'B1' }],
    germanCertificates: [],
    competences: [{ code: skill, evidence: [{ kind: 'self', level: 'good' }] }],
    schooling: {},
    education: [],
    experience: [],
    texts: [],
    wishes: { occupations: [WELDER], kinds: ['job'] },
    mobility: { homeTownAgs: WAIBLINGEN, drivingLicences: [] },
    workPermit: 'permitted',
  });

  async function logRows(
    candidate: TestAccount,
  ): Promise<Array<{ action: string; actor_company_id: string | null }>> {
    return db(t).query(
      `SELECT action, actor_company_id FROM access_log WHERE candidate_id = $1 ORDER BY id`,
      [candidate.candidateId],
    );
  }

  async function publishedByMentor(): Promise<{
    candidate: TestAccount;
    mentor: TestAccount;
    pseudonym: string;
  }> {
    const candidate = await createAccount(t, 'candidate');
    const mentor = await createAccount(t, 'mentor', { name: 'Helga Mentorin' });
    await authorise(t, candidate, mentor);
    await t.http
      .post(`/api/candidates/${candidate.candidateId}/consent`)
      .set(bearer(candidate))
      .send({ textVersion: SEARCHABLE_PROFILE_CONSENT.version });
    const saved = await t.http
      .put(`/api/candidates/${candidate.candidateId}/profile`)
      .set(bearer(mentor))
      .send(draft());
    expect(saved.status).toBe(200);
    const published = await t.http
      .post(`/api/candidates/${candidate.candidateId}/profile/publish`)
      .set(bearer(mentor));
    expect(published.status).toBe(200);
    return { candidate, mentor, pseudonym: published.body.pseudonym };
  }

  it('a save, publish, unpublish or reconfirm by the mentor is not a read; opening the profile is, once', async () => {
    const { candidate, mentor } = await publishedByMentor();
    const path = `/api/candidates/${candidate.candidateId}/profile`;
    expect((await t.http.post(`${path}/reconfirm`).set(bearer(mentor))).status).toBe(200);
    expect((await t.http.post(`${path}/unpublish`).set(bearer(mentor))).status).toBe(200);
    expect((await t.http.put(path).set(bearer(mentor)).send(draft())).status).toBe(200);
    expect(await logRows(candidate)).toEqual([]);

    expect((await t.http.get(path).set(bearer(mentor))).status).toBe(200);
    expect(await logRows(candidate)).toEqual([{ action: 'read_profile', actor_company_id: null }]);
  });

  it('list pages count as one entry per firm and day; an opened profile is one entry naming the firm', async () => {
    const { candidate, pseudonym } = await publishedByMentor();
    const [{ id: firm }] = await db(t).query(
      `INSERT INTO company (name) VALUES ('Metallbau Remstal GmbH') RETURNING id`,
    );
    const manager = await createAccount(t, 'employer', { companyId: firm, companyRole: 'manager' });
    const colleague = await createAccount(t, 'employer', { companyId: firm, companyRole: 'member' });
    const otherFirm = await createAccount(t, 'employer');

    for (const employer of [manager, manager, manager, colleague, otherFirm]) {
      const page = await t.http
        .get('/api/profiles')
        .query({ town: WAIBLINGEN, pageSize: 100 })
        .set(bearer(employer));
      expect(page.status).toBe(200);
      expect(page.body.items.map((p: { pseudonym: string }) => p.pseudonym)).toContain(pseudonym);
    }
    expect(await logRows(candidate)).toEqual([]);
    const appearances = await db(t).query(
      `SELECT viewer_id, actor_company_id, count FROM access_log_appearance WHERE candidate_id = $1 ORDER BY count DESC`,
      [candidate.candidateId],
    );
    expect(appearances).toEqual([
      { viewer_id: firm, actor_company_id: firm, count: 4 },
      { viewer_id: otherFirm.companyId, actor_company_id: otherFirm.companyId, count: 1 },
    ]);
    expect((await t.http.get(`/api/profiles/${pseudonym}`).set(bearer(colleague))).status).toBe(200);
    expect(await logRows(candidate)).toEqual([
      { action: 'read_pseudonymous_profile', actor_company_id: firm },
    ]);

    // The candidate reads who it was: the firm, and what it did as a code the app puts in words.
    const log = await t.http.get('/api/me/access-log').set(bearer(candidate));
    expect(log.status).toBe(200);
    expect(log.body.total).toBe(3);
    expect(log.body.items[0]).toMatchObject({
      action: 'read_pseudonymous_profile',
      actorRole: 'employer',
      actorCompanyName: 'Metallbau Remstal GmbH',
      actorDisplay: 'Metallbau Remstal GmbH',
      count: 1,
      day: null,
    });
    const listed = log.body.items.find(
      (i: { action: string; actorCompanyId: string }) =>
        i.action === 'list_pseudonymous_profiles' && i.actorCompanyId === firm,
    );
    expect(listed).toMatchObject({
      actorDisplay: 'Metallbau Remstal GmbH',
      count: 4,
      day: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
  });

  it('erasure removes the candidate’s counted appearances', async () => {
    const { candidate } = await publishedByMentor();
    const employer = await createAccount(t, 'employer');
    await t.http.get('/api/profiles').query({ town: WAIBLINGEN, pageSize: 100 }).set(bearer(employer));
    expect(
      (await t.http.delete(`/api/candidates/${candidate.candidateId}`).set(bearer(candidate))).status,
    ).toBe(204);
    const [{ count }] = await db(t).query(
      `SELECT count(*)::int AS count FROM access_log_appearance WHERE candidate_id = $1`,
      [candidate.candidateId],
    );
    expect(count).toBe(0);
  });
});
