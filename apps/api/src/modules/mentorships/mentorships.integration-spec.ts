import { SEARCHABLE_PROFILE_CONSENT } from '@passgenau/domain';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { authorise, bearer, createAccount, db } from '../../../test/factories';

describe('mentor authorisation, consent and the access log', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(async () => {
    await t.app.close();
  });

  it('a candidate authorises mentors, sees them, and a withdrawal takes effect at once', async () => {
    const candidate = await createAccount(t, 'candidate');
    const mentorA = await createAccount(t, 'mentor', { name: 'Mentor A' });
    const mentorB = await createAccount(t, 'mentor', { name: 'Mentor B' });
    const idA = await authorise(t, candidate, mentorA);
    await authorise(t, candidate, mentorB);

    const list = await t.http.get('/api/me/mentors').set(bearer(candidate));
    expect(
      list.body
        .filter((m: { active: boolean }) => m.active)
        .map((m: { mentorName: string }) => m.mentorName)
        .sort(),
    ).toEqual(['Mentor A', 'Mentor B']);
    expect((await t.http.get(`/api/candidates/${candidate.candidateId}`).set(bearer(mentorA))).status).toBe(
      200,
    );

    expect((await t.http.delete(`/api/me/mentors/${idA}`).set(bearer(candidate))).status).toBe(204);
    const afterWithdrawal = await t.http.get(`/api/candidates/${candidate.candidateId}`).set(bearer(mentorA));
    expect(afterWithdrawal.status).toBe(404);
    expect((await t.http.get('/api/mentor/candidates').set(bearer(mentorA))).body).toEqual([]);
    expect((await t.http.get(`/api/candidates/${candidate.candidateId}`).set(bearer(mentorB))).status).toBe(
      200,
    );

    const history = await t.http.get('/api/me/mentors').set(bearer(candidate));
    expect(history.body.find((m: { id: string }) => m.id === idA)).toMatchObject({
      active: false,
      withdrawnAt: expect.any(String),
    });
  });

  it('refuses duplicate or unknown mentors with the field named', async () => {
    const candidate = await createAccount(t, 'candidate');
    const mentor = await createAccount(t, 'mentor');
    const employer = await createAccount(t, 'employer');
    await authorise(t, candidate, mentor);
    const twice = await t.http
      .post('/api/me/mentors')
      .set(bearer(candidate))
      .send({ mentorEmail: mentor.email });
    expect(twice.status).toBe(409);
    const notAMentor = await t.http
      .post('/api/me/mentors')
      .set(bearer(candidate))
      .send({ mentorEmail: employer.email });
    expect(notAMentor.status).toBe(404);
    expect(notAMentor.body.errors[0].field).toBe('mentorEmail');
  });

  it('a mentor sees and acts only for candidates who authorised them; guessed ids get 404', async () => {
    const mine = await createAccount(t, 'candidate');
    const other = await createAccount(t, 'candidate');
    const mentor = await createAccount(t, 'mentor');
    await authorise(t, mine, mentor);
    expect((await t.http.get(`/api/candidates/${other.candidateId}`).set(bearer(mentor))).status).toBe(404);
    expect(
      (await t.http.get(`/api/candidates/${other.candidateId}/consent`).set(bearer(mentor))).status,
    ).toBe(404);
    const consent = await t.http
      .post(`/api/candidates/${other.candidateId}/consent`)
      .set(bearer(mentor))
      .send({ textVersion: SEARCHABLE_PROFILE_CONSENT.version });
    expect(consent.status).toBe(404);
    expect(
      (await t.http.get(`/api/candidates/00000000-0000-4000-8000-000000000000`).set(bearer(mentor))).status,
    ).toBe(404);
    // A candidate cannot read another candidate either.
    expect((await t.http.get(`/api/candidates/${other.candidateId}`).set(bearer(mine))).status).toBe(404);
    // An employer never reaches personal data through this route.
    const employer = await createAccount(t, 'employer');
    expect((await t.http.get(`/api/candidates/${mine.candidateId}`).set(bearer(employer))).status).toBe(403);
  });

  it('records consent with time, text version and who gave it; a mentor is marked as acting on behalf', async () => {
    const candidate = await createAccount(t, 'candidate');
    const mentor = await createAccount(t, 'mentor');
    await authorise(t, candidate, mentor);
    const outdated = await t.http
      .post(`/api/candidates/${candidate.candidateId}/consent`)
      .set(bearer(mentor))
      .send({ textVersion: 'old-v0' });
    expect(outdated.status).toBe(400);
    expect(outdated.body.errors[0].field).toBe('textVersion');

    const given = await t.http
      .post(`/api/candidates/${candidate.candidateId}/consent`)
      .set(bearer(mentor))
      .send({ textVersion: SEARCHABLE_PROFILE_CONSENT.version });
    expect(given.status).toBe(201);
    expect(given.body.searchable).toBe(true);
    expect(given.body.active).toMatchObject({
      textVersion: SEARCHABLE_PROFILE_CONSENT.version,
      grantedBy: 'Test mentor',
      grantedOnBehalf: true,
      grantedAt: expect.any(String),
    });

    const withdrawn = await t.http
      .delete(`/api/candidates/${candidate.candidateId}/consent`)
      .set(bearer(candidate));
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({ searchable: false, active: null });
    expect(withdrawn.body.history[0]).toMatchObject({
      withdrawnAt: expect.any(String),
      withdrawnOnBehalf: false,
    });
    expect(
      (await t.http.delete(`/api/candidates/${candidate.candidateId}/consent`).set(bearer(candidate))).status,
    ).toBe(404);

    const own = await t.http
      .post(`/api/candidates/${candidate.candidateId}/consent`)
      .set(bearer(candidate))
      .send({ textVersion: SEARCHABLE_PROFILE_CONSENT.version });
    expect(own.body.active.grantedOnBehalf).toBe(false);
  });

  it('publishes the consent text in all five languages', async () => {
    const response = await t.http.get('/api/consent/texts');
    expect(Object.keys(response.body.body).sort()).toEqual(['ar', 'de', 'en', 'fa', 'uk']);
    expect(response.body.version).toBe(SEARCHABLE_PROFILE_CONSENT.version);
  });

  it('logs every read of personal data by someone else; the candidate sees their log, admins query it', async () => {
    const candidate = await createAccount(t, 'candidate');
    const mentor = await createAccount(t, 'mentor', { name: 'Lena Mentorin' });
    const iba = await createAccount(t, 'iba_staff', { name: 'Team IBA Person' });
    const admin = await createAccount(t, 'admin');
    await authorise(t, candidate, mentor);

    await t.http.get(`/api/candidates/${candidate.candidateId}`).set(bearer(candidate)); // own read: not logged
    await t.http.get(`/api/candidates/${candidate.candidateId}`).set(bearer(mentor));
    await t.http.get('/api/mentor/candidates').set(bearer(mentor));
    await t.http.get('/api/mentor/candidates').set(bearer(mentor)); // the same day: counted, not repeated
    await t.http.get(`/api/candidates/${candidate.candidateId}`).set(bearer(iba));

    const log = await t.http.get('/api/me/access-log').set(bearer(candidate));
    expect(log.status).toBe(200);
    expect(log.body.total).toBe(3);
    expect(
      log.body.items.map((i: { actorName: string; action: string }) => `${i.actorName}:${i.action}`),
    ).toEqual([
      'Team IBA Person:read_candidate',
      'Lena Mentorin:list_mentor_candidates',
      'Lena Mentorin:read_candidate',
    ]);
    expect(log.body.items[0].route).toBe(`GET /api/candidates/${candidate.candidateId}`);
    expect(
      log.body.items.find((i: { action: string }) => i.action === 'list_mentor_candidates').count,
    ).toBe(2);

    const adminView = await t.http
      .get('/api/admin/access-log')
      .query({ candidateId: candidate.candidateId })
      .set(bearer(admin));
    expect(adminView.body.total).toBe(3);
    const byActor = await t.http
      .get('/api/admin/access-log')
      .query({ actorAccountId: iba.accountId })
      .set(bearer(admin));
    expect(
      byActor.body.items.every((i: { actorAccountId: string }) => i.actorAccountId === iba.accountId),
    ).toBe(true);
  });

  it('the access log cannot be changed, not even directly in the database', async () => {
    await expect(db(t).query(`UPDATE access_log SET actor_name = 'someone else'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(db(t).query(`DELETE FROM access_log`)).rejects.toThrow(/append-only/);
  });
});
