import { distanceKm } from '@passgenau/domain';
import { createTestApp, type TestApp } from '../../../../test/test-app';
import { authorise, bearer, createAccount, db } from '../../../../test/factories';
import { addSite, createEmployer, createOffer, OCCUPATION, TOWN, type TestEmployer } from '../test-factories';

type Item = { id: string; distanceKm: number | null; title: string };
const ids = (body: { items: Item[] }) => body.items.map((i) => i.id);

describe('public job board', () => {
  let t: TestApp;
  // Demo firms are seeded too: every search here carries a word only this file's offers have.
  const tag = `jb${Date.now().toString(36)}`;
  let employer: TestEmployer;
  const offers: Record<string, { id: string }> = {};
  const board = (query: string) => t.http.get(`/api/job-board/offers?q=${tag}&${query}`);

  beforeAll(async () => {
    t = await createTestApp();
    employer = await createEmployer(t);
    await t.http
      .patch(`/api/companies/${employer.companyId}`)
      .set(bearer(employer))
      .send({ name: `Remstal Werke ${tag}` });
    const fellbach = await addSite(t, employer, { townAgs: TOWN.fellbach });
    const schorndorf = await addSite(t, employer, { townAgs: TOWN.schorndorf });
    const murrhardt = await addSite(t, employer, { townAgs: TOWN.murrhardt });
    const berlin = await addSite(t, employer, { locality: 'Berlin', lat: 52.52, lon: 13.405 });
    offers.welderFellbach = await createOffer(t, employer, {
      title: 'Ausbildung Schweißer/in',
      kind: 'apprenticeship',
      siteId: fellbach.id,
      germanMinimum: { overall: 'A2', speaking: 'B1' },
      suitableForCareerChangers: true,
    });
    offers.cookSchorndorf = await createOffer(t, employer, {
      title: 'Koch/Köchin in Teilzeit',
      kind: 'job',
      occupationCode: OCCUPATION.cook,
      siteId: schorndorf.id,
      germanMinimum: { overall: 'A1' },
    });
    offers.warehouseMurrhardt = await createOffer(t, employer, {
      title: 'Lagerhelfer/in',
      kind: 'job',
      occupationCode: OCCUPATION.warehouseWorker,
      siteId: murrhardt.id,
      germanMinimum: { writing: 'B2' },
    });
    offers.careBerlin = await createOffer(t, employer, {
      title: 'EQ Pflegehilfe',
      kind: 'eq',
      occupationCode: OCCUPATION.nurseAssistant,
      siteId: berlin.id,
    });
    offers.noSite = await createOffer(t, employer, {
      title: 'Praktikum Lager',
      kind: 'internship',
      occupationCode: OCCUPATION.warehouseWorker,
    });
    // Not on the board: a draft, a filled offer and one past its closing date.
    offers.draft = await createOffer(t, employer, { status: 'draft', siteId: fellbach.id });
    offers.filled = await createOffer(t, employer, { status: 'filled', siteId: fellbach.id });
    offers.expired = await createOffer(t, employer, { siteId: fellbach.id, closesOn: '2020-01-31' });
    // The tag is in the company name, so `q` finds every offer of the firm.
  });

  afterAll(async () => {
    await t.app.close();
  });

  it('lists open offers to visitors, newest first, without drafts, filled or expired ones', async () => {
    const response = await board('');
    expect(response.status).toBe(200);
    expect(response.body.total).toBe(5);
    expect(ids(response.body)).toEqual(
      [
        offers.noSite,
        offers.careBerlin,
        offers.warehouseMurrhardt,
        offers.cookSchorndorf,
        offers.welderFellbach,
      ].map((o) => o!.id),
    );
    for (const hidden of [offers.draft, offers.filled, offers.expired]) {
      expect((await t.http.get(`/api/job-board/offers/${hidden!.id}`)).status).toBe(404);
    }
    const paged = await board('pageSize=2&page=2');
    expect(paged.body).toMatchObject({ total: 5, page: 2, pageSize: 2 });
    expect(ids(paged.body)).toEqual([offers.warehouseMurrhardt!.id, offers.cookSchorndorf!.id]);
  });

  it('carries the occupation labels in every language, the company and the town', async () => {
    const response = await board(`townAgs=${TOWN.fellbach}`);
    expect(response.body.items).toHaveLength(1);
    const [item] = response.body.items;
    expect(item).toMatchObject({
      id: offers.welderFellbach!.id,
      kind: 'apprenticeship',
      company: { id: employer.companyId, name: `Remstal Werke ${tag}`, logoUrl: null },
      place: { townAgs: TOWN.fellbach, townName: 'Fellbach', street: null },
      distanceKm: null,
      occupation: { code: OCCUPATION.welder, field: 'metal', iscoGroup: '7212' },
      germanMinimum: { highest: 'B1' },
      suitableForCareerChangers: true,
    });
    expect(item.occupation.labels).toMatchObject({
      de: { text: 'Schweißer/Schweißerin', source: 'esco' },
      en: { text: 'welder', source: 'esco' },
      fa: { text: 'جوشکار', source: 'passgenau' },
      uk: { source: 'passgenau' },
      ar: { source: 'esco' },
    });
  });

  it('filters by distance from a town and sorts by it', async () => {
    const near = await board(`nearTown=${TOWN.waiblingen}&radiusKm=20`);
    expect(near.status).toBe(200);
    expect(near.body.near).toEqual({ ags: TOWN.waiblingen, name: 'Waiblingen' });
    expect(near.body.items.map((i: Item) => [i.id, i.distanceKm])).toEqual([
      [offers.welderFellbach!.id, 3.2],
      [offers.cookSchorndorf!.id, 15.7],
    ]);
    // All within reach of Waiblingen, nearest first; offers without a place come last.
    const all = await board(`nearTown=${TOWN.waiblingen}`);
    expect(ids(all.body)).toEqual(
      [
        offers.welderFellbach,
        offers.cookSchorndorf,
        offers.warehouseMurrhardt,
        offers.careBerlin,
        offers.noSite,
      ].map((o) => o!.id),
    );
    // SQL and the domain function agree.
    const [town] = await db(t).query(`SELECT lat, lon FROM town WHERE ags = $1`, [TOWN.waiblingen]);
    for (const item of all.body.items.filter((i: { place: unknown }) => i.place)) {
      expect(item.distanceKm).toBeCloseTo(distanceKm(town, item.place), 1);
    }
    const tooFar = await board(`nearTown=${TOWN.waiblingen}&radiusKm=2`);
    expect(tooFar.body.items).toEqual([]);
    const unknownTown = await board(`nearTown=09162000`);
    expect(unknownTown.status).toBe(400);
    expect(unknownTown.body.errors[0].field).toBe('nearTown');
  });

  it('filters by kind of work, occupational field, ISCO group, German level and career changers', async () => {
    expect(ids((await board('kind=job')).body).sort()).toEqual(
      [offers.cookSchorndorf!.id, offers.warehouseMurrhardt!.id].sort(),
    );
    expect(ids((await board('kind=eq&kind=internship')).body).sort()).toEqual(
      [offers.careBerlin!.id, offers.noSite!.id].sort(),
    );
    expect(ids((await board('kind=eq,apprenticeship')).body).sort()).toEqual(
      [offers.careBerlin!.id, offers.welderFellbach!.id].sort(),
    );
    expect(ids((await board('field=gastronomy')).body)).toEqual([offers.cookSchorndorf!.id]);
    expect(ids((await board('field=logistics')).body).sort()).toEqual(
      [offers.noSite!.id, offers.warehouseMurrhardt!.id].sort(),
    );
    expect(ids((await board('iscoGroup=7')).body)).toEqual([offers.welderFellbach!.id]);
    expect(ids((await board(`occupationCode=${encodeURIComponent(OCCUPATION.cook)}`)).body)).toEqual([
      offers.cookSchorndorf!.id,
    ]);
    // A1: only offers asking for A1 or nothing; B1 adds the welder (speaking B1); the warehouse wants writing B2.
    expect(ids((await board('maxGermanLevel=A1')).body).sort()).toEqual(
      [offers.careBerlin!.id, offers.cookSchorndorf!.id, offers.noSite!.id].sort(),
    );
    expect(ids((await board('maxGermanLevel=B1')).body)).toContain(offers.welderFellbach!.id);
    expect(ids((await board('maxGermanLevel=B1')).body)).not.toContain(offers.warehouseMurrhardt!.id);
    expect(ids((await board('suitableForCareerChangers=true')).body)).toEqual([offers.welderFellbach!.id]);
    const bad = await board('kind=volunteering&maxGermanLevel=D1&field=space');
    expect(bad.status).toBe(400);
    expect([...new Set(bad.body.errors.map((e: { field: string }) => e.field))].sort()).toEqual([
      'field',
      'kind',
      'maxGermanLevel',
    ]);
  });

  it('finds offers by words in any language of the occupation, and without German letters', async () => {
    const farsi = await t.http.get(
      `/api/job-board/offers?q=${encodeURIComponent('جوشکار')}&townAgs=${TOWN.fellbach}`,
    );
    expect(ids(farsi.body)).toContain(offers.welderFellbach!.id);
    const typed = await t.http.get(`/api/job-board/offers?q=Schweisser&townAgs=${TOWN.fellbach}`);
    expect(ids(typed.body)).toContain(offers.welderFellbach!.id);
    const both = await t.http.get(
      `/api/job-board/offers?q=${encodeURIComponent('köchin')}&townAgs=${TOWN.schorndorf}`,
    );
    expect(ids(both.body)).toContain(offers.cookSchorndorf!.id);
    const literal = await t.http.get('/api/job-board/offers?q=100%25_');
    expect(literal.status).toBe(200);
  });

  it('shows the detail of an open offer with competences and the firm’s languages', async () => {
    const detail = await t.http.get(`/api/job-board/offers/${offers.welderFellbach!.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({
      id: offers.welderFellbach!.id,
      requiredCompetences: [],
      helpfulLanguages: [],
      companyProfile: { languages: [], canHostInterpreters: false },
      interestMarkedAt: null,
    });
  });

  it('candidates and their mentors mark interest; others cannot act for a candidate', async () => {
    const candidate = await createAccount(t, 'candidate');
    const mentor = await createAccount(t, 'mentor');
    const stranger = await createAccount(t, 'mentor');
    await authorise(t, candidate, mentor);
    const offerId = offers.cookSchorndorf!.id;

    const own = await t.http.put(`/api/job-board/offers/${offerId}/interest`).set(bearer(candidate)).send({});
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({ offerId, candidateId: candidate.candidateId, markedOnBehalf: false });
    expect(
      (await t.http.put(`/api/job-board/offers/${offerId}/interest`).set(bearer(candidate)).send({})).status,
    ).toBe(200);
    const detail = await t.http.get(`/api/job-board/offers/${offerId}`).set(bearer(candidate));
    expect(detail.body.interestMarkedAt).toEqual(own.body.markedAt);

    const forCandidate = await t.http
      .put(`/api/job-board/offers/${offers.welderFellbach!.id}/interest`)
      .set(bearer(mentor))
      .send({ candidateId: candidate.candidateId });
    expect(forCandidate.status).toBe(200);
    expect(forCandidate.body.markedOnBehalf).toBe(true);
    const list = await t.http
      .get(`/api/offer-interests?candidateId=${candidate.candidateId}`)
      .set(bearer(mentor));
    expect(list.body.map((i: { offerId: string }) => i.offerId).sort()).toEqual(
      [offerId, offers.welderFellbach!.id].sort(),
    );
    expect((await t.http.get('/api/offer-interests').set(bearer(candidate))).body).toHaveLength(2);

    const notAuthorised = await t.http
      .put(`/api/job-board/offers/${offerId}/interest`)
      .set(bearer(stranger))
      .send({ candidateId: candidate.candidateId });
    expect(notAuthorised.status).toBe(404);
    const noCandidate = await t.http
      .put(`/api/job-board/offers/${offerId}/interest`)
      .set(bearer(mentor))
      .send({});
    expect(noCandidate.status).toBe(400);
    expect(noCandidate.body.errors[0].field).toBe('candidateId');
    const otherCandidate = await createAccount(t, 'candidate');
    expect(
      (
        await t.http
          .put(`/api/job-board/offers/${offerId}/interest`)
          .set(bearer(otherCandidate))
          .send({ candidateId: candidate.candidateId })
      ).status,
    ).toBe(404);
    expect(
      (await t.http.put(`/api/job-board/offers/${offers.draft!.id}/interest`).set(bearer(candidate)).send({}))
        .status,
    ).toBe(404);
    expect(
      (await t.http.put(`/api/job-board/offers/${offerId}/interest`).set(bearer(employer)).send({})).status,
    ).toBe(403);

    const counted = await t.http.get(`/api/offers/${offerId}`).set(bearer(employer));
    expect(counted.body.interestCount).toBe(1);
    expect(
      (await t.http.delete(`/api/job-board/offers/${offerId}/interest`).set(bearer(candidate))).status,
    ).toBe(204);
    expect((await t.http.get(`/api/offers/${offerId}`).set(bearer(employer))).body.interestCount).toBe(0);
    expect(
      (
        await t.http
          .delete(
            `/api/job-board/offers/${offers.welderFellbach!.id}/interest?candidateId=${candidate.candidateId}`,
          )
          .set(bearer(mentor))
      ).status,
    ).toBe(204);
    expect((await t.http.get('/api/offer-interests').set(bearer(candidate))).body).toEqual([]);
  });
});
