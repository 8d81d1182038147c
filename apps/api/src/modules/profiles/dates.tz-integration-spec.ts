// Runs the API as if the server stood in Kiritimati (UTC+14): calendar days must not shift.
// Run with: npx jest -c apps/api/jest.integration-tz.config.cjs (it sets TZ before the workers start).
import { addDays, districtToday } from '@passgenau/domain';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { authorise, bearer, createAccount, db } from '../../../test/factories';

describe('dates never shift (server in Pacific/Kiritimati)', () => {
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

  const draft = (overrides: Record<string, unknown>) => ({
    languages: [],
    germanCertificates: [],
    competences: [],
    schooling: {},
    education: [],
    experience: [],
    texts: [],
    wishes: { occupations: [], kinds: [] },
    mobility: { drivingLicences: [] },
    workPermit: 'unknown',
    ...overrides,
  });

  it('runs in the far time zone', () => {
    expect(new Date('2026-01-01T00:00:00Z').getTimezoneOffset()).toBe(-14 * 60);
  });

  it('reads DATE columns back as the same YYYY-MM-DD days', async () => {
    const candidate = await createAccount(t, 'candidate');
    const mentor = await createAccount(t, 'mentor');
    await authorise(t, candidate, mentor);
    const saved = await t.http
      .put(`/api/candidates/${candidate.candidateId}/profile`)
      .set(bearer(mentor))
      .send(
        draft({
          germanCertificates: [{ kind: 'telc', level: 'B1', issuedOn: '2026-01-01' }],
          competences: [
            { code: skill, evidence: [{ kind: 'mentor', level: 'good', observedOn: '2025-12-31' }] },
          ],
          wishes: { occupations: [], kinds: [], earliestStart: '2027-03-01' },
        }),
      );
    expect(saved.status).toBe(200);
    const read = await t.http.get(`/api/candidates/${candidate.candidateId}/profile`).set(bearer(candidate));
    expect(read.body.germanCertificates[0].issuedOn).toBe('2026-01-01');
    expect(read.body.competences[0].evidence[0].observedOn).toBe('2025-12-31');
    expect(read.body.wishes.earliestStart).toBe('2027-03-01');
    const [row] = await db(t).query(`SELECT issued_on FROM german_certificate WHERE candidate_id = $1`, [
      candidate.candidateId,
    ]);
    expect(row.issued_on).toBe('2026-01-01');
  });

  it('"today" is the district’s day: a certificate from tomorrow in Berlin is refused, today’s is taken', async () => {
    const candidate = await createAccount(t, 'candidate');
    const path = `/api/candidates/${candidate.candidateId}/profile`;
    const today = districtToday();
    const ok = await t.http
      .put(path)
      .set(bearer(candidate))
      .send(draft({ germanCertificates: [{ kind: 'telc', level: 'B1', issuedOn: today }] }));
    expect(ok.status).toBe(200);
    expect(ok.body.germanCertificates[0].issuedOn).toBe(today);
    const tomorrow = await t.http
      .put(path)
      .set(bearer(candidate))
      .send(draft({ germanCertificates: [{ kind: 'telc', level: 'B1', issuedOn: addDays(today, 1) }] }));
    expect(tomorrow.status).toBe(400);
    expect(tomorrow.body.errors).toEqual([
      {
        field: 'germanCertificates.0.issuedOn',
        code: 'DATE_IN_FUTURE',
        message: expect.stringContaining('not in the future'),
      },
    ]);
  });
});
