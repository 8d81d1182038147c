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

interface Firm {
  employer: TestEmployer;
  siteId: string;
}

describe('open-house days: sites across towns, registrations, plan, hand edits, firm and candidate views', () => {
  let t: TestApp;
  let coordinator: TestAccount;
  let mentor: TestAccount;
  let otherMentor: TestAccount;

  beforeAll(async () => {
    t = await createTestApp();
    coordinator = await createAccount(t, 'coordinator');
    mentor = await createAccount(t, 'mentor', { name: 'Olena Mentorin' });
    otherMentor = await createAccount(t, 'mentor');
  });

  afterAll(async () => {
    await t.app.close();
  });

  async function firm(townAgs: string, street: string): Promise<Firm> {
    const employer = await createEmployer(t);
    const site = await addSite(t, employer, { townAgs, street });
    await createOffer(t, employer, { siteId: site.id, requiredCompetences: [SKILL.operateWeldingEquipment] });
    return { employer, siteId: site.id };
  }

  /** A candidate whose profile fits welding offers, living in `townAgs`, speaking `languages`. */
  async function candidate(townAgs: string, languages: string[] = ['ar']): Promise<TestAccount> {
    const account = await createAccount(t, 'candidate');
    const saved = await t.http
      .put(`/api/candidates/${account.candidateId}/profile`)
      .set(bearer(account))
      .send({
        languages: [
          { language: 'de', overall: 'B1' },
          ...languages.map((language) => ({ language, native: true })),
        ],
        germanCertificates: [],
        education: [],
        experience: [],
        texts: [],
        schooling: { years: 10, country: 'SY', level: 'lower_secondary' },
        competences: [{ code: SKILL.operateWeldingEquipment, evidence: [{ kind: 'self', level: 'good' }] }],
        wishes: { occupations: [OCCUPATION.welder], kinds: ['apprenticeship'], earliestStart: '2026-01-01' },
        mobility: { homeTownAgs: townAgs, travelKm: 40, drivingLicences: [] },
        workPermit: 'permitted',
      });
    if (saved.status !== 200) throw new Error(JSON.stringify(saved.body));
    return account;
  }

  const travel = {
    travelMode: 'car',
    radiusKm: 40,
    availableFrom: '09:00',
    availableUntil: '13:00',
    maxVisits: 2,
  };

  async function siteBody(kind: 'firm' | 'housing', extra: Record<string, unknown>, capacity = 6) {
    return { kind, openings: [{ start: '09:00', end: '12:00' }], capacity, slotMinutes: 30, ...extra };
  }

  it('plans a day across three towns, shows conflicts of a hand edit at once, and keeps every view to its people', async () => {
    const backnang = await firm(TOWN.backnang, 'Bahnhofstraße 1');
    const murrhardt = await firm(TOWN.murrhardt, 'Hauptstraße 2');
    const schorndorf = await firm(TOWN.schorndorf, 'Marktplatz 3');

    const created = await t.http
      .post('/api/open-house-days')
      .set(bearer(coordinator))
      .send({ title: 'Tag der offenen Tür', date: '2027-03-20' });
    expect(created.status).toBe(201);
    const dayId: string = created.body.id;

    const sites: string[] = [];
    for (const f of [backnang, murrhardt, schorndorf]) {
      const r = await t.http
        .post(`/api/open-house-days/${dayId}/sites`)
        .set(bearer(coordinator))
        .send(await siteBody('firm', { companySiteId: f.siteId }));
      expect(r.status).toBe(201);
      sites.push(r.body.id);
    }
    const housing = await t.http
      .post(`/api/open-house-days/${dayId}/sites`)
      .set(bearer(coordinator))
      .send(await siteBody('housing', { name: 'Unterkunft Sulzbacher Straße', townAgs: TOWN.backnang }));
    expect(housing.status).toBe(201);
    expect(housing.body.townName).toBe('Backnang');

    // Alone: the candidate themselves, a mentor for an authorised candidate, a coordinator.
    const self = await candidate(TOWN.backnang);
    const mentored = await candidate(TOWN.murrhardt, ['uk']);
    await authorise(t, mentored, mentor);
    const byStaff = await candidate(TOWN.schorndorf);
    await db(t).query(`UPDATE candidate SET given_name = 'Samir' WHERE id = $1`, [self.candidateId]);
    expect(
      (
        await t.http
          .post(`/api/open-house-days/${dayId}/registrations`)
          .set(bearer(self))
          .send({ ...travel, showFirstName: true, needsInterpreter: true, interpreterLanguage: 'ar' })
      ).status,
    ).toBe(201);
    expect(
      (
        await t.http
          .post(`/api/open-house-days/${dayId}/registrations`)
          .set(bearer(mentor))
          .send({ ...travel, candidateId: mentored.candidateId })
      ).status,
    ).toBe(201);
    expect(
      (
        await t.http
          .post(`/api/open-house-days/${dayId}/registrations`)
          .set(bearer(coordinator))
          .send({ ...travel, candidateId: byStaff.candidateId })
      ).status,
    ).toBe(201);
    // A mentor who is not authorised may not register the candidate; a second registration is a 409.
    const notAuthorised = await t.http
      .post(`/api/open-house-days/${dayId}/registrations`)
      .set(bearer(otherMentor))
      .send({ ...travel, candidateId: byStaff.candidateId });
    expect([notAuthorised.status, notAuthorised.body.errors?.[0]?.field]).toEqual([400, 'candidateId']);
    const again = await t.http
      .post(`/api/open-house-days/${dayId}/registrations`)
      .set(bearer(self))
      .send(travel);
    expect([again.status, again.body.code]).toEqual([409, 'OPEN_HOUSE_ALREADY_REGISTERED']);

    // A group of three from the housing site with their mentor.
    const members = [
      await candidate(TOWN.backnang),
      await candidate(TOWN.backnang),
      await candidate(TOWN.backnang),
    ];
    for (const m of members) await authorise(t, m, mentor);
    const group = await t.http
      .post(`/api/open-house-days/${dayId}/groups`)
      .set(bearer(mentor))
      .send({
        ...travel,
        housingSiteId: housing.body.id,
        candidateIds: members.map((m) => m.candidateId),
        companions: 1,
      });
    expect(group.status).toBe(201);
    expect(group.body).toHaveLength(3);
    const groupId: string = group.body[0].groupId;
    // All or nothing: a group with someone registered already leaves nothing behind.
    const extra = await candidate(TOWN.backnang);
    await authorise(t, extra, mentor);
    const overlapping = await t.http
      .post(`/api/open-house-days/${dayId}/groups`)
      .set(bearer(mentor))
      .send({
        ...travel,
        housingSiteId: housing.body.id,
        candidateIds: [extra.candidateId, mentored.candidateId],
      });
    expect([overlapping.status, overlapping.body.code, overlapping.body.errors[0].field]).toEqual([
      409,
      'OPEN_HOUSE_ALREADY_REGISTERED',
      'candidateIds.1',
    ]);
    const [{ n }] = await db(t).query(
      `SELECT count(*)::int AS n FROM open_house_registration WHERE day_id = $1 AND candidate_id = $2`,
      [dayId, extra.candidateId],
    );
    expect(n).toBe(0);

    const planned = await t.http
      .post(`/api/open-house-days/${dayId}/plan`)
      .set(bearer(coordinator))
      .send({ timeLimitMs: 500 });
    expect(planned.status).toBe(200);
    expect(planned.body.conflicts).toEqual([]);
    expect(planned.body.candidates).toBe(6);
    expect(planned.body.reached).toBe(6);
    expect(planned.body.score).toBeGreaterThan(0);
    expect(planned.body.bound).toBeGreaterThanOrEqual(planned.body.score - 1e-9);
    const towns = new Set(
      planned.body.routes.flatMap((r: { visits: Array<{ townName: string }> }) =>
        r.visits.map((v) => v.townName),
      ),
    );
    expect(towns.size).toBeGreaterThanOrEqual(2);
    const groupRoute = planned.body.routes.find((r: { party: string }) => r.party === groupId);
    expect(groupRoute.kind).toBe('group');
    expect(groupRoute.pseudonyms).toHaveLength(3);
    // Groups stay together: no member has a route of their own.
    for (const m of members)
      expect(planned.body.routes.some((r: { party: string }) => r.party === m.candidateId)).toBe(false);

    // Hand edit: move the first visit of the self-registered candidate to 07:00 -> outside the opening at once.
    const selfRoute = planned.body.routes.find((r: { party: string }) => r.party === self.candidateId);
    const first = selfRoute.visits[0];
    const moved = await t.http
      .post(`/api/open-house-days/${dayId}/plan/edits`)
      .set(bearer(coordinator))
      .send({ op: 'move', party: self.candidateId, site: first.site, start: first.start, toStart: '07:00' });
    expect(moved.status).toBe(200);
    expect(moved.body.conflicts.map((c: { code: string; party: string }) => [c.code, c.party])).toEqual(
      expect.arrayContaining([['outside_opening', self.candidateId]]),
    );
    const movedVisit = moved.body.routes
      .find((r: { party: string }) => r.party === self.candidateId)
      .visits.find((v: { start: string }) => v.start === '07:00');
    expect(movedVisit.manual).toBe(true);
    // Stored: reading the plan shows the same conflict.
    const stored = await t.http.get(`/api/open-house-days/${dayId}/plan`).set(bearer(coordinator));
    expect(stored.body.conflicts.some((c: { code: string }) => c.code === 'outside_opening')).toBe(true);
    // Back into the opening, then a second visit at the same time elsewhere: an overlap.
    const back = await t.http
      .post(`/api/open-house-days/${dayId}/plan/edits`)
      .set(bearer(coordinator))
      .send({ op: 'move', party: self.candidateId, site: first.site, start: '07:00', toStart: first.start });
    expect(back.body.conflicts).toEqual([]);
    const other = sites.find((s) => !selfRoute.visits.some((v: { site: string }) => v.site === s))!;
    const added = await t.http
      .post(`/api/open-house-days/${dayId}/plan/edits`)
      .set(bearer(coordinator))
      .send({ op: 'add', party: self.candidateId, site: other, start: first.start });
    expect(added.body.conflicts.map((c: { code: string }) => c.code)).toEqual(
      expect.arrayContaining(['overlap']),
    );
    const removed = await t.http
      .post(`/api/open-house-days/${dayId}/plan/edits`)
      .set(bearer(coordinator))
      .send({ op: 'remove', party: self.candidateId, site: other, start: first.start });
    expect(removed.body.conflicts).toEqual([]);
    // A visit that is not in the plan, and a bad time, are refused with the field named.
    const missing = await t.http
      .post(`/api/open-house-days/${dayId}/plan/edits`)
      .set(bearer(coordinator))
      .send({ op: 'remove', party: self.candidateId, site: other, start: '11:30' });
    expect([missing.status, missing.body.code]).toEqual([404, 'OPEN_HOUSE_VISIT_NOT_FOUND']);
    const badTime = await t.http
      .post(`/api/open-house-days/${dayId}/plan/edits`)
      .set(bearer(coordinator))
      .send({ op: 'remove', party: self.candidateId, site: other, start: '25:00' });
    expect([badTime.status, badTime.body.errors.map((e: { field: string }) => e.field)]).toEqual([
      400,
      ['start'],
    ]);

    // The firm sees its visitors per slot: first name where allowed, languages, interpreter needs.
    const selfSite = back.body.routes.find((r: { party: string }) => r.party === self.candidateId).visits[0]
      .site;
    const owner = [backnang, murrhardt, schorndorf][sites.indexOf(selfSite)];
    const visitors = await t.http
      .get(`/api/open-house-days/${dayId}/sites/${selfSite}/visitors`)
      .set(bearer(owner.employer));
    expect(visitors.status).toBe(200);
    const everyone = visitors.body.slots.flatMap((s: { visitors: unknown[] }) => s.visitors);
    expect(everyone).toEqual(
      expect.arrayContaining([
        {
          name: 'Samir',
          languages: ['ar', 'de'],
          needsInterpreter: true,
          interpreterLanguage: 'ar',
          inGroup: false,
        },
      ]),
    );
    for (const slot of visitors.body.slots) expect(slot.people).toBeLessThanOrEqual(slot.capacity);
    const stranger = [backnang, murrhardt, schorndorf].find((f) => f !== owner)!;
    const foreign = await t.http
      .get(`/api/open-house-days/${dayId}/sites/${selfSite}/visitors`)
      .set(bearer(stranger.employer));
    expect([foreign.status, foreign.body.code]).toEqual([404, 'OPEN_HOUSE_SITE_NOT_FOUND']);

    // Routes: the candidate their own; the group's mentor a member's; nobody else's.
    const own = await t.http.get(`/api/open-house-days/${dayId}/route`).set(bearer(self));
    expect(own.status).toBe(200);
    expect(own.body.visits.length).toBeGreaterThan(0);
    const othersRoute = await t.http
      .get(`/api/open-house-days/${dayId}/route?candidateId=${byStaff.candidateId}`)
      .set(bearer(self));
    expect(othersRoute.status).toBe(404);
    const memberRoute = await t.http
      .get(`/api/open-house-days/${dayId}/route?candidateId=${members[0].candidateId}`)
      .set(bearer(mentor));
    expect([memberRoute.status, memberRoute.body.groupId]).toEqual([200, groupId]);
    expect(memberRoute.body.visits.map((v: { site: string }) => v.site)).toEqual(
      groupRoute.visits.map((v: { site: string }) => v.site),
    );
    const notMine = await t.http
      .get(`/api/open-house-days/${dayId}/route?candidateId=${members[0].candidateId}`)
      .set(bearer(otherMentor));
    expect(notMine.status).toBe(404);
    const mine = await t.http.get('/api/open-house-days/mine').set(bearer(self));
    expect(mine.body.map((d: { id: string }) => d.id)).toContain(dayId);

    // Reads of candidate data are in the access log.
    const [{ count }] = await db(t).query(
      `SELECT count(*)::int AS count FROM access_log_appearance WHERE candidate_id = $1 AND action = 'list_open_house'`,
      [self.candidateId],
    );
    expect(count).toBeGreaterThan(0);
  });

  it('refuses bad input with the field named and unknown days with a 404', async () => {
    const day = await t.http
      .post('/api/open-house-days')
      .set(bearer(coordinator))
      .send({ title: 'x', date: '2027-02-30' });
    expect([day.status, day.body.errors.map((e: { field: string }) => e.field)]).toEqual([400, ['date']]);
    const created = await t.http
      .post('/api/open-house-days')
      .set(bearer(coordinator))
      .send({ title: 'Tag', date: '2027-04-10' });
    const windows = await t.http
      .post(`/api/open-house-days/${created.body.id}/sites`)
      .set(bearer(coordinator))
      .send({
        kind: 'housing',
        name: 'Haus',
        townAgs: TOWN.waiblingen,
        openings: [{ start: '12:00', end: '10:00' }],
        capacity: 5,
        slotMinutes: 30,
      });
    expect([windows.status, windows.body.errors[0].field]).toEqual([400, 'openings.0.end']);
    const noTown = await t.http
      .post(`/api/open-house-days/${created.body.id}/sites`)
      .set(bearer(coordinator))
      .send({
        kind: 'housing',
        name: 'Haus',
        townAgs: '99999999',
        openings: [{ start: '09:00', end: '10:00' }],
        capacity: 5,
        slotMinutes: 30,
      });
    expect([noTown.status, noTown.body.errors[0].code]).toEqual([400, 'UNKNOWN_TOWN']);
    const unknown = await t.http
      .get('/api/open-house-days/00000000-0000-4000-8000-000000000000/plan')
      .set(bearer(coordinator));
    expect([unknown.status, unknown.body.code]).toEqual([404, 'OPEN_HOUSE_DAY_NOT_FOUND']);
    const employer = await createEmployer(t);
    expect(
      (
        await t.http
          .post('/api/open-house-days')
          .set(bearer(employer))
          .send({ title: 'Tag', date: '2027-04-10' })
      ).status,
    ).toBe(403);
  });
});

