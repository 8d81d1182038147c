import {
  DEMO_EMPLOYER_FIRM,
  DEMO_FIRMS,
  seedDemoCompanies,
} from '../../database/seeds/demo-companies.seeder';
import { DEMO_COMPANY } from '../../database/seeds/demo-data.seeder';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { db } from '../../../test/factories';

describe('demo firms and offers', () => {
  let t: TestApp;

  beforeAll(async () => {
    // The global setup prepared the database like a start with demo data.
    t = await createTestApp();
  });

  afterAll(async () => {
    await t.app.close();
  });

  it('seeds 40+ firms across the district with every offer on a real occupation', async () => {
    const [firms] = await db(t).query(
      `SELECT count(DISTINCT c.id)::int AS firms, count(DISTINCT s.town_ags)::int AS towns
         FROM company c JOIN company_site s ON s.company_id = c.id WHERE c.name LIKE '%(Demo)'`,
    );
    expect(firms.firms).toBeGreaterThanOrEqual(41);
    expect(firms.towns).toBeGreaterThanOrEqual(25);
    const [{ offers }] = await db(t).query(
      `SELECT count(*)::int AS offers FROM offer o JOIN company c ON c.id = o.company_id WHERE c.name LIKE '%(Demo)'`,
    );
    // None was dropped for an unknown occupation code.
    const all = [DEMO_EMPLOYER_FIRM, ...DEMO_FIRMS];
    expect(offers).toBe(all.reduce((sum, firm) => sum + firm.offers.length, 0));
    const [{ competences }] = await db(t).query(
      `SELECT count(*)::int AS competences FROM offer_competence oc JOIN offer o ON o.id = oc.offer_id JOIN company c ON c.id = o.company_id
        WHERE c.name LIKE '%(Demo)'`,
    );
    // Nor any competence for an unknown code.
    expect(competences).toBe(
      all
        .flatMap((f) => f.offers)
        .reduce((sum, o) => sum + new Set([...(o.skills ?? []), ...(o.niceSkills ?? [])]).size, 0),
    );
    const kinds = await db(t).query(
      `SELECT DISTINCT kind FROM offer o JOIN company c ON c.id = o.company_id WHERE c.name LIKE '%(Demo)' ORDER BY kind`,
    );
    expect(kinds.map((k: { kind: string }) => k.kind)).toEqual(['apprenticeship', 'eq', 'internship', 'job']);
  });

  it('gives the demo employer’s firm a full profile, a site in Waiblingen and offers on the job board', async () => {
    const [company] = await db(t).query(`SELECT id FROM company WHERE name = $1`, [DEMO_COMPANY]);
    const profile = await t.http.get(`/api/companies/${company.id}`);
    expect(profile.body).toMatchObject({
      wzSection: 'C',
      sizeBand: '10-49',
      offersTours: true,
      showcase: { listed: true },
    });
    expect(profile.body.sites[0]).toMatchObject({ townName: 'Waiblingen', isMain: true });
    expect(profile.body.openOfferCount).toBe(4);
    const board = await t.http.get(
      `/api/job-board/offers?q=${encodeURIComponent('Metallbau Remstal')}&pageSize=50`,
    );
    expect(board.body.items.length).toBeGreaterThanOrEqual(4);
    const showcase = await t.http.get('/api/showcase?pageSize=100');
    expect(showcase.body.total).toBeGreaterThanOrEqual(5);
  });

  it('runs again without duplicating anything, fast', async () => {
    const count = async () =>
      (
        await db(t).query(
          `SELECT (SELECT count(*) FROM company) + (SELECT count(*) FROM offer) + (SELECT count(*) FROM company_site) AS n`,
        )
      )[0].n;
    const before = await count();
    const started = Date.now();
    expect(await seedDemoCompanies(db(t))).toBe(0);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(await count()).toBe(before);
  });
});
