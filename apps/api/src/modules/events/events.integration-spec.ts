import { randomBytes } from 'node:crypto';
import {
  addDays,
  checkSchedule,
  districtToday,
  parseProblem,
  planSchedule,
  SEARCHABLE_PROFILE_CONSENT,
  type Meeting,
} from '@passgenau/domain';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { authorise, bearer, createAccount, db, type TestAccount } from '../../../test/factories';
import {
  OCCUPATION,
  SKILL,
  TOWN,
  addSite,
  createEmployer,
  createOffer,
  type TestEmployer,
} from '../companies/test-factories';
import { EventsService } from './events.service';

interface Firm {
  employer: TestEmployer;
  offerId: string;
}

/** The fields of a registration answer the tests use. */
interface Reg {
  id: string;
  code: string;
}

interface Person {
  account: TestAccount;
  pseudonym: string;
  givenName: string;
}

describe('events and speed dating', () => {
  let t: TestApp;
  let coordinator: TestAccount;
  let staff: TestAccount;
  const day = addDays(districtToday(), 30);

  beforeAll(async () => {
    t = await createTestApp();
    coordinator = await createAccount(t, 'coordinator');
    staff = await createAccount(t, 'iba_staff');
  });

  afterAll(async () => {
    await t.app.close();
  });

  async function firm(options: { verified?: boolean } = {}): Promise<Firm> {
    const employer = await createEmployer(t);
    await db(t).query(`UPDATE company SET verification_status = $2 WHERE id = $1`, [
      employer.companyId,
      options.verified === false ? 'pending' : 'verified',
    ]);
    const site = await addSite(t, employer, { townAgs: TOWN.waiblingen, street: 'Bahnhofstraße 1' });
    const offer = await createOffer(t, employer, {
      siteId: site.id,
      requiredCompetences: [SKILL.operateWeldingEquipment],
      startsOn: '2027-09-01',
    });
    return { employer, offerId: offer.id };
  }

  /** A candidate with a published profile (German B1, welding), so the matching function scores them. */
  async function person(
    german: 'A1' | 'B1' = 'B1',
    extra: Array<{ language: string }> = [],
  ): Promise<Person> {
    const account = await createAccount(t, 'candidate');
    const givenName = `Amina${randomBytes(3).toString('hex')}`;
    const saved = await t.http
      .put(`/api/candidates/${account.candidateId}/profile`)
      .set(bearer(account))
      .send({
        languages: [{ language: 'de', overall: german }, ...extra],
        germanCertificates: [],
        education: [],
        experience: [],
        texts: [],
        schooling: { years: 10, country: 'SY', level: 'lower_secondary' },
        competences: [{ code: SKILL.operateWeldingEquipment, evidence: [{ kind: 'self', level: 'good' }] }],
        wishes: { occupations: [OCCUPATION.welder], kinds: ['apprenticeship'], earliestStart: '2026-01-01' },
        mobility: { homeTownAgs: TOWN.waiblingen, travelKm: 20, drivingLicences: [] },
        workPermit: 'permitted',
      });
    if (saved.status !== 200) throw new Error(JSON.stringify(saved.body));
    const consent = await t.http
      .post(`/api/candidates/${account.candidateId}/consent`)
      .set(bearer(account))
      .send({ textVersion: SEARCHABLE_PROFILE_CONSENT.version });
    expect(consent.status).toBeLessThan(300);
    const published = await t.http
      .post(`/api/candidates/${account.candidateId}/profile/publish`)
      .set(bearer(account));
    expect(published.status).toBe(200);
    await db(t).query(`UPDATE candidate SET given_name = $2 WHERE id = $1`, [account.candidateId, givenName]);
    return { account, pseudonym: published.body.pseudonym, givenName };
  }

  const EVENT = {
    kind: 'speed_dating',
    title: 'Speed-Dating Ausbildung Waiblingen',
    description: 'Zehn Minuten pro Gespräch',
    townAgs: TOWN.waiblingen,
    venue: 'Bürgerzentrum',
    startsAt: '17:00',
    endsAt: '19:00',
    rounds: 3,
    roundMinutes: 10,
    breakMinutes: 5,
    firmCapacity: 10,
    candidateCapacity: 20,
    languages: ['de', 'ar'],
  };

  async function openEvent(overrides: Record<string, unknown> = {}): Promise<string> {
    const created = await t.http
      .post('/api/events')
      .set(bearer(coordinator))
      .send({ ...EVENT, day, ...overrides });
    expect(created.status).toBe(201);
    const opened = await t.http
      .post(`/api/events/${created.body.id}/status`)
      .set(bearer(coordinator))
      .send({ status: 'open' });
    expect(opened.status).toBe(200);
    return created.body.id;
  }

  async function register(eventId: string, who: TestAccount, body: Record<string, unknown> = {}) {
    return t.http.post(`/api/events/${eventId}/registrations`).set(bearer(who)).send(body);
  }

  async function mails(to: string): Promise<Array<{ subject: string; body: string }>> {
    return db(t).query(
      `SELECT subject, coalesce(delivery_body, body) AS body FROM mail_outbox WHERE recipient = $1 ORDER BY created_at`,
      [to],
    );
  }

  it('creates an event as a draft, validates it, and moves its status only forward', async () => {
    const created = await t.http
      .post('/api/events')
      .set(bearer(coordinator))
      .send({ ...EVENT, day });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: 'draft',
      townName: 'Waiblingen',
      rounds: 3,
      registrationOpen: false,
    });
    expect(created.body.roundTimes).toEqual([
      { round: 1, startsAt: '17:00', endsAt: '17:10' },
      { round: 2, startsAt: '17:15', endsAt: '17:25' },
      { round: 3, startsAt: '17:30', endsAt: '17:40' },
    ]);
    const id = created.body.id;

    const candidate = await createAccount(t, 'candidate');
    expect((await t.http.get(`/api/events/${id}`).set(bearer(candidate))).status).toBe(404);
    expect(
      (await t.http.get('/api/events').set(bearer(candidate))).body.map((e: { id: string }) => e.id),
    ).not.toContain(id);
    expect(
      (await t.http.get('/api/events').set(bearer(staff))).body.map((e: { id: string }) => e.id),
    ).toContain(id);

    const skip = await t.http
      .post(`/api/events/${id}/status`)
      .set(bearer(coordinator))
      .send({ status: 'held' });
    expect(skip.status).toBe(409);
    expect(skip.body.code).toBe('EVENT_STATUS_TRANSITION');
    for (const status of ['open', 'closed', 'held'])
      expect((await t.http.post(`/api/events/${id}/status`).set(bearer(staff)).send({ status })).status).toBe(
        200,
      );
    const back = await t.http.post(`/api/events/${id}/status`).set(bearer(staff)).send({ status: 'open' });
    expect(back.status).toBe(409);
    const edit = await t.http.patch(`/api/events/${id}`).set(bearer(coordinator)).send({ title: 'Neu' });
    expect([edit.status, edit.body.code]).toEqual([409, 'EVENT_HELD']);

    const employer = await createEmployer(t);
    expect(
      (
        await t.http
          .post('/api/events')
          .set(bearer(employer))
          .send({ ...EVENT, day })
      ).status,
    ).toBe(403);
  });

  it.each([
    [{ endsAt: '16:00' }, 'endsAt', 'DATE_ORDER'],
    [{ rounds: 12 }, 'rounds', 'TOO_LARGE'],
    [{ townAgs: '09999999' }, 'townAgs', 'UNKNOWN_TOWN'],
    [{ rounds: undefined }, 'rounds', 'REQUIRED'],
    [{ title: 'x'.repeat(201) }, 'title', 'TOO_LONG'],
    [{ startsAt: '25:00' }, 'startsAt', 'BAD_FORMAT'],
    [{ day: '2027-02-30' }, 'day', 'NOT_A_DATE'],
    [{ kind: 'party' }, 'kind', 'NOT_ALLOWED'],
    [{ secret: true }, 'secret', 'UNKNOWN_FIELD'],
    [
      { interpreters: [{ name: 'Rania', languages: ['ar'], fromTime: '18:00', toTime: '17:00' }] },
      'interpreters.0.toTime',
      'DATE_ORDER',
    ],
    [{ registrationClosesOn: addDays(day, 1) }, 'registrationClosesOn', 'DATE_ORDER'],
  ])('refuses an event with %j naming the field', async (overrides, field, code) => {
    const response = await t.http
      .post('/api/events')
      .set(bearer(coordinator))
      .send({ ...EVENT, day, ...overrides });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field, code })]));
  });

  it('registers firms and candidates, keeps a waiting list and moves the first up on a cancellation', async () => {
    const id = await openEvent({ candidateCapacity: 2, firmCapacity: 1 });
    const [a, b, c] = await Promise.all([person(), person(), person()]);
    const first = await register(id, a.account);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ status: 'confirmed', kind: 'candidate', waitingPosition: 0 });
    expect(first.body.code).toMatch(/^[A-Z2-9]{6}$/);
    expect((await register(id, b.account)).body.status).toBe('confirmed');
    const third = await register(id, c.account);
    expect(third.body).toMatchObject({ status: 'waiting', waitingPosition: 1 });
    const again = await register(id, c.account);
    expect([again.status, again.body.code]).toEqual([409, 'EVENT_ALREADY_REGISTERED']);

    expect((await mails(a.account.email)).map((m) => m.subject)).toEqual([
      'Passgenau: Anmeldung bestätigt – Speed-Dating Ausbildung Waiblingen',
    ]);
    expect((await mails(c.account.email)).map((m) => m.subject)).toEqual([
      'Passgenau: Auf der Warteliste – Speed-Dating Ausbildung Waiblingen',
    ]);

    // another candidate cannot cancel a's registration
    expect(
      (await t.http.delete(`/api/events/${id}/registrations/${first.body.id}`).set(bearer(b.account))).status,
    ).toBe(404);
    expect(
      (await t.http.delete(`/api/events/${id}/registrations/${first.body.id}`).set(bearer(a.account))).status,
    ).toBe(204);
    const mine = await t.http.get(`/api/events/${id}/my-registrations`).set(bearer(c.account));
    expect(mine.body).toEqual([expect.objectContaining({ status: 'confirmed', waitingPosition: 0 })]);
    expect((await mails(c.account.email)).map((m) => m.subject)).toContain(
      'Passgenau: Sie sind nachgerückt – Speed-Dating Ausbildung Waiblingen',
    );
    const event = await t.http.get(`/api/events/${id}`).set(bearer(c.account));
    expect(event.body).toMatchObject({ candidatesConfirmed: 2, candidatesWaiting: 0 });

    // firms: verified ones with their own open offers; one table, the second firm waits
    const f1 = await firm();
    const f2 = await firm();
    const foreign = await register(id, f1.employer, { offerIds: [f2.offerId] });
    expect([foreign.status, foreign.body.errors?.[0]?.field]).toEqual([400, 'offerIds.0']);
    expect((await register(id, f1.employer, { offerIds: [f1.offerId] })).body.status).toBe('confirmed');
    expect((await register(id, f2.employer, { offerIds: [f2.offerId] })).body.status).toBe('waiting');
    const unchecked = await firm({ verified: false });
    const refused = await register(id, unchecked.employer, { offerIds: [unchecked.offerId] });
    expect([refused.status, refused.body.code]).toEqual([403, 'COMPANY_NOT_VERIFIED']);

    // mentors register authorised candidates only; a draft event is not there for them
    const mentor = await createAccount(t, 'mentor');
    const mentee = await createAccount(t, 'candidate');
    const stranger = await createAccount(t, 'candidate');
    await authorise(t, mentee, mentor);
    expect((await register(id, mentor, { candidateId: stranger.candidateId })).status).toBe(404);
    const noName = await register(id, mentor, {});
    expect([noName.status, noName.body.errors?.[0]?.field]).toEqual([400, 'candidateId']);
    expect((await register(id, mentor, { candidateId: mentee.candidateId })).body).toMatchObject({
      status: 'waiting',
      candidateId: mentee.candidateId,
    });
    const draft = await t.http
      .post('/api/events')
      .set(bearer(coordinator))
      .send({ ...EVENT, day });
    expect((await register(draft.body.id, stranger)).status).toBe(404);
    await t.http.post(`/api/events/${id}/status`).set(bearer(coordinator)).send({ status: 'closed' });
    const late = await register(id, stranger);
    expect([late.status, late.body.code]).toEqual([422, 'EVENT_REGISTRATION_CLOSED']);
  });

  it('generates, exports, imports, publishes and serves the plans with the access rules', async () => {
    const id = await openEvent();
    const firms = await Promise.all([firm(), firm(), firm()]);
    const people = await Promise.all([person(), person(), person(), person(), person(), person()]);
    const tables: Reg[] = [];
    for (const f of firms) tables.push((await register(id, f.employer, { offerIds: [f.offerId] })).body);
    const regs: Reg[] = [];
    for (const p of people)
      regs.push((await register(id, p.account, { showFirstName: p === people[1] })).body);

    // wishes: people[0] must meet firm 2; firm 0 will not meet people[2]
    const wish = await t.http
      .put(`/api/events/${id}/registrations/${regs[0].id}/wishes`)
      .set(bearer(people[0].account))
      .send({ mustMeet: [firms[2].employer.companyId] });
    expect(wish.status).toBe(200);
    expect(wish.body.mustMeet).toEqual([firms[2].employer.companyId]);
    const badWish = await t.http
      .put(`/api/events/${id}/registrations/${regs[0].id}/wishes`)
      .set(bearer(people[0].account))
      .send({ mustMeet: [randomUuid()] });
    expect([badWish.status, badWish.body.errors?.[0]?.field]).toEqual([400, 'mustMeet.0']);
    const labels = await t.http.get(`/api/events/${id}/candidates`).set(bearer(firms[0].employer));
    expect(labels.body.map((l: { label: string }) => l.label)).toContain(people[2].pseudonym);
    expect(labels.body.map((l: { label: string }) => l.label)).toContain(people[1].givenName);
    const mustNot = await t.http
      .put(`/api/events/${id}/registrations/${tables[0].id}/wishes`)
      .set(bearer(firms[0].employer))
      .send({ mustNot: [people[2].pseudonym] });
    expect(mustNot.status).toBe(200);
    expect(mustNot.body.mustNot).toEqual([people[2].pseudonym]);
    const unknown = await t.http
      .put(`/api/events/${id}/registrations/${tables[0].id}/wishes`)
      .set(bearer(firms[0].employer))
      .send({ mustNot: ['NOBODY-1'] });
    expect([unknown.status, unknown.body.errors?.[0]?.field]).toEqual([400, 'mustNot.0']);
    // people[3] is away in round 1
    const away = await t.http
      .put(`/api/events/${id}/registrations/${regs[3].id}/absent-rounds`)
      .set(bearer(people[3].account))
      .send({ rounds: [1] });
    expect(away.body.absentRounds).toEqual([1]);
    const tooFar = await t.http
      .put(`/api/events/${id}/registrations/${regs[3].id}/absent-rounds`)
      .set(bearer(people[3].account))
      .send({ rounds: [4] });
    expect([tooFar.status, tooFar.body.errors?.[0]?.field]).toEqual([400, 'rounds.0']);

    const generated = await t.http.post(`/api/events/${id}/schedule`).set(bearer(coordinator));
    expect(generated.status).toBe(200);
    const schedule = generated.body;
    expect(schedule.meetings.length).toBeGreaterThan(0);
    expect(schedule.score).toBeLessThanOrEqual(schedule.bound + 1e-9);
    expect(schedule.publishedAt).toBeNull();
    const meets = (table: number, reg: number) =>
      schedule.meetings.filter(
        (m: { firmRegistrationId: string; candidateRegistrationId: string }) =>
          m.firmRegistrationId === tables[table].id && m.candidateRegistrationId === regs[reg].id,
      );
    expect(meets(2, 0)).toHaveLength(1);
    expect(meets(0, 2)).toHaveLength(0);
    expect(
      schedule.meetings.filter(
        (m: { round: number; candidateRegistrationId: string }) =>
          m.candidateRegistrationId === regs[3].id && m.round === 1,
      ),
    ).toEqual([]);

    // the stored schedule satisfies every constraint of the exported instance
    const instance = await t.http.get(`/api/events/${id}/schedule/instance`).set(bearer(coordinator));
    expect(instance.status).toBe(200);
    const problem = parseProblem(JSON.stringify(instance.body));
    expect(problem.firms.sort()).toEqual(tables.map((r) => r.code).sort());
    expect(problem.mustNot).toEqual([`${tables[0].code}|${regs[2].code}`]);
    const codeOf = new Map([...tables, ...regs].map((r) => [r.id, r.code]));
    const asMeetings: Meeting[] = schedule.meetings.map(
      (m: { firmRegistrationId: string; candidateRegistrationId: string; round: number }) => ({
        firm: codeOf.get(m.firmRegistrationId)!,
        candidate: codeOf.get(m.candidateRegistrationId)!,
        round: m.round - 1,
      }),
    );
    expect(checkSchedule(problem, asMeetings)).toEqual([]);
    expect(JSON.stringify(instance.body)).not.toContain(people[0].givenName);

    // round trip: plan offline, import, same meetings
    const offline = planSchedule(problem);
    const imported = await t.http
      .put(`/api/events/${id}/schedule`)
      .set(bearer(coordinator))
      .send({
        meetings: offline.meetings.map((m) => ({ firm: m.firm, candidate: m.candidate, round: m.round })),
      });
    expect(imported.status).toBe(200);
    expect(imported.body.meetings).toHaveLength(offline.meetings.length);
    expect(imported.body.score).toBeCloseTo(offline.score, 6);
    const broken = await t.http
      .put(`/api/events/${id}/schedule`)
      .set(bearer(coordinator))
      .send({ meetings: [{ firm: 'NOPE', candidate: regs[0].code, round: 7 }] });
    expect(broken.status).toBe(422);
    expect(broken.body.code).toBe('EVENT_SCHEDULE_INVALID');
    expect(broken.body.errors.map((e: { field: string }) => e.field)).toEqual([
      'meetings[0].firm',
      'meetings[0].round',
    ]);
    const twice = await t.http
      .put(`/api/events/${id}/schedule`)
      .set(bearer(coordinator))
      .send({
        meetings: [{ firm: tables[0].code, candidate: regs[2].code, round: 0 }],
      });
    expect([twice.status, twice.body.code]).toEqual([422, 'EVENT_SCHEDULE_INVALID']);

    // before publishing, participants see no entries
    const early = await t.http.get(`/api/events/${id}/plans/${regs[0].id}`).set(bearer(people[0].account));
    expect(early.body).toMatchObject({ published: false, entries: [] });
    const published = await t.http.post(`/api/events/${id}/schedule/publish`).set(bearer(coordinator));
    expect(published.status).toBe(200);
    expect(published.body.publishedAt).not.toBeNull();
    expect((await mails(people[0].account.email)).map((m) => m.subject)).toContain(
      'Passgenau: Ihr Gesprächsplan ist da – Speed-Dating Ausbildung Waiblingen',
    );
    const again = await t.http.post(`/api/events/${id}/schedule`).set(bearer(coordinator));
    expect([again.status, again.body.code]).toEqual([409, 'EVENT_SCHEDULE_PUBLISHED']);

    // a candidate sees their own plan, not another's; a firm its table only
    const own = await t.http.get(`/api/events/${id}/plans/${regs[0].id}`).set(bearer(people[0].account));
    expect(own.status).toBe(200);
    expect(own.body.entries.map((e: { with: string }) => e.with)).toContain(
      firms[2].employer.email.replace(/^/, 'Firma '),
    );
    expect(own.body.entries[0]).toEqual(
      expect.objectContaining({
        round: expect.any(Number),
        startsAt: expect.stringMatching(/^17:/),
        tableNumber: expect.any(Number),
      }),
    );
    expect(
      (await t.http.get(`/api/events/${id}/plans/${regs[1].id}`).set(bearer(people[0].account))).status,
    ).toBe(404);
    expect(
      (await t.http.get(`/api/events/${id}/plans/${tables[0].id}`).set(bearer(people[0].account))).status,
    ).toBe(404);
    expect(
      (await t.http.get(`/api/events/${id}/plans/${tables[1].id}`).set(bearer(firms[0].employer))).status,
    ).toBe(404);
    const table = await t.http.get(`/api/events/${id}/plans/${tables[0].id}`).set(bearer(firms[0].employer));
    expect(table.status).toBe(200);
    const shown = table.body.entries.map((e: { with: string }) => e.with);
    expect(shown).not.toContain(people[2].pseudonym);
    for (const name of shown)
      expect([...people.map((p) => p.pseudonym), people[1].givenName]).toContain(name);
    expect(JSON.stringify(table.body)).not.toContain(people[0].givenName);

    // a mentor's read of the candidate's plan is logged once per read
    const mentor = await createAccount(t, 'mentor');
    await authorise(t, people[0].account, mentor);
    const before = await reads(people[0].account.candidateId!, mentor.accountId);
    expect((await t.http.get(`/api/events/${id}/plans/${regs[0].id}`).set(bearer(mentor))).status).toBe(200);
    expect(await reads(people[0].account.candidateId!, mentor.accountId)).toBe(before + 1);
    expect((await t.http.get(`/api/events/${id}/plans/${regs[1].id}`).set(bearer(mentor))).status).toBe(404);
  });

  async function reads(candidateId: string, actor: string): Promise<number> {
    const [{ n }] = await db(t).query(
      `SELECT count(*)::int AS n FROM access_log WHERE candidate_id = $1 AND actor_account_id = $2 AND action = 'read_event_participants'`,
      [candidateId, actor],
    );
    return n;
  }

  it('checks in by code, marks no-shows, takes walk-ins and re-plans without touching finished rounds', async () => {
    const id = await openEvent({ rounds: 4 });
    const firms = await Promise.all([firm(), firm(), firm()]);
    const people = await Promise.all([person(), person(), person(), person(), person()]);
    const tables: Reg[] = [];
    for (const f of firms) tables.push((await register(id, f.employer, { offerIds: [f.offerId] })).body);
    const regs: Reg[] = [];
    for (const p of people) regs.push((await register(id, p.account)).body);
    expect(
      (await t.http.post(`/api/events/${id}/schedule/replan`).set(bearer(coordinator)).send({})).body.code,
    ).toBe('EVENT_SCHEDULE_NOT_PUBLISHED');
    expect((await t.http.post(`/api/events/${id}/schedule`).set(bearer(coordinator))).status).toBe(200);
    const published = (await t.http.post(`/api/events/${id}/schedule/publish`).set(bearer(coordinator))).body;

    const checked = await t.http
      .post(`/api/events/${id}/check-in`)
      .set(bearer(staff))
      .send({ code: regs[0].code.toLowerCase() });
    expect(checked.status).toBe(200);
    expect(checked.body.checkedInAt).not.toBeNull();
    const wrong = await t.http.post(`/api/events/${id}/check-in`).set(bearer(staff)).send({ code: 'ZZZZZZ' });
    expect([wrong.status, wrong.body.code]).toEqual([404, 'EVENT_CODE_NOT_FOUND']);
    const found = await t.http
      .get(`/api/events/${id}/registrations`)
      .query({ q: people[1].givenName })
      .set(bearer(staff));
    expect(found.body.map((r: { id: string }) => r.id)).toEqual([regs[1].id]);
    expect(found.body[0].name).toContain(people[1].givenName);
    const noShow = await t.http
      .post(`/api/events/${id}/registrations/${regs[1].id}/no-show`)
      .set(bearer(staff));
    expect(noShow.body.noShowAt).not.toBeNull();

    const newcomer = await person();
    const walkIn = await t.http
      .post(`/api/events/${id}/walk-ins`)
      .set(bearer(staff))
      .send({ candidateId: newcomer.account.candidateId });
    expect(walkIn.status).toBe(201);
    expect(walkIn.body).toMatchObject({ walkIn: true, status: 'confirmed' });
    expect(walkIn.body.checkedInAt).not.toBeNull();
    const twice = await t.http
      .post(`/api/events/${id}/walk-ins`)
      .set(bearer(staff))
      .send({ candidateId: newcomer.account.candidateId });
    expect(twice.status).toBe(409);

    const replanned = await t.http
      .post(`/api/events/${id}/schedule/replan`)
      .set(bearer(coordinator))
      .send({ fromRound: 2 });
    expect(replanned.status).toBe(200);
    type M = { round: number; firmRegistrationId: string; candidateRegistrationId: string };
    const key = (m: M) => `${m.round}:${m.firmRegistrationId}:${m.candidateRegistrationId}`;
    expect(
      replanned.body.meetings
        .filter((m: M) => m.round === 1)
        .map(key)
        .sort(),
    ).toEqual(
      published.meetings
        .filter((m: M) => m.round === 1)
        .map(key)
        .sort(),
    );
    expect(
      replanned.body.meetings.filter((m: M) => m.round >= 2 && m.candidateRegistrationId === regs[1].id),
    ).toEqual([]);
    expect(replanned.body.meetings.some((m: M) => m.candidateRegistrationId === walkIn.body.id)).toBe(true);
    expect(typeof replanned.body.moved).toBe('number');
    expect((await mails(newcomer.account.email)).map((m) => m.subject)).toContain(
      'Passgenau: Ihr Gesprächsplan hat sich geändert – Speed-Dating Ausbildung Waiblingen',
    );
    const beyond = await t.http
      .post(`/api/events/${id}/schedule/replan`)
      .set(bearer(coordinator))
      .send({ fromRound: 9 });
    expect([beyond.status, beyond.body.errors?.[0]?.field]).toEqual([400, 'fromRound']);
    // a firm or candidate cannot run the check-in
    expect(
      (
        await t.http
          .post(`/api/events/${id}/check-in`)
          .set(bearer(people[0].account))
          .send({ code: regs[0].code })
      ).status,
    ).toBe(403);
  });

  it('reminds the participants of tomorrow’s events once, in their language', async () => {
    const tomorrow = addDays(districtToday(), 1);
    const id = await openEvent({ day: tomorrow });
    const p = await person();
    await db(t).query(`UPDATE account SET preferred_language = 'ar' WHERE id = $1`, [p.account.accountId]);
    await register(id, p.account);
    const service = t.app.get(EventsService);
    expect(await service.sendReminders()).toBeGreaterThanOrEqual(1);
    expect(await service.sendReminders()).toBe(0);
    const subjects = (await mails(p.account.email)).map((m) => m.subject);
    expect(subjects).toContain('Passgenau: تذكير: غدًا – Speed-Dating Ausbildung Waiblingen');
  });
});

function randomUuid(): string {
  const hex = randomBytes(16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
