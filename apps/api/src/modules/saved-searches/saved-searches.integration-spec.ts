import { randomBytes } from 'node:crypto';
import { SEARCHABLE_PROFILE_CONSENT } from '@passgenau/domain';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { bearer, createAccount, db, type TestAccount } from '../../../test/factories';
import {
  createEmployer,
  createOffer,
  OCCUPATION,
  SKILL,
  TOWN,
  type TestEmployer,
} from '../companies/test-factories';
import { SavedSearchesService } from './saved-searches.service';

/** Polls `probe` until `check` holds of its value (documents reach the indexes through the outbox worker). */
async function until<T>(probe: () => Promise<T>, check: (value: T) => boolean, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (check(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`condition not reached: ${JSON.stringify(value).slice(0, 300)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Saved searches with alerts over the real candidates and offers indexes, and the daily digest. */
describe('saved searches and alerts', () => {
  let t: TestApp;
  let service: SavedSearchesService;
  let firmA: TestEmployer;
  let firmB: TestEmployer;
  const pseudonyms: Record<string, string> = {};
  const candidates: Record<string, TestAccount> = {};
  let searchId: string;

  /** Publishes a profile through the API (as a candidate would): nurse assistant, home Waiblingen. */
  async function publish(name: string, german: string, occupation: string = OCCUPATION.nurseAssistant) {
    const candidate = await createAccount(t, 'candidate', { name: `Candidate ${name}` });
    await t.http
      .post(`/api/candidates/${candidate.candidateId}/consent`)
      .set(bearer(candidate))
      .send({ textVersion: SEARCHABLE_PROFILE_CONSENT.version })
      .expect(201);
    const saved = await t.http
      .put(`/api/candidates/${candidate.candidateId}/profile`)
      .set(bearer(candidate))
      .send({
        phone: '+49 171 5550100',
        birthYear: 1990,
        languages: [{ language: 'de', overall: german }],
        germanCertificates: [],
        competences: [{ code: SKILL.operateForklift, evidence: [{ kind: 'self', level: 'good' }] }],
        schooling: { years: 10 },
        education: [],
        experience: [],
        texts: [],
        wishes: { occupations: [occupation], kinds: ['job'] },
        mobility: {
          homeTownAgs: TOWN.waiblingen,
          homePlace: 'Lange Straße 5',
          travelKm: 25,
          drivingLicences: [],
        },
        workPermit: 'permitted',
      });
    expect(saved.status).toBe(200);
    const published = await t.http
      .post(`/api/candidates/${candidate.candidateId}/profile/publish`)
      .set(bearer(candidate));
    expect(published.status).toBe(200);
    pseudonyms[name] = published.body.pseudonym;
    candidates[name] = candidate;
  }

  const mailsTo = (email: string): Promise<Array<{ subject: string; body: string }>> =>
    db(t).query(`SELECT subject, body FROM mail_outbox WHERE recipient = $1 ORDER BY created_at`, [email]);

  const alertsOf = async (account: TestAccount) => {
    const response = await t.http.get('/api/saved-searches/alerts').set(bearer(account));
    expect(response.status).toBe(200);
    return response.body as Array<{
      savedSearchId: string;
      pseudonym: string | null;
      offerTitle: string | null;
      mailed: boolean;
    }>;
  };

  /** Nurse assistants with at least B2 German. */
  const QUERY = { occupations: [OCCUPATION.nurseAssistant], minGermanLevel: 'B2' };

  beforeAll(async () => {
    t = await createTestApp();
    service = t.app.get(SavedSearchesService);
    firmA = await createEmployer(t);
    firmB = await createEmployer(t);
    await publish('before', 'C1');
  }, 120_000);

  afterAll(async () => {
    await t.app.close();
  });

  it('saves an employer search with exactly the filters of the candidate search', async () => {
    // Indexed before the search is saved: part of the baseline, never an alert.
    await until(
      async () => {
        const r = await t.http.get('/api/candidate-search').query(QUERY).set(bearer(firmA));
        return r.body.hits.map((h: { pseudonym: string }) => h.pseudonym) as string[];
      },
      (hits) => hits.includes(pseudonyms['before']!),
    );
    const response = await t.http
      .post('/api/saved-searches')
      .set(bearer(firmA))
      .send({ kind: 'candidates', name: 'Pflegehilfe ab B2', query: QUERY });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      kind: 'candidates',
      name: 'Pflegehilfe ab B2',
      query: { ...QUERY, sort: 'relevance' },
      candidateId: null,
      alerts: 0,
    });
    expect(response.body.query).not.toHaveProperty('page');
    searchId = response.body.id;

    const list = await t.http.get('/api/saved-searches').set(bearer(firmA));
    expect(list.body.map((s: { id: string }) => s.id)).toEqual([searchId]);
  });

  it('refuses bad filters naming the field, the wrong kind for the role, and unverified firms', async () => {
    const bad = await t.http
      .post('/api/saved-searches')
      .set(bearer(firmA))
      .send({ kind: 'candidates', name: 'x', query: { minGermanLevel: 'Z9', colour: 'red' } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'query.colour',
      'query.minGermanLevel',
    ]);
    const paged = await t.http
      .post('/api/saved-searches')
      .set(bearer(firmA))
      .send({ kind: 'candidates', name: 'x', query: { page: 2 } });
    expect(paged.status).toBe(400);
    expect(paged.body.errors[0].field).toBe('query.page');
    const noName = await t.http
      .post('/api/saved-searches')
      .set(bearer(firmA))
      .send({ kind: 'candidates', name: '', query: {} });
    expect(noName.status).toBe(400);
    expect(noName.body.errors[0].field).toBe('name');

    const candidate = await createAccount(t, 'candidate');
    const wrongKind = await t.http
      .post('/api/saved-searches')
      .set(bearer(candidate))
      .send({ kind: 'candidates', name: 'x', query: {} });
    expect(wrongKind.status).toBe(400);
    expect(wrongKind.body.errors[0]).toMatchObject({ field: 'kind', code: 'NOT_ALLOWED' });
    const employerOffers = await t.http
      .post('/api/saved-searches')
      .set(bearer(firmA))
      .send({ kind: 'offers', name: 'x', query: {} });
    expect(employerOffers.status).toBe(400);

    const pending = await createEmployer(t);
    await db(t).query(`UPDATE company SET verification_status = 'pending' WHERE id = $1`, [
      pending.companyId,
    ]);
    const unverified = await t.http
      .post('/api/saved-searches')
      .set(bearer(pending))
      .send({ kind: 'candidates', name: 'x', query: {} });
    expect(unverified.status).toBe(403);
    expect(unverified.body.code).toBe('COMPANY_NOT_VERIFIED');

    const coordinator = await createAccount(t, 'coordinator');
    expect((await t.http.get('/api/saved-searches').set(bearer(coordinator))).status).toBe(403);
  });

  it('alerts a new matching profile, not a non-matching one nor the baseline; the digest has pseudonyms only', async () => {
    await publish('match', 'B2');
    await publish('lowGerman', 'A2');
    await publish('otherJob', 'C1', OCCUPATION.cook);
    await db(t).query(`UPDATE account SET preferred_language = 'en' WHERE id = $1`, [firmA.accountId]);

    const run = await service.runAlerts();
    expect(run.alerts).toBeGreaterThanOrEqual(1);
    const alerts = await alertsOf(firmA);
    const shown = alerts.map((a) => a.pseudonym);
    expect(shown).toContain(pseudonyms['match']);
    expect(shown).not.toContain(pseudonyms['lowGerman']);
    expect(shown).not.toContain(pseudonyms['otherJob']);
    expect(shown).not.toContain(pseudonyms['before']);
    for (const a of alerts)
      expect(a).toMatchObject({ savedSearchId: searchId, offerTitle: null, mailed: true });

    // The alert equals what the search shows.
    const ran = await t.http.get(`/api/saved-searches/${searchId}/candidates`).set(bearer(firmA));
    expect(ran.status).toBe(200);
    const hits = ran.body.hits.map((h: { pseudonym: string }) => h.pseudonym);
    expect(hits).toEqual(expect.arrayContaining([pseudonyms['match'], pseudonyms['before']]));
    expect(hits).not.toContain(pseudonyms['lowGerman']);

    const mails = await mailsTo(firmA.email);
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail!.subject).toBe('Passgenau: news for your saved searches');
    expect(mail!.body).toContain('„Pflegehilfe ab B2“');
    expect(mail!.body).toContain(pseudonyms['match']);
    expect(mail!.body).not.toContain(pseudonyms['lowGerman']);
    // No name, e-mail address or phone number of a candidate.
    const [person] = await db(t).query(
      `SELECT c.given_name, c.family_name, a.email, a.display_name FROM candidate c JOIN account a ON a.id = c.account_id WHERE c.id = $1`,
      [candidates['match']!.candidateId],
    );
    for (const personal of [person.family_name, person.email, person.display_name, '5550100'])
      expect(mail!.body).not.toContain(personal);
  });

  it('sends at most one digest a day: a later new profile shows in the app but waits for tomorrow’s mail', async () => {
    await publish('match2', 'C2');
    await until(
      async () => {
        const r = await t.http.get('/api/candidate-search').query(QUERY).set(bearer(firmA));
        return r.body.hits.map((h: { pseudonym: string }) => h.pseudonym) as string[];
      },
      (hits) => hits.includes(pseudonyms['match2']!),
    );
    await service.runAlerts();
    const alerts = await alertsOf(firmA);
    const second = alerts.find((a) => a.pseudonym === pseudonyms['match2']);
    expect(second).toMatchObject({ mailed: false });
    // A profile is alerted once per saved search, however often the job runs.
    expect(alerts.filter((a) => a.pseudonym === pseudonyms['match'])).toHaveLength(1);
    await service.runAlerts();
    expect(await mailsTo(firmA.email)).toHaveLength(1);

    // The next day (the digest of today moved to yesterday), the waiting alert is mailed.
    await db(t).query(`UPDATE saved_search_digest SET day = day - 1 WHERE account_id = $1`, [
      firmA.accountId,
    ]);
    await service.runAlerts();
    const mails = await mailsTo(firmA.email);
    expect(mails).toHaveLength(2);
    expect(mails[1]!.body).toContain(pseudonyms['match2']);
    expect(mails[1]!.body).not.toContain(pseudonyms['match']);
  });

  it('drops an alert when the candidate leaves the search (consent withdrawn)', async () => {
    await t.http
      .delete(`/api/candidates/${candidates['match']!.candidateId}/consent`)
      .set(bearer(candidates['match']!));
    const shown = (await alertsOf(firmA)).map((a) => a.pseudonym);
    expect(shown).not.toContain(pseudonyms['match']);
    expect(shown).toContain(pseudonyms['match2']);
  });

  it('lets no firm read, run, rename or delete another firm’s saved search (404)', async () => {
    expect((await t.http.get(`/api/saved-searches/${searchId}/candidates`).set(bearer(firmB))).status).toBe(
      404,
    );
    expect(
      (await t.http.patch(`/api/saved-searches/${searchId}`).set(bearer(firmB)).send({ name: 'mine' }))
        .status,
    ).toBe(404);
    expect((await t.http.delete(`/api/saved-searches/${searchId}`).set(bearer(firmB))).status).toBe(404);
    expect((await t.http.get('/api/saved-searches').set(bearer(firmB))).body).toEqual([]);
    expect(await alertsOf(firmB)).toEqual([]);
    const unknown = await t.http.get(`/api/saved-searches/${randomUUID()}/candidates`).set(bearer(firmA));
    expect(unknown.status).toBe(404);
  });

  it('renames and deletes a saved search', async () => {
    const renamed = await t.http
      .patch(`/api/saved-searches/${searchId}`)
      .set(bearer(firmA))
      .send({ name: 'Pflege B2+' });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ id: searchId, name: 'Pflege B2+' });
    expect((await t.http.delete(`/api/saved-searches/${searchId}`).set(bearer(firmA))).status).toBe(204);
    expect((await t.http.get('/api/saved-searches').set(bearer(firmA))).body).toEqual([]);
    expect(await alertsOf(firmA)).toEqual([]);
  });

  it('alerts a candidate of a new offer matching their saved offer search, in their language', async () => {
    const marker = `Zaunkoenig${randomBytes(3).toString('hex')}`;
    const candidate = await createAccount(t, 'candidate');
    await db(t).query(`UPDATE account SET preferred_language = 'ar' WHERE id = $1`, [candidate.accountId]);
    await createOffer(t, firmA, { title: `${marker} Lager alt`, occupationCode: OCCUPATION.warehouseWorker });
    await until(
      async () => (await t.http.get('/api/job-board/offers').query({ q: marker })).body.total as number,
      (total) => total === 1,
    );
    const saved = await t.http
      .post('/api/saved-searches')
      .set(bearer(candidate))
      .send({ kind: 'offers', name: 'Lager', query: { q: marker, kind: ['apprenticeship'] } });
    expect(saved.status).toBe(201);
    expect(saved.body.candidateId).toBe(candidate.candidateId);

    await createOffer(t, firmA, { title: `${marker} Lager neu`, occupationCode: OCCUPATION.warehouseWorker });
    await createOffer(t, firmA, {
      title: `${marker} Lager Job`,
      kind: 'job',
      occupationCode: OCCUPATION.warehouseWorker,
    });
    await service.runAlerts();
    const alerts = await alertsOf(candidate);
    expect(alerts.map((a) => a.offerTitle)).toEqual([`${marker} Lager neu`]);
    const [mail] = await mailsTo(candidate.email);
    expect(mail!.subject).toBe('Passgenau: جديد في عمليات البحث المحفوظة');
    expect(mail!.body).toContain(`${marker} Lager neu`);

    const ran = await t.http.get(`/api/saved-searches/${saved.body.id}/offers`).set(bearer(candidate));
    expect(ran.status).toBe(200);
    expect(ran.body.total).toBe(2);
    // An employer route of another kind: not found.
    expect(
      (await t.http.get(`/api/saved-searches/${saved.body.id}/candidates`).set(bearer(firmA))).status,
    ).toBe(404);
  });
});

function randomUUID(): string {
  return globalThis.crypto.randomUUID();
}
