import { addDays, districtToday, SEARCHABLE_PROFILE_CONSENT } from '@passgenau/domain';
import { binary, readPdf } from '../../../test/pdf-text';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { bearer, createAccount, db, type TestAccount } from '../../../test/factories';
import { OCCUPATION, SKILL, TOWN, addSite, createEmployer, createOffer, type TestEmployer } from '../companies/test-factories';
import { badgePages } from './templates/badges.template';


describe('event printouts (PDF)', () => {
  let t: TestApp;
  let coordinator: TestAccount;
  let eventId: string;
  const firms: TestEmployer[] = [];
  const codes: string[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    coordinator = await createAccount(t, 'coordinator');
    const created = await t.http.post('/api/events').set(bearer(coordinator)).send({
      kind: 'speed_dating', title: 'Speed-Dating Größe Ausbildung', description: 'Zehn Minuten',
      townAgs: TOWN.waiblingen, venue: 'Bürgerzentrum', day: addDays(districtToday(), 30),
      startsAt: '17:00', endsAt: '19:00', rounds: 3, roundMinutes: 10, breakMinutes: 5,
      firmCapacity: 10, candidateCapacity: 20, languages: ['de', 'ar'],
    });
    expect(created.status).toBe(201);
    eventId = created.body.id;
    expect((await t.http.post(`/api/events/${eventId}/status`).set(bearer(coordinator)).send({ status: 'open' })).status).toBe(200);
    for (let i = 0; i < 2; i++) {
      const employer = await createEmployer(t);
      await db(t).query(`UPDATE company SET verification_status = 'verified', name = $2 WHERE id = $1`, [
        employer.companyId,
        `Bäckerei Weiß ${i}`,
      ]);
      const site = await addSite(t, employer, { townAgs: TOWN.waiblingen, street: 'Bahnhofstraße 1' });
      const offer = await createOffer(t, employer, { siteId: site.id, requiredCompetences: [SKILL.operateWeldingEquipment] });
      const reg = await t.http.post(`/api/events/${eventId}/registrations`).set(bearer(employer)).send({ offerIds: [offer.id] });
      expect(reg.status).toBeLessThan(300);
      codes.push(reg.body.code);
      firms.push(employer);
    }
    for (let i = 0; i < 3; i++) {
      const account = await createAccount(t, 'candidate');
      await db(t).query(`UPDATE account SET preferred_language = $2 WHERE id = $1`, [account.accountId, i === 0 ? 'ar' : 'uk']);
      const saved = await t.http.put(`/api/candidates/${account.candidateId}/profile`).set(bearer(account)).send({
        languages: [{ language: 'de', overall: 'B1' }], germanCertificates: [], education: [], experience: [], texts: [],
        schooling: { years: 10, country: 'SY', level: 'lower_secondary' },
        competences: [{ code: SKILL.operateWeldingEquipment, evidence: [{ kind: 'self', level: 'good' }] }],
        wishes: { occupations: [OCCUPATION.welder], kinds: ['apprenticeship'], earliestStart: '2026-01-01' },
        mobility: { homeTownAgs: TOWN.waiblingen, travelKm: 20, drivingLicences: [] },
        workPermit: 'permitted',
      });
      expect(saved.status).toBe(200);
      await t.http.post(`/api/candidates/${account.candidateId}/consent`).set(bearer(account)).send({ textVersion: SEARCHABLE_PROFILE_CONSENT.version });
      expect((await t.http.post(`/api/candidates/${account.candidateId}/profile/publish`).set(bearer(account))).status).toBe(200);
      const reg = await t.http.post(`/api/events/${eventId}/registrations`).set(bearer(account)).send({});
      expect(reg.status).toBeLessThan(300);
      codes.push(reg.body.code);
    }
    const generated = await t.http.post(`/api/events/${eventId}/schedule`).set(bearer(coordinator));
    expect(generated.status).toBe(200);
    expect(generated.body.meetings.length).toBeGreaterThan(0);
  }, 120_000);

  afterAll(async () => {
    await t.app.close();
  });

  it('prints every table, every candidate in their language, the wall plan and the badges in one PDF', async () => {
    const response = await t.http
      .get(`/api/print/events/${eventId}/everything.pdf`)
      .query({ lang: 'de' })
      .set(bearer(coordinator))
      .buffer(true)
      .parse(binary);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const { text, pages } = readPdf(response.body);
    // 2 table pages, 3 candidate pages, 1 wall-plan page, 1 sheet of 5 badges
    expect(pages).toBe(2 + 3 + 1 + badgePages(5));
    expect(text).toContain('Speed-Dating Größe Ausbildung');
    expect(text).toContain('Tisch 1');
    expect(text).toContain('Bäckerei Weiß 0');
    expect(text).toContain('خطتك');
    expect(text).toContain('Ваш план');
    expect(text).toContain('Plan aller Runden');
    for (const code of codes) expect(text).toContain(code);
    // Badges name the languages: the candidates' profile languages, the firms' registered ones.
    expect(text.match(/Sprachen: DE/g)?.length).toBeGreaterThanOrEqual(5);
    const logged = await db(t).query(
      `SELECT count(*)::int AS n FROM access_log WHERE action = 'read_event_participants' AND actor_account_id = $1`,
      [coordinator.accountId],
    );
    expect(logged[0].n).toBeGreaterThan(0);
  });

  it('is for staff only', async () => {
    const path = `/api/print/events/${eventId}/everything.pdf`;
    expect((await t.http.get(path).set(bearer(firms[0]))).status).toBe(403);
    expect((await t.http.get(`/api/print/events/00000000-0000-4000-8000-000000000000/everything.pdf`).set(bearer(coordinator))).status).toBe(404);
  });
});
