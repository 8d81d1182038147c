import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createTestApp, type TestApp } from '../../../../test/test-app';
import { bearer, createAccount, db, type TestAccount } from '../../../../test/factories';
import { createEmployer, TOWN } from '../test-factories';

const FIXTURE = JSON.parse(
  readFileSync(
    resolve(__dirname, '../../../../reference-data/fixtures/jobsuche_search_response_example.json'),
    'utf8',
  ),
);
const BAUELEKTRIKER = 'http://data.europa.eu/esco/occupation/33960bab-4423-4808-af6c-ec2b485dba41';
const KOCH = 'http://data.europa.eu/esco/occupation/90f75f67-495d-49fa-ab57-2f320e251d7e';

function listing(refnr: string, overrides: Record<string, unknown> = {}) {
  return {
    refnr,
    beruf: 'Koch/Köchin',
    titel: 'Koch (m/w/d) für unser Gasthaus',
    arbeitgeber: `Gasthaus Krone ${refnr}`,
    kundennummerHash: `hash-${refnr}`,
    aktuelleVeroeffentlichungsdatum: '2026-11-02',
    eintrittsdatum: '2026-12-01',
    modifikationsTimestamp: '2026-11-02T08:15:00.000',
    arbeitsort: {
      plz: '71332',
      ort: 'Waiblingen',
      strasse: 'Lange Straße 4',
      region: 'Baden-Württemberg',
      land: 'Deutschland',
      koordinaten: { lat: 48.8302, lon: 9.3155 },
    },
    ...overrides,
  };
}