describe('job fairs: exhibitors, fair mentors, pairing and personal plans through the API', () => {
  let t: TestApp;
  let coordinator: TestAccount;

  beforeAll(async () => {
    t = await createTestApp();
    coordinator = await createAccount(t, 'coordinator');
  });

  afterAll(async () => {
    await t.app.close();
  });

  async function youngPerson(languages: string[], townAgs: string): Promise<TestAccount> {
    const account = await createAccount(t, 'candidate');
    const saved = await t.http
      .put(`/api/candidates/${account.candidateId}/profile`)
      .set(bearer(account))
      .send({
        languages: languages.map((language) => ({ language, native: true })),
        germanCertificates: [],
        education: [],
        experience: [],
        texts: [],
        schooling: { years: 9, country: 'UA', level: 'lower_secondary' },
        competences: [{ code: SKILL.operateWeldingEquipment, evidence: [{ kind: 'self', level: 'good' }] }],
        wishes: {
          occupations: [OCCUPATION.welder],
          kinds: ['apprenticeship', 'job'],
          earliestStart: '2026-01-01',
        },
        mobility: { homeTownAgs: townAgs, travelKm: 30, drivingLicences: [] },
        workPermit: 'permitted',
      });
    if (saved.status !== 200) throw new Error(JSON.stringify(saved.body));
    return account;
  }

  it('pairs by language, keeps mentors within their group size and gives each pair a plan in booth order', async () => {
    const fair = await t.http
      .post('/api/job-fairs')
      .set(bearer(coordinator))
      .send({ title: 'Fokus Beruf', date: '2027-05-08', venue: 'Bürgerhaus Backnang' });
    expect(fair.status).toBe(201);
    const id: string = fair.body.id;

    const employer = await createEmployer(t);
    const site = await addSite(t, employer, { townAgs: TOWN.backnang, street: 'Am Markt 1' });
    await createOffer(t, employer, { siteId: site.id, requiredCompetences: [SKILL.operateWeldingEquipment] });
    const registered = await t.http
      .post(`/api/job-fairs/${id}/exhibitors`)
      .set(bearer(coordinator))
      .send({ booth: 'A7', companyId: employer.companyId });
    expect([registered.status, registered.body.offerIds.length]).toEqual([201, 1]);
    const byHand = await t.http
      .post(`/api/job-fairs/${id}/exhibitors`)
      .set(bearer(coordinator))
      .send({ booth: '12', name: 'Metallbau Kern', occupations: [OCCUPATION.welder] });
    expect(byHand.status).toBe(201);
    const taken = await t.http
      .post(`/api/job-fairs/${id}/exhibitors`)
      .set(bearer(coordinator))
      .send({ booth: '12', name: 'X', occupations: [OCCUPATION.cook] });
    expect([taken.status, taken.body.code]).toEqual([409, 'JOB_FAIR_BOOTH_TAKEN']);
    const unknownCode = await t.http
      .post(`/api/job-fairs/${id}/exhibitors`)
      .set(bearer(coordinator))
      .send({ booth: '13', name: 'X', occupations: ['nope'] });
    expect([unknownCode.status, unknownCode.body.errors[0].field]).toEqual([400, 'occupations.0']);

    const mentorAccount = await createAccount(t, 'mentor');
    const ukMentor = await t.http
      .post(`/api/job-fairs/${id}/mentors`)
      .set(bearer(coordinator))
      .send({
        name: 'Olena',
        kind: 'migrant',
        languages: ['uk', 'de'],
        capacity: 2,
        townAgs: TOWN.backnang,
        accountId: mentorAccount.accountId,
      });
    expect(ukMentor.status).toBe(201);
    const arMentor = await t.http
      .post(`/api/job-fairs/${id}/mentors`)
      .set(bearer(coordinator))
      .send({ name: 'Karim', kind: 'volunteer', languages: ['ar', 'de'], capacity: 2 });
    expect(arMentor.status).toBe(201);

    const uk1 = await youngPerson(['uk'], TOWN.backnang);
    const uk2 = await youngPerson(['uk'], TOWN.murrhardt);
    const ar1 = await youngPerson(['ar'], TOWN.backnang);
    expect((await t.http.post(`/api/job-fairs/${id}/candidates`).set(bearer(uk1)).send({})).status).toBe(201);
    expect(
      (
        await t.http
          .post(`/api/job-fairs/${id}/candidates`)
          .set(bearer(coordinator))
          .send({ candidateId: uk2.candidateId })
      ).status,
    ).toBe(201);
    expect(
      (
        await t.http
          .post(`/api/job-fairs/${id}/candidates`)
          .set(bearer(coordinator))
          .send({ candidateId: ar1.candidateId })
      ).status,
    ).toBe(201);
    const twice = await t.http.post(`/api/job-fairs/${id}/candidates`).set(bearer(uk1)).send({});
    expect([twice.status, twice.body.code]).toEqual([409, 'JOB_FAIR_ALREADY_REGISTERED']);

    const pairing = await t.http.post(`/api/job-fairs/${id}/pairing`).set(bearer(coordinator));
    expect(pairing.status).toBe(200);
    const mentorOf = Object.fromEntries(
      pairing.body.candidates.map((c: { candidateId: string; mentorId: string }) => [
        c.candidateId,
        c.mentorId,
      ]),
    );
    expect(mentorOf).toEqual({
      [uk1.candidateId!]: ukMentor.body.id,
      [uk2.candidateId!]: ukMentor.body.id,
      [ar1.candidateId!]: arMentor.body.id,
    });
    expect(pairing.body.languageMatches).toBe(3);

    // The Ukrainian mentor's group is full: a third person is refused.
    const full = await t.http
      .put(`/api/job-fairs/${id}/pairing/${ar1.candidateId}`)
      .set(bearer(coordinator))
      .send({ mentorId: ukMentor.body.id });
    expect([full.status, full.body.code, full.body.errors[0].field]).toEqual([
      422,
      'JOB_FAIR_MENTOR_FULL',
      'mentorId',
    ]);
    // A pair set by hand is kept when the pairing is proposed again.
    const byHandPair = await t.http
      .put(`/api/job-fairs/${id}/pairing/${uk2.candidateId}`)
      .set(bearer(coordinator))
      .send({ mentorId: arMentor.body.id });
    expect(byHandPair.status).toBe(200);
    const again = await t.http.post(`/api/job-fairs/${id}/pairing`).set(bearer(coordinator));
    const kept = again.body.candidates.find(
      (c: { candidateId: string }) => c.candidateId === uk2.candidateId,
    );
    expect([kept.mentorId, kept.fixed]).toEqual([arMentor.body.id, true]);
    await t.http
      .put(`/api/job-fairs/${id}/pairing/${uk2.candidateId}`)
      .set(bearer(coordinator))
      .send({ mentorId: ukMentor.body.id });

    const plans = await t.http.get(`/api/job-fairs/${id}/plans`).set(bearer(coordinator));
    expect(plans.status).toBe(200);
    const ukGroup = plans.body.groups.find((g: { mentorId: string }) => g.mentorId === ukMentor.body.id);
    expect(ukGroup.plans).toHaveLength(2);
    for (const plan of ukGroup.plans) {
      // Booth order: numbers first, then letters.
      expect(plan.items.map((i: { booth: string }) => i.booth)).toEqual(['12', 'A7']);
      expect(plan.items[0].offers[0].explanation.required).toBeDefined();
    }
    expect(
      ukGroup.booths.map((b: { booth: string; candidates: string[] }) => [b.booth, b.candidates.length]),
    ).toEqual([
      ['12', 2],
      ['A7', 2],
    ]);

    // The mentor sees their group; the candidate their plan; others nothing.
    const group = await t.http.get(`/api/job-fairs/${id}/my-group`).set(bearer(mentorAccount));
    expect([group.status, group.body.group.plans.length]).toEqual([200, 2]);
    const stranger = await createAccount(t, 'mentor');
    expect((await t.http.get(`/api/job-fairs/${id}/my-group`).set(bearer(stranger))).status).toBe(404);
    const myPlan = await t.http.get(`/api/job-fairs/${id}/my-plan`).set(bearer(ar1));
    expect([myPlan.status, myPlan.body.plan.mentorName]).toEqual([200, 'Karim']);
    const outsider = await youngPerson(['fa'], TOWN.waiblingen);
    expect((await t.http.get(`/api/job-fairs/${id}/my-plan`).set(bearer(outsider))).status).toBe(404);
    const listed = await t.http.get('/api/job-fairs').set(bearer(mentorAccount));
    expect(listed.body.map((f: { id: string }) => f.id)).toEqual([id]);
    expect((await t.http.get(`/api/job-fairs/${id}/plans`).set(bearer(mentorAccount))).status).toBe(403);
  });
});
