import { addDays, districtToday, SEARCHABLE_PROFILE_CONSENT } from '@passgenau/domain';
import { binary, readPdf } from '../../../test/pdf-text';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { bearer, createAccount, db, type TestAccount } from '../../../test/factories';
import { TOWN, addSite, createEmployer, createOffer, type TestEmployer } from '../companies/test-factories';
import { SearchOutboxWorker } from '../matching-index/search-outbox.worker';
import { PrintJobsService } from '../print/print-jobs.service';
import { matchListPages } from '../print/templates/match-list.template';


const GUEST = 'Schreinerei Öztürk & Brüder';
const REGISTERED = 'Metallbau Größle';

describe('employer information event: firms, guest firms and their match lists', () => {
  let t: TestApp;
  let staff: TestAccount;
  let coordinator: TestAccount;
  let firm: TestEmployer;
  let eventId: string;
  let speedDatingId: string;
  let firmRegistrationId: string;
  let occupation: string;
  let skills: string[];
  const pseudonyms: string[] = [];

  async function candidate(i: number): Promise<string> {
    const account = await createAccount(t, 'candidate');
    const saved = await t.http.put(`/api/candidates/${account.candidateId}/profile`).set(bearer(account)).send({
      languages: [{ language: 'de', overall: 'B1' }, { language: 'ar', native: true }],
      germanCertificates: [], education: [], experience: [], texts: [],
      schooling: { years: 10, country: 'SY', level: 'lower_secondary' },
      competences: skills.slice(0, 1 + (i % skills.length)).map((code) => ({ code, evidence: [{ kind: 'self', level: 'good' }] })),
      wishes: { occupations: [occupation], kinds: ['job'], earliestStart: '2026-01-01' },
      mobility: { homeTownAgs: TOWN.waiblingen, travelKm: 30, drivingLicences: [] },
      workPermit: 'permitted',
    });
    if (saved.status !== 200) throw new Error(JSON.stringify(saved.body));
    await t.http.post(`/api/candidates/${account.candidateId}/consent`).set(bearer(account)).send({ textVersion: SEARCHABLE_PROFILE_CONSENT.version });
    const published = await t.http.post(`/api/candidates/${account.candidateId}/profile/publish`).set(bearer(account));
    expect(published.status).toBe(200);
    return published.body.pseudonym;
  }

  async function event(kind: string, title: string): Promise<string> {
    const created = await t.http.post('/api/events').set(bearer(staff)).send({
      kind, title, townAgs: TOWN.waiblingen, venue: 'Landratsamt', day: addDays(districtToday(), 14),
      startsAt: '10:00', endsAt: '13:00', firmCapacity: 20, candidateCapacity: 50,
      ...(kind === 'speed_dating' ? { rounds: 3, roundMinutes: 10 } : {}),
    });
    expect(created.status).toBe(201);
    expect((await t.http.post(`/api/events/${created.body.id}/status`).set(bearer(staff)).send({ status: 'open' })).status).toBe(200);
    return created.body.id;
  }

  beforeAll(async () => {
    t = await createTestApp();
    // An occupation with ESCO skills, and three of its skills: this file's candidates have them.
    // Skills no earlier test file gave anyone, so only this file's candidates can cover them.
    const unused = `NOT EXISTS (SELECT 1 FROM profile_competence c WHERE c.concept_code = s.skill_code)`;
    [{ code: occupation }] = await db(t).query(
      `SELECT occupation_code AS code FROM occupation_skill s WHERE ${unused}
        GROUP BY occupation_code HAVING count(*) >= 3 ORDER BY random() LIMIT 1`,
    );
    skills = (
      await db(t).query(
        `SELECT skill_code FROM occupation_skill s WHERE occupation_code = $1 AND ${unused} ORDER BY random() LIMIT 3`,
        [occupation],
      )
    ).map((r: { skill_code: string }) => r.skill_code);
    staff = await createAccount(t, 'iba_staff', { name: 'Petra Größer' });
    coordinator = await createAccount(t, 'coordinator');
    firm = await createEmployer(t);
    await db(t).query(`UPDATE company SET name = $2, verification_status = 'verified' WHERE id = $1`, [firm.companyId, REGISTERED]);
    const site = await addSite(t, firm, { townAgs: TOWN.waiblingen, street: 'Bahnhofstraße 3' });
    const offer = await createOffer(t, firm, {
      siteId: site.id, title: 'Helfer/in Montage', kind: 'job', occupationCode: occupation, requiredCompetences: [skills[0]],
    });
    eventId = await event('iba_info', 'Infotag Arbeitgeber Waiblingen');
    speedDatingId = await event('speed_dating', 'Speed-Dating Fellbach');
    const registered = await t.http.post(`/api/events/${eventId}/registrations`).set(bearer(firm)).send({ offerIds: [offer.id] });
    expect(registered.status).toBe(201);
    firmRegistrationId = registered.body.id;
    for (let i = 0; i < 4; i++) pseudonyms.push(await candidate(i));
    expect(await t.app.get(SearchOutboxWorker).drain(30_000)).toBe(true);
  }, 180_000);

  afterAll(async () => {
    await t.app.close();
  });

  let guestId: string;

  it('enters a firm on the spot with its town, occupations and competences, and lists it beside the registered firm', async () => {
    const added = await t.http.post(`/api/events/${eventId}/guest-firms`).set(bearer(staff)).send({
      name: `  ${GUEST} `, townAgs: TOWN.waiblingen, occupationCodes: [occupation], competenceCodes: [skills[1]],
    });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ source: 'guest', name: GUEST, companyId: null, offerKind: 'job', townName: 'Waiblingen' });
    expect(added.body.occupations[0].code).toBe(occupation);
    expect(Object.keys(added.body.occupations[0].labels)).toContain('de');
    guestId = added.body.id;
    const listed = await t.http.get(`/api/events/${eventId}/match-firms`).set(bearer(coordinator));
    expect(listed.status).toBe(200);
    expect(listed.body.map((f: { id: string; source: string; name: string }) => [f.id, f.source, f.name])).toEqual([
      [firmRegistrationId, 'registered', REGISTERED],
      [guestId, 'guest', GUEST],
    ]);
    expect(listed.body[0].offerTitles).toEqual(['Helfer/in Montage']);
  });

  it('refuses bad guest firms with the field named, other events, and other roles', async () => {
    const base = { name: 'Gast', townAgs: TOWN.waiblingen, occupationCodes: [occupation] };
    const cases: Array<[object, string, string]> = [
      [{ ...base, occupationCodes: [] }, 'occupationCodes', 'TOO_FEW'],
      [{ ...base, occupationCodes: [occupation, 'no-such-occupation'] }, 'occupationCodes.1', 'UNKNOWN_CODE'],
      [{ ...base, occupationCodes: [skills[0]] }, 'occupationCodes.0', 'UNKNOWN_CODE'],
      [{ ...base, competenceCodes: [occupation] }, 'competenceCodes.0', 'UNKNOWN_CODE'],
      [{ ...base, townAgs: '99999999' }, 'townAgs', 'UNKNOWN_CODE'],
      [{ ...base, name: '   ' }, 'name', 'REQUIRED'],
      [{ ...base, offerKind: 'volunteering' }, 'offerKind', 'NOT_ALLOWED'],
      [{ ...base, extra: 1 }, 'extra', 'UNKNOWN_FIELD'],
    ];
    for (const [body, field, code] of cases) {
      const res = await t.http.post(`/api/events/${eventId}/guest-firms`).set(bearer(staff)).send(body);
      expect([res.status, res.body.errors?.[0]?.field]).toEqual([400, field]);
      expect(res.body.errors[0].code).toBe(code);
    }
    const other = await t.http.post(`/api/events/${speedDatingId}/guest-firms`).set(bearer(staff)).send(base);
    expect([other.status, other.body.code]).toEqual([422, 'EVENT_NOT_IBA_INFO']);
    expect((await t.http.post(`/api/events/${eventId}/guest-firms`).set(bearer(firm)).send(base)).status).toBe(403);
    expect((await t.http.get(`/api/events/${eventId}/match-firms`).set(bearer(firm))).status).toBe(403);
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await t.http.get(`/api/events/${unknown}/match-firms`).set(bearer(staff))).status).toBe(404);
    expect((await t.http.delete(`/api/events/${eventId}/guest-firms/${unknown}`).set(bearer(staff))).status).toBe(404);
  });

  it('prints the guest firm’s match list on the spot: the event and the firm on top, this file’s candidates first, logged', async () => {
    const res = await t.http
      .get(`/api/print/events/${eventId}/firms/${guestId}/matches.pdf`)
      .query({ lang: 'de', top: 10 })
      .set(bearer(staff))
      .buffer(true)
      .parse(binary);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const { text, pages } = readPdf(res.body);
    expect(text).toContain('Veranstaltung: Infotag Arbeitgeber Waiblingen');
    expect(text).toContain(GUEST);
    const printed = [...text.matchAll(/\d+\. (K-[A-Z0-9]+)/g)].map((m) => m[1]);
    // The two candidates with the competence the firm named lead; other files' candidates may
    // follow the rest (the occupation's essential skills count for everyone).
    expect(printed.slice(0, 2).sort()).toEqual([pseudonyms[1], pseudonyms[2]].sort());
    expect(pages).toBe(matchListPages(printed.length));
    const logged: Array<{ n: number }> = await db(t).query(
      `SELECT count(*)::int AS n FROM access_log WHERE action = 'print_match_list' AND actor_account_id = $1`,
      [staff.accountId],
    );
    expect(logged[0].n).toBe(printed.length);
    const missing = await t.http.get(`/api/print/events/${eventId}/firms/00000000-0000-4000-8000-000000000000/matches.pdf`).set(bearer(staff));
    expect([missing.status, missing.body.errors?.[0]?.field]).toEqual([404, 'firmId']);
    expect((await t.http.get(`/api/print/events/${eventId}/firms/${guestId}/matches.pdf`).set(bearer(firm))).status).toBe(403);
  });

  it('makes every firm’s match list as one batch on the job queue, with progress, and logs each download', async () => {
    const bad = await t.http.post(`/api/print/events/${eventId}/jobs`).set(bearer(staff)).send({ kind: 'everything_else' });
    expect([bad.status, bad.body.errors?.[0]?.field]).toEqual([400, 'kind']);
    const started = await t.http.post(`/api/print/events/${eventId}/jobs`).set(bearer(staff)).send({ kind: 'event_match_lists', top: 5, lang: 'de' });
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({ eventId, kind: 'event_match_lists', status: 'queued', top: 5, lang: 'de', requestedBy: 'Petra Größer' });
    const jobId = started.body.id as string;
    let job = started.body;
    const until = Date.now() + 90_000;
    while (job.status !== 'done' && job.status !== 'failed' && Date.now() < until) {
      await new Promise((r) => setTimeout(r, 250));
      job = (await t.http.get(`/api/print/jobs/${jobId}`).set(bearer(coordinator))).body;
      expect(job.done).toBeLessThanOrEqual(job.total);
    }
    expect(job.status).toBe('done');
    expect(job.total).toBe(3); // two firms, then the PDF
    expect(job.done).toBe(3);
    expect(job.bytes).toBeGreaterThan(1000);
    const before: Array<{ n: number }> = await db(t).query(
      `SELECT count(*)::int AS n FROM access_log WHERE action = 'print_match_list' AND actor_account_id = $1`,
      [coordinator.accountId],
    );
    expect(before[0].n).toBe(0);
    const file = await t.http.get(`/api/print/jobs/${jobId}/file.pdf`).set(bearer(coordinator)).buffer(true).parse(binary);
    expect(file.status).toBe(200);
    const { text, pages } = readPdf(file.body);
    expect(text).toContain(REGISTERED);
    expect(text).toContain(GUEST);
    expect(text).toContain('Helfer/in Montage');
    const lists = text.split('Passende Profile').slice(1);
    expect(lists).toHaveLength(2);
    const perList = lists.map((l) => [...l.matchAll(/\d+\. (K-[A-Z0-9]+)/g)].length);
    expect(perList.every((n) => n >= 1 && n <= 5)).toBe(true);
    expect(pages).toBe(perList.reduce((sum, n) => sum + matchListPages(n), 0));
    const after: Array<{ n: number }> = await db(t).query(
      `SELECT count(DISTINCT candidate_id)::int AS n FROM access_log WHERE action = 'print_match_list' AND actor_account_id = $1`,
      [coordinator.accountId],
    );
    expect(after[0].n).toBeGreaterThanOrEqual(Math.max(...perList));
    const listed = await t.http.get(`/api/print/events/${eventId}/jobs`).set(bearer(staff));
    expect(listed.body.map((j: { id: string }) => j.id)).toContain(jobId);
    expect((await t.http.get(`/api/print/jobs/${jobId}`).set(bearer(firm))).status).toBe(403);
    expect((await t.http.get(`/api/print/jobs/00000000-0000-4000-8000-000000000000`).set(bearer(staff))).status).toBe(404);
  }, 120_000);

  it('fails a batch whose requester has lost the right to print, and says why', async () => {
    const leaving = await createAccount(t, 'coordinator');
    await db(t).query(`UPDATE account SET disabled_at = now() WHERE id = $1`, [leaving.accountId]);
    const [{ id: jobId }] = await db(t).query(
      `INSERT INTO print_job (account_id, event_id, kind, params) VALUES ($1, $2, 'event_match_lists', '{"lang":"de","top":3}') RETURNING id`,
      [leaving.accountId, eventId],
    );
    await t.app.get(PrintJobsService).run(jobId);
    const job = (await t.http.get(`/api/print/jobs/${jobId}`).set(bearer(staff))).body;
    expect(job).toMatchObject({ status: 'failed', errorCode: 'FORBIDDEN' });
    const file = await t.http.get(`/api/print/jobs/${jobId}/file.pdf`).set(bearer(staff));
    expect([file.status, file.body.code]).toEqual([409, 'PRINT_JOB_NOT_READY']);
  });
});