describe('import of job-agency offers (BA Jobsuche)', () => {
  let t: TestApp;
  let iba: TestAccount;
  const importAs = (account: TestAccount, body: unknown, query = '') =>
    t.http
      .post(`/api/offer-imports/ba-jobsuche${query}`)
      .set(bearer(account))
      .send(body as object);

  beforeAll(async () => {
    t = await createTestApp();
    iba = await createAccount(t, 'iba_staff');
  });

  afterAll(async () => {
    await t.app.close();
  });

  it('imports the example response; a second run creates no duplicates', async () => {
    const first = await importAs(iba, FIXTURE);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({
      created: 1,
      updated: 0,
      unchanged: 0,
      skipped: [],
      companiesCreated: 1,
      unmappedOccupations: 0,
    });
    const second = await importAs(iba, FIXTURE);
    expect(second.body).toEqual({
      created: 0,
      updated: 0,
      unchanged: 1,
      skipped: [],
      companiesCreated: 0,
      unmappedOccupations: 0,
    });

    const offers = await db(t).query(
      `SELECT id, company_id FROM offer WHERE source = 'ba-jobsuche' AND external_ref = '10000-1184867112-S'`,
    );
    expect(offers).toHaveLength(1);
    const companies = await db(t).query(
      `SELECT id, source FROM company WHERE name = 'Gröger & Oltermann Sicherheits- und Elektrotechnik GmbH'`,
    );
    expect(companies).toEqual([{ id: offers[0].company_id, source: 'ba-jobsuche' }]);
    const sites = await db(t).query(
      `SELECT town_ags, locality, postal_code, lat, lon, coordinates_entered FROM company_site WHERE company_id = $1`,
      [offers[0].company_id],
    );
    // Berlin is not in the towns list: the listing's coordinates are kept.
    expect(sites).toEqual([
      {
        town_ags: null,
        locality: 'Berlin',
        postal_code: '90537',
        lat: 52.4926832,
        lon: 13.4025753,
        coordinates_entered: true,
      },
    ]);

    const admin = await createAccount(t, 'admin');
    const offer = await t.http.get(`/api/offers/${offers[0].id}`).set(bearer(admin));
    expect(offer.body).toMatchObject({
      title: 'Elektroinstallateur/in',
      kind: 'job',
      status: 'open',
      source: 'ba-jobsuche',
      externalRef: '10000-1184867112-S',
      externalUrl: 'https://www.arbeitsagentur.de/jobsuche/jobdetail/10000-1184867112-S',
      occupationText: 'Elektroinstallateur/in',
      // "Elektroinstallateur" is an alternative German label of this ESCO occupation.
      occupationMapping: 'alternative-label',
      occupation: { code: BAUELEKTRIKER },
      startsOn: '2021-07-26',
      publishedAt: expect.stringMatching(/^2021-07-2[45]T2[23]:00:00/),
    });
  });

  it('reports and skips malformed records and imports the rest, each in its own savepoint', async () => {
    const tag = Date.now().toString(36);
    const { arbeitgeber: _, ...noEmployer } = listing(`${tag}-2`);
    const badCoordinates = listing(`${tag}-3`, {
      arbeitsort: { plz: '71332', ort: 'Waiblingen', koordinaten: { lat: 'north', lon: 9.3 } },
    });
    const response = await importAs(
      iba,
      {
        stellenangebote: [
          listing(`${tag}-1`),
          { beruf: 'Koch/Köchin', arbeitgeber: 'Ohne Nummer' },
          noEmployer,
          badCoordinates,
          listing(`${tag}-4`, {
            beruf: 'Helfer/in - Küche',
            titel: undefined,
            arbeitsort: { plz: '73553', ort: 'Welzheim', strasse: 'Marktplatz 1' },
          }),
          'kein Objekt',
        ],
        maxErgebnisse: '6',
        page: '1',
        size: '25',
      },
      '?kind=job',
    );
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      created: 2,
      updated: 0,
      unchanged: 0,
      companiesCreated: 2,
      unmappedOccupations: 1,
      skipped: [
        { index: 1, refnr: null, reason: 'missing refnr' },
        { index: 2, refnr: `${tag}-2`, reason: 'missing arbeitgeber' },
        { index: 3, refnr: `${tag}-3`, reason: 'bad coordinates' },
        { index: 5, refnr: null, reason: 'not an object' },
      ],
    });
    const [cook] = await db(t).query(
      `SELECT id, occupation_code, occupation_mapping FROM offer WHERE external_ref = $1`,
      [`${tag}-1`],
    );
    expect(cook).toMatchObject({ occupation_code: KOCH, occupation_mapping: 'preferred-label' });
    const [helper] = await db(t).query(
      `SELECT id, title, occupation_code, occupation_mapping FROM offer WHERE external_ref = $1`,
      [`${tag}-4`],
    );
    expect(helper).toEqual({
      id: expect.any(String),
      title: 'Helfer/in - Küche',
      occupation_code: null,
      occupation_mapping: 'unmapped',
    });
    expect(
      await db(t).query(`SELECT 1 FROM offer WHERE external_ref = ANY($1)`, [[`${tag}-2`, `${tag}-3`]]),
    ).toEqual([]);

    // Places in the district land on the job board in their town (Welzheim shares 73553 with other towns).
    const waiblingen = await t.http.get(
      `/api/job-board/offers?townAgs=${TOWN.waiblingen}&q=${encodeURIComponent(`Gasthaus Krone ${tag}-1`)}`,
    );
    expect(waiblingen.body.items.map((i: { id: string }) => i.id)).toEqual([cook.id]);
    expect(waiblingen.body.items[0]).toMatchObject({
      source: 'ba-jobsuche',
      occupation: { code: KOCH },
      place: { townName: 'Waiblingen', postalCode: '71332' },
    });
    const welzheim = await t.http.get(
      `/api/job-board/offers?townAgs=08119084&q=${encodeURIComponent(`Gasthaus Krone ${tag}-4`)}`,
    );
    expect(welzheim.body.items.map((i: { id: string }) => i.id)).toEqual([helper.id]);
  });

  it('updates by refnr, keeps the company by its customer number or name, and rolls back a record that fails', async () => {
    const tag = `u${Date.now().toString(36)}`;
    const employer = await createEmployer(t);
    await t.http
      .patch(`/api/companies/${employer.companyId}`)
      .set(bearer(employer))
      .send({ name: `Bäckerei Maier ${tag}` });
    const first = await importAs(iba, {
      stellenangebote: [
        listing(`${tag}-1`),
        listing(`${tag}-2`, {
          arbeitgeber: `Bäckerei Maier ${tag}`,
          kundennummerHash: undefined,
          beruf: 'Bäcker/in',
          titel: 'Bäcker/in',
        }),
      ],
    });
    expect(first.body).toMatchObject({ created: 2, companiesCreated: 1 });
    // Matched by name: the offer belongs to the firm that is already on Passgenau.
    const [bakery] = await db(t).query(`SELECT company_id FROM offer WHERE external_ref = $1`, [`${tag}-2`]);
    expect(bakery.company_id).toBe(employer.companyId);

    const changed = await importAs(
      iba,
      {
        stellenangebote: [
          listing(`${tag}-1`, {
            titel: 'Koch/Köchin ab sofort',
            arbeitgeber: `Gasthaus Krone am Markt ${tag}`,
          }),
          listing(`${tag}-2`, {
            arbeitgeber: `Bäckerei Maier ${tag}`,
            kundennummerHash: undefined,
            beruf: 'Bäcker/in',
            titel: 'Bäcker/in',
          }),
        ],
      },
      '?kind=apprenticeship',
    );
    expect(changed.body).toMatchObject({
      created: 0,
      updated: 2,
      unchanged: 0,
      companiesCreated: 0,
      skipped: [],
    });
    const rows = await db(t).query(
      `SELECT o.title, o.kind, c.name FROM offer o JOIN company c ON c.id = o.company_id WHERE o.external_ref = $1`,
      [`${tag}-1`],
    );
    // Same customer number: same company, renamed as the job agency now names it.
    expect(rows).toEqual([
      { title: 'Koch/Köchin ab sofort', kind: 'apprenticeship', name: `Gasthaus Krone am Markt ${tag}` },
    ]);
    expect(
      (
        await db(t).query(`SELECT count(*)::int AS n FROM company WHERE ba_customer_hash = $1`, [
          `hash-${tag}-1`,
        ])
      )[0].n,
    ).toBe(1);

    // A record that breaks in the database (a firm name the company table refuses) leaves nothing behind.
    await db(t).query(
      `ALTER TABLE company ADD CONSTRAINT test_no_broken_names CHECK (name NOT LIKE '%KAPUTT%') NOT VALID`,
    );
    try {
      const partial = await importAs(iba, {
        stellenangebote: [listing(`${tag}-3`, { arbeitgeber: `KAPUTT ${tag}` }), listing(`${tag}-4`)],
      });
      expect(partial.body).toMatchObject({
        created: 1,
        skipped: [{ index: 0, refnr: `${tag}-3`, reason: 'could not be stored' }],
      });
    } finally {
      await db(t).query(`ALTER TABLE company DROP CONSTRAINT test_no_broken_names`);
    }
    expect(await db(t).query(`SELECT 1 FROM company WHERE name = $1`, [`KAPUTT ${tag}`])).toEqual([]);
    expect(await db(t).query(`SELECT 1 FROM offer WHERE external_ref = $1`, [`${tag}-3`])).toEqual([]);
    expect(await db(t).query(`SELECT 1 FROM offer WHERE external_ref = $1`, [`${tag}-4`])).toHaveLength(1);
  });

  it('only admins and IBA staff import; the body must be a Jobsuche response', async () => {
    for (const role of ['employer', 'coordinator', 'mentor', 'candidate'] as const) {
      const account = await createAccount(t, role);
      expect((await importAs(account, FIXTURE)).status).toBe(403);
    }
    expect((await t.http.post('/api/offer-imports/ba-jobsuche').send(FIXTURE)).status).toBe(401);
    const admin = await createAccount(t, 'admin');
    const empty = await importAs(admin, {});
    expect(empty.status).toBe(400);
    expect(empty.body.errors[0].field).toBe('stellenangebote');
    const extra = await importAs(admin, { stellenangebote: [], jobs: [] });
    expect(extra.status).toBe(400);
    expect(extra.body.errors[0].field).toBe('jobs');
    const kind = await importAs(admin, FIXTURE, '?kind=volunteering');
    expect(kind.body.errors[0].field).toBe('kind');
  });
});
