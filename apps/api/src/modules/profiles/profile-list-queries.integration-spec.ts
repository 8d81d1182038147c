import { Client } from 'pg';
import { SEARCHABLE_PROFILE_CONSENT } from '@passgenau/domain';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { bearer, createAccount, type TestAccount } from '../../../test/factories';
import { SearchOutboxWorker } from '../matching-index/search-outbox.worker';

const WELDER = 'http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b';
const WAIBLINGEN = '08119079';

/**
 * Counts the statements the request sends to PostgreSQL while `run` runs; the job queue's own
 * connections (they poll on a timer, application_name `passgenau-jobs-…`) are not the request's.
 */
async function countQueries(run: () => Promise<unknown>): Promise<number> {
  const spy = jest.spyOn(Client.prototype, 'query');
  try {
    await run();
    return spy.mock.contexts.filter((client) => {
      const name = (client as unknown as { connectionParameters?: { application_name?: string } })
        .connectionParameters?.application_name;
      return !name?.startsWith('passgenau-jobs-');
    }).length;
  } finally {
    spy.mockRestore();
  }
}

describe('loading a list of profiles', () => {
  let t: TestApp;
  let employer: TestAccount;

  beforeAll(async () => {
    t = await createTestApp();
    const search = await t.http.get('/api/taxonomy/skills').query({ q: 'зварювання', lang: 'uk' });
    const skill = search.body.hits[0].code;
    for (let i = 0; i < 21; i++) {
      const candidate = await createAccount(t, 'candidate');
      await t.http
        .post(`/api/candidates/${candidate.candidateId}/consent`)
        .set(bearer(candidate))
        .send({ textVersion: SEARCHABLE_PROFILE_CONSENT.version });
      const saved = await t.http
        .put(`/api/candidates/${candidate.candidateId}/profile`)
        .set(bearer(candidate))
        .send({
          languages: [
            { language: 'de', overall: 'B1' },
            { language: 'ar', native: true },
          ],
          germanCertificates: [{ kind: 'telc', level: 'B1', issuedOn: '2025-05-20' }],
          competences: [{ code: skill, evidence: [{ kind: 'self', level: 'good' }] }],
          schooling: { years: 10 },
          education: [{ kind: 'vocational', title: 'لحام', titleLang: 'ar', recognition: 'not_started' }],
          experience: [{ occupationCode: WELDER, years: 3 }],
          texts: [{ subject: 'about', version: 'original', text: 'أعمل في اللحام', lang: 'ar' }],
          wishes: { occupations: [WELDER], kinds: ['job'] },
          mobility: { homeTownAgs: WAIBLINGEN, drivingLicences: [] },
          workPermit: 'permitted',
        });
      expect(saved.status).toBe(200);
      const published = await t.http
        .post(`/api/candidates/${candidate.candidateId}/profile/publish`)
        .set(bearer(candidate));
      expect(published.status).toBe(200);
    }
    employer = await createAccount(t, 'employer');
    // The list reads the candidates index: let the published profiles reach it first.
    await t.app.get(SearchOutboxWorker).caughtUp('candidate', 20_000);
  }, 120_000);

  afterAll(async () => {
    await t.app.close();
  });

  it('a page of 20 costs the same small number of queries as a page of 1', async () => {
    const page = (pageSize: number) => async () => {
      const response = await t.http
        .get('/api/profiles')
        .query({ town: WAIBLINGEN, pageSize })
        .set(bearer(employer));
      expect(response.status).toBe(200);
      expect(response.body.items).toHaveLength(pageSize);
      expect(response.body.items[0].languages.length).toBeGreaterThan(0);
    };
    await page(1)(); // warm-up
    const one = await countQueries(page(1));
    const twenty = await countQueries(page(20));
    // The spy sees every statement: session, page, one per profile table, labels, the access log (14 today).
    expect(one).toBeGreaterThanOrEqual(10);
    expect(twenty).toBe(one);
    expect(twenty).toBeLessThanOrEqual(16);
  });
});
