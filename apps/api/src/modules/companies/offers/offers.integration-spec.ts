import { createTestApp, type TestApp } from '../../../../test/test-app';
import { bearer, createAccount, db } from '../../../../test/factories';
import { addSite, createEmployer, createOffer, OCCUPATION, SKILL, TOWN } from '../test-factories';

const fields = (body: { errors?: Array<{ field: string }> }) =>
  [...new Set((body.errors ?? []).map((e) => e.field))].sort();

describe('offers of a company', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(async () => {
    await t.app.close();
  });

  it('an employer creates, reads, lists, changes and deletes the company’s offers', async () => {
    const employer = await createEmployer(t);
    const site = await addSite(t, employer, { townAgs: TOWN.backnang, street: 'Gerberstraße 3' });
    const created = await t.http
      .post('/api/offers')
      .set(bearer(employer))
      .send({
        kind: 'internship',
        title: '  Praktikum in der Schweißerei  ',
        description: 'Vier Wochen mitarbeiten, Schutzkleidung wird gestellt.',
        descriptionLang: 'de',
        occupationCode: OCCUPATION.welder,
        requiredCompetences: [SKILL.operateWeldingEquipment],
        niceToHaveCompetences: [SKILL.writeGerman],
        germanMinimum: { overall: 'A2', speaking: 'B1' },
        helpfulLanguages: ['ar', 'tr'],
        suitableForCareerChangers: true,
        siteId: site.id,
        startsOn: '2027-03-01',
        hoursPerWeek: 38.5,
        durationWeeks: 4,
        places: 2,
        closesOn: '2027-04-30',
      });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      companyId: employer.companyId,
      kind: 'internship',
      title: 'Praktikum in der Schweißerei',
      status: 'draft',
      listed: false,
      publishedAt: null,
      occupationMapping: 'manual',
      occupation: { code: OCCUPATION.welder, iscoGroup: '7212', field: 'metal' },
      germanMinimum: { overall: 'A2', understanding: null, speaking: 'B1', writing: null, highest: 'B1' },
      helpfulLanguages: ['ar', 'tr'],
      site: { id: site.id, townName: 'Backnang', street: 'Gerberstraße 3' },
      startsOn: '2027-03-01',
      closesOn: '2027-04-30',
      hoursPerWeek: 38.5,
      durationWeeks: 4,
      places: 2,
      interestCount: 0,
      source: 'passgenau',
    });
    // Occupation and competence labels come in every language the taxonomy has.
    expect(Object.keys(created.body.occupation.labels)).toEqual(['de', 'en', 'ar', 'fa', 'uk']);
    expect(created.body.occupation.labels.fa).toEqual({ text: 'جوشکار', source: 'passgenau' });
    expect(created.body.requiredCompetences).toEqual([
      { code: SKILL.operateWeldingEquipment, labels: expect.objectContaining({ de: expect.any(Object) }) },
    ]);
    expect(created.body.niceToHaveCompetences.map((c: { code: string }) => c.code)).toEqual([
      SKILL.writeGerman,
    ]);

    const opened = await t.http
      .patch(`/api/offers/${created.body.id}`)
      .set(bearer(employer))
      .send({
        status: 'open',
        germanMinimum: { speaking: null },
        requiredCompetences: [],
        hoursPerWeek: null,
      });
    expect(opened.status).toBe(200);
    expect(opened.body).toMatchObject({
      status: 'open',
      listed: true,
      publishedAt: expect.any(String),
      germanMinimum: { overall: 'A2', speaking: null, highest: 'A2' },
      requiredCompetences: [],
      niceToHaveCompetences: [{ code: SKILL.writeGerman }],
      hoursPerWeek: null,
      durationWeeks: 4,
    });
    await createOffer(t, employer, { status: 'draft' });
    const list = await t.http.get('/api/offers').set(bearer(employer));
    expect(list.body.total).toBe(2);
    expect((await t.http.get('/api/offers?status=draft').set(bearer(employer))).body.total).toBe(1);

    expect((await t.http.delete(`/api/offers/${created.body.id}`).set(bearer(employer))).status).toBe(204);
    expect((await t.http.get(`/api/offers/${created.body.id}`).set(bearer(employer))).status).toBe(404);
  });

  it('another firm’s employer reaches no offer of ours (404); staff read them; other roles are refused', async () => {
    const owner = await createEmployer(t);
    const draft = await createOffer(t, owner, { status: 'draft' });
    const open = await createOffer(t, owner, { status: 'open' });
    const intruder = await createEmployer(t);
    for (const offer of [draft, open]) {
      expect((await t.http.get(`/api/offers/${offer.id}`).set(bearer(intruder))).status).toBe(404);
      expect(
        (await t.http.patch(`/api/offers/${offer.id}`).set(bearer(intruder)).send({ title: 'Gekapert' }))
          .status,
      ).toBe(404);
      expect((await t.http.delete(`/api/offers/${offer.id}`).set(bearer(intruder))).status).toBe(404);
    }
    // A member of another firm lists only their own company's offers, whatever companyId says.
    const theirs = await t.http.get(`/api/offers?companyId=${owner.companyId}`).set(bearer(intruder));
    expect(theirs.body.total).toBe(0);
    const [{ count }] = await db(t).query(
      `SELECT count(*)::int AS count FROM offer WHERE company_id = $1 AND title = 'Gekapert'`,
      [owner.companyId],
    );
    expect(count).toBe(0);

    for (const role of ['iba_staff', 'coordinator', 'admin'] as const) {
      const staff = await createAccount(t, role);
      expect((await t.http.get(`/api/offers/${draft.id}`).set(bearer(staff))).status).toBe(200);
      expect(
        (await t.http.get(`/api/offers?companyId=${owner.companyId}`).set(bearer(staff))).body.total,
      ).toBe(2);
      expect(
        (await t.http.patch(`/api/offers/${draft.id}`).set(bearer(staff)).send({ title: 'X' })).status,
      ).toBe(403);
    }
    const candidate = await createAccount(t, 'candidate');
    expect((await t.http.get(`/api/offers/${draft.id}`).set(bearer(candidate))).status).toBe(403);
    expect((await t.http.get(`/api/offers/${draft.id}`)).status).toBe(401);
  });

  it('refuses negative places, a closing date before the start and an unknown occupation, naming the fields', async () => {
    const employer = await createEmployer(t);
    const negative = await t.http
      .post('/api/offers')
      .set(bearer(employer))
      .send({ kind: 'job', title: 'Lagerhelfer/in', occupationCode: OCCUPATION.warehouseWorker, places: -2 });
    expect(negative.status).toBe(400);
    expect(negative.body.code).toBe('VALIDATION_FAILED');
    expect(fields(negative.body)).toEqual(['places']);

    const closing = await t.http.post('/api/offers').set(bearer(employer)).send({
      kind: 'job',
      title: 'Lagerhelfer/in',
      occupationCode: OCCUPATION.warehouseWorker,
      startsOn: '2027-09-01',
      closesOn: '2027-08-31',
    });
    expect(closing.status).toBe(400);
    expect(closing.body.errors).toEqual([
      { field: 'closesOn', code: 'DATE_ORDER', message: 'closesOn must not be before startsOn' },
    ]);

    const unknown = await t.http.post('/api/offers').set(bearer(employer)).send({
      kind: 'job',
      title: 'Lagerhelfer/in',
      occupationCode: 'http://data.europa.eu/esco/occupation/does-not-exist',
    });
    expect(unknown.status).toBe(400);
    expect(fields(unknown.body)).toEqual(['occupationCode']);
    const skillAsOccupation = await t.http
      .post('/api/offers')
      .set(bearer(employer))
      .send({ kind: 'job', title: 'Lagerhelfer/in', occupationCode: SKILL.operateForklift });
    expect(fields(skillAsOccupation.body)).toEqual(['occupationCode']);

    // Every broken rule at once, and the rules hold for changes too.
    const other = await createEmployer(t);
    const foreignSite = await addSite(t, other, { townAgs: TOWN.fellbach });
    const many = await t.http
      .post('/api/offers')
      .set(bearer(employer))
      .send({
        kind: 'apprenticeship',
        title: 'Ausbildung',
        occupationCode: OCCUPATION.welder,
        requiredCompetences: [OCCUPATION.cook, 'passgenau:skill/unknown'],
        niceToHaveCompetences: [SKILL.writeGerman],
        siteId: foreignSite.id,
        description: 'ohne Sprache',
      });
    expect(many.status).toBe(400);
    expect(fields(many.body)).toEqual(['descriptionLang', 'requiredCompetences', 'siteId']);
    const offer = await createOffer(t, employer, { startsOn: '2027-09-01' });
    const change = await t.http
      .patch(`/api/offers/${offer.id}`)
      .set(bearer(employer))
      .send({ closesOn: '2027-01-01', title: null });
    expect(change.status).toBe(400);
    expect(fields(change.body)).toEqual(['closesOn', 'title']);
    expect(
      fields((await t.http.patch(`/api/offers/${offer.id}`).set(bearer(employer)).send({ places: 0 })).body),
    ).toEqual(['places']);
    const badValues = await t.http
      .patch(`/api/offers/${offer.id}`)
      .set(bearer(employer))
      .send({
        kind: 'volunteering',
        startsOn: '2027-02-30',
        germanMinimum: { overall: 'B3' },
        hoursPerWeek: 80,
      });
    expect(fields(badValues.body)).toEqual(['germanMinimum.overall', 'hoursPerWeek', 'kind', 'startsOn']);
    const same = await t.http
      .patch(`/api/offers/${offer.id}`)
      .set(bearer(employer))
      .send({ requiredCompetences: [SKILL.writeGerman], niceToHaveCompetences: [SKILL.writeGerman] });
    expect(fields(same.body)).toEqual(['niceToHaveCompetences']);
  });

  it('shows the firm how many candidates marked interest, not who', async () => {
    const employer = await createEmployer(t);
    const offer = await createOffer(t, employer);
    for (let i = 0; i < 2; i++) {
      const candidate = await createAccount(t, 'candidate');
      expect(
        (await t.http.put(`/api/job-board/offers/${offer.id}/interest`).set(bearer(candidate)).send({}))
          .status,
      ).toBe(200);
    }
    const seen = await t.http.get(`/api/offers/${offer.id}`).set(bearer(employer));
    expect(seen.body.interestCount).toBe(2);
    expect(JSON.stringify(seen.body)).not.toContain('candidateId');
  });
});
