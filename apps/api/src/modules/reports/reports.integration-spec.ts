import { randomBytes } from 'node:crypto';
import { occupationalField } from '@passgenau/domain';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { bearer, createAccount, db, type TestAccount } from '../../../test/factories';
import { OCCUPATION, TOWN } from '../companies/test-factories';
import { ReportsService } from './reports.service';

/**
 * The district report: counts by month, town and field, small cells suppressed, staff only.
 * Profiles are placed in months long past (published_at set directly), so that profiles other
 * tests publish today never change these counts.
 */
describe('district report', () => {
  let t: TestApp;
  let coordinator: TestAccount;
  let welderField: string;
  let warehouseField: string;

  /** A published profile (candidate account plus profile row) published at `publishedAt`. */
  async function profile(town: string, publishedAt: string, occupation: string = OCCUPATION.welder) {
    const candidate = await createAccount(t, 'candidate');
    await db(t).query(
      `INSERT INTO candidate_profile (candidate_id, pseudonym, status, published_at, confirmed_at, wished_occupations, home_town_ags)
       VALUES ($1, $2, 'published', $3, now(), ARRAY[$4], $5)`,
      [candidate.candidateId, `Report-${randomBytes(4).toString('hex')}`, publishedAt, occupation, town],
    );
    return candidate.candidateId!;
  }

  const report = (account: TestAccount, query: Record<string, string>) =>
    t.http.get('/api/reports/district').query(query).set(bearer(account));

  beforeAll(async () => {
    t = await createTestApp();
    coordinator = await createAccount(t, 'coordinator');
    const fieldOf = async (code: string) => {
      const [concept] = await db(t).query(
        `SELECT curated_field, isco_group FROM taxonomy_concept WHERE code = $1`,
        [code],
      );
      return occupationalField(concept.curated_field, concept.isco_group);
    };
    welderField = await fieldOf(OCCUPATION.welder);
    warehouseField = await fieldOf(OCCUPATION.warehouseWorker);
    expect(warehouseField).not.toBe(welderField);
    // March 2019: Waiblingen 7, Fellbach 3, Schorndorf 6 (welders). April 2019: Waiblingen 5 (welders),
    // Backnang 6 (warehouse workers). A draft is not counted.
    const waiblingen: string[] = [];
    const schorndorf: string[] = [];
    for (let i = 0; i < 7; i++) waiblingen.push(await profile(TOWN.waiblingen, '2019-03-10T12:00:00+01:00'));
    for (let i = 0; i < 3; i++) await profile(TOWN.fellbach, '2019-03-20T12:00:00+01:00');
    for (let i = 0; i < 6; i++) schorndorf.push(await profile(TOWN.schorndorf, '2019-03-31T23:30:00+02:00'));
    for (let i = 0; i < 5; i++) await profile(TOWN.waiblingen, '2019-04-02T09:00:00+02:00');
    for (let i = 0; i < 6; i++)
      await profile(TOWN.backnang, '2019-04-15T09:00:00+02:00', OCCUPATION.warehouseWorker);
    // Requests: Waiblingen 7 (5 accepted, each with a trial day in April; 2 declined), Schorndorf 6 open.
    await contacts(waiblingen, [
      'accepted',
      'accepted',
      'accepted',
      'accepted',
      'accepted',
      'declined',
      'declined',
    ]);
    await contacts(schorndorf, ['open', 'open', 'open', 'open', 'open', 'open']);
    const draft = await createAccount(t, 'candidate');
    await db(t).query(
      `INSERT INTO candidate_profile (candidate_id, pseudonym, status, published_at, wished_occupations, home_town_ags)
       VALUES ($1, $2, 'draft', '2019-03-12T12:00:00Z', ARRAY[$3], $4)`,
      [draft.candidateId, `Report-${randomBytes(4).toString('hex')}`, OCCUPATION.welder, TOWN.waiblingen],
    );
  });

  /** Contact requests sent in March 2019 (the contacts feature's table), with outcomes in April. */
  async function contacts(candidateIds: string[], statuses: string[]) {
    const employer = await createAccount(t, 'employer');
    for (const [i, candidateId] of candidateIds.entries()) {
      const [request] = await db(t).query(
        `INSERT INTO contact_request (company_id, candidate_id, sent_by_account_id, message, status, created_at)
         VALUES ($1, $2, $3, 'Guten Tag', $4, '2019-03-15T12:00:00+01:00') RETURNING id`,
        [employer.companyId, candidateId, employer.accountId, statuses[i]],
      );
      if (statuses[i] === 'accepted')
        await db(t).query(
          `INSERT INTO contact_outcome (contact_request_id, stage, occurred_on, recorded_by_role) VALUES ($1, 'trial', '2019-04-10', 'iba_staff')`,
          [request.id],
        );
    }
  }

  afterAll(async () => {
    await t.app.close();
  });

  it('counts published profiles by town and suppresses small cells and the cell that would reveal them', async () => {
    const response = await report(coordinator, { groupBy: 'town', from: '2019-03', to: '2019-03' });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ groupBy: 'town', from: '2019-03', to: '2019-03', threshold: 5 });
    const byTown = new Map<string | null, number | null>(
      response.body.rows.map((r: { key: string | null; values: { publishedProfiles: number | null } }) => [
        r.key,
        r.values.publishedProfiles,
      ]),
    );
    expect(byTown.get(TOWN.waiblingen)).toBe(7);
    // 3 is below 5; 6 is suppressed too, or 16 − 7 would give Fellbach's 3.
    expect(byTown.get(TOWN.fellbach)).toBeNull();
    expect(byTown.get(TOWN.schorndorf)).toBeNull();
    expect(byTown.get(TOWN.murrhardt)).toBeNull();
    expect(response.body.totals.publishedProfiles).toBe(16);
    // Every town of the district is a row, whatever the data.
    const [{ towns }] = await db(t).query(`SELECT count(*)::int AS towns FROM town`);
    expect(response.body.rows).toHaveLength(towns + 1);
    const row = response.body.rows.find((r: { key: string }) => r.key === TOWN.waiblingen);
    expect(row.label).toBe('Waiblingen');
    // Nothing below 5 anywhere.
    for (const r of response.body.rows)
      for (const v of Object.values(r.values)) if (v !== null) expect(v).toBeGreaterThanOrEqual(5);
  });

  it('groups by month (Europe/Berlin) and by occupational field, with filters', async () => {
    const months = await report(coordinator, { groupBy: 'month', from: '2019-02', to: '2019-05' });
    expect(months.status).toBe(200);
    expect(months.body.rows.map((r: { key: string }) => r.key)).toEqual([
      '2019-02',
      '2019-03',
      '2019-04',
      '2019-05',
    ]);
    expect(
      months.body.rows.map(
        (r: { values: { publishedProfiles: number | null } }) => r.values.publishedProfiles,
      ),
    ).toEqual([null, 16, null, null]); // April (11) is hidden with the two empty months, or the total would give their sum (0)
    expect(months.body.totals.publishedProfiles).toBe(27);

    const fellbach = await report(coordinator, {
      groupBy: 'month',
      from: '2019-03',
      to: '2019-04',
      town: TOWN.fellbach,
    });
    expect(fellbach.status).toBe(200);
    expect(
      fellbach.body.rows.map(
        (r: { values: { publishedProfiles: number | null } }) => r.values.publishedProfiles,
      ),
    ).toEqual([null, null]);
    expect(fellbach.body.totals.publishedProfiles).toBeNull();

    const fields = await report(coordinator, { groupBy: 'field', from: '2019-03', to: '2019-04' });
    expect(fields.status).toBe(200);
    const welders = fields.body.rows.find((r: { key: string }) => r.key === welderField);
    expect(welders.values.publishedProfiles).toBe(21);
    // 6 warehouse workers: hidden, or the total (27) minus 21 would give the empty fields' sum.
    const warehouse = fields.body.rows.find((r: { key: string }) => r.key === warehouseField);
    expect(warehouse.values.publishedProfiles).toBeNull();
    expect(fields.body.totals.publishedProfiles).toBe(27);

    const welderTowns = await report(coordinator, {
      groupBy: 'town',
      from: '2019-03',
      to: '2019-04',
      occupationalField: welderField,
    });
    const towns = new Map<string, number | null>(
      welderTowns.body.rows.map((r: { key: string; values: { publishedProfiles: number | null } }) => [
        r.key,
        r.values.publishedProfiles,
      ]),
    );
    expect(towns.get(TOWN.waiblingen)).toBe(12);
    expect(towns.get(TOWN.schorndorf)).toBeNull();
    expect(towns.get(TOWN.backnang)).toBeNull();
    expect(welderTowns.body.totals.publishedProfiles).toBe(21);
    const none = ['care', 'logistics', 'cleaning'].find((f) => f !== welderField && f !== warehouseField)!;
    const other = await report(coordinator, {
      groupBy: 'town',
      from: '2019-03',
      to: '2019-04',
      occupationalField: none,
    });
    expect(other.body.totals.publishedProfiles).toBeNull();
  });

  it('counts employer searches (first pages only, not staff searches) by month, town and field', async () => {
    const employer = await createAccount(t, 'employer');
    const staff = await createAccount(t, 'iba_staff');
    const counted = async () => {
      await t.app.get(ReportsService).flushSearchCounts();
      const [row] = await db(t).query(
        `SELECT searches FROM employer_search_count
          WHERE month = date_trunc('month', now() AT TIME ZONE 'Europe/Berlin')::date AND town_ags = $1 AND occupational_field = 'care'`,
        [TOWN.murrhardt],
      );
      return row?.searches ?? 0;
    };
    const before = await counted();
    const query = { near: TOWN.murrhardt, occupationalField: 'care' };
    for (let i = 0; i < 6; i++)
      await t.http.get('/api/candidate-search').query(query).set(bearer(employer)).expect(200);
    await t.http
      .get('/api/candidate-search')
      .query({ ...query, page: 2 })
      .set(bearer(employer))
      .expect(200);
    await t.http.get('/api/candidate-search').query(query).set(bearer(staff)).expect(200);
    // Invalid searches are not counted.
    await t.http
      .get('/api/candidate-search')
      .query({ ...query, radiusKm: 999 })
      .set(bearer(employer))
      .expect(400);
    expect(await counted()).toBe(before + 6);
    // Several fields: counted once, without a field.
    await t.http
      .get('/api/candidate-search')
      .query({ occupationalField: ['care', 'logistics'] })
      .set(bearer(employer))
      .expect(200);
    expect(await counted()).toBe(before + 6);

    const [{ month }] = await db(t).query(
      `SELECT to_char(now() AT TIME ZONE 'Europe/Berlin', 'YYYY-MM') AS month`,
    );
    const response = await report(coordinator, {
      groupBy: 'month',
      from: month,
      to: month,
      town: TOWN.murrhardt,
      occupationalField: 'care',
    });
    expect(response.status).toBe(200);
    expect(response.body.rows).toEqual([
      expect.objectContaining({
        key: month,
        values: expect.objectContaining({ employerSearches: before + 6 }),
      }),
    ]);
    expect(response.body.totals.employerSearches).toBe(before + 6);
  });

  it('counts contact requests sent, accepted and declined and outcomes by stage, suppressing small cells', async () => {
    const response = await report(coordinator, { groupBy: 'town', from: '2019-03', to: '2019-04' });
    expect(response.status).toBe(200);
    const waiblingen = response.body.rows.find((r: { key: string }) => r.key === TOWN.waiblingen);
    const schorndorf = response.body.rows.find((r: { key: string }) => r.key === TOWN.schorndorf);
    // 7 and 6 sent: 6 is hidden too, or the total (13) would give the other towns' sum (0).
    expect(waiblingen.values.contactRequestsSent).toBe(7);
    expect(schorndorf.values.contactRequestsSent).toBeNull();
    expect(response.body.totals).toMatchObject({
      contactRequestsSent: 13,
      contactRequestsAccepted: 5,
      contactRequestsDeclined: null,
      outcomesTrial: 5,
      outcomesTalk: null,
      outcomesEnded: null,
    });
    // The single town with accepted requests is hidden: only the total tells them.
    expect(waiblingen.values.contactRequestsAccepted).toBeNull();
    const months = await report(coordinator, {
      groupBy: 'month',
      from: '2019-03',
      to: '2019-04',
      town: TOWN.waiblingen,
    });
    expect(months.body.totals.outcomesTrial).toBe(5);
    expect(months.body.totals.contactRequestsSent).toBe(7);
  });

  it('downloads the report as CSV, suppressed cells as <5, no pseudonyms', async () => {
    const response = await t.http
      .get('/api/reports/district/csv')
      .query({ groupBy: 'town', from: '2019-03', to: '2019-03' })
      .set(bearer(coordinator));
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(response.headers['content-disposition']).toContain('district-report-2019-03-2019-03-by-town.csv');
    const lines = response.text.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'town,label,published_profiles,employer_searches,contact_requests_sent,contact_requests_accepted,contact_requests_declined,' +
        'outcomes_talk,outcomes_trial_day_or_internship,outcomes_apprenticeship_contract,outcomes_employment_contract,outcomes_ended',
    );
    expect(lines).toContain(`${TOWN.waiblingen},Waiblingen,7,<5,7,<5,<5,<5,<5,<5,<5,<5`);
    expect(lines).toContain(`${TOWN.fellbach},Fellbach,<5,<5,<5,<5,<5,<5,<5,<5,<5,<5`);
    expect(lines).toContain(`${TOWN.schorndorf},Schorndorf,<5,<5,<5,<5,<5,<5,<5,<5,<5,<5`);
    expect(lines.at(-1)).toBe('total,,16,<5,13,5,<5,<5,<5,<5,<5,<5');
    expect(response.text).not.toContain('Report-');
  });

  it('is for coordinators, IBA staff and admins only', async () => {
    for (const role of ['iba_staff', 'admin'] as const) {
      const account = await createAccount(t, role);
      expect((await report(account, { from: '2019-03', to: '2019-03' })).status).toBe(200);
    }
    for (const role of ['employer', 'candidate', 'mentor'] as const) {
      const account = await createAccount(t, role);
      const response = await report(account, { from: '2019-03', to: '2019-03' });
      expect(response.status).toBe(403);
      const csv = await t.http.get('/api/reports/district/csv').set(bearer(account));
      expect(csv.status).toBe(403);
    }
    expect((await t.http.get('/api/reports/district')).status).toBe(401);
  });

  it('refuses bad periods and filters with 400 naming the field', async () => {
    const reversed = await report(coordinator, { from: '2019-05', to: '2019-03' });
    expect(reversed.status).toBe(400);
    expect(reversed.body.errors).toEqual([expect.objectContaining({ field: 'from', code: 'DATE_ORDER' })]);
    const long = await report(coordinator, { from: '2015-01', to: '2019-03' });
    expect(long.status).toBe(400);
    expect(long.body.errors).toEqual([expect.objectContaining({ field: 'from', code: 'TOO_LARGE' })]);
    for (const query of <Array<Record<string, string>>>[
      { from: '2019-13' },
      { groupBy: 'candidate' },
      { town: 'Waiblingen' },
      { occupationalField: 'x' },
    ]) {
      const response = await report(coordinator, query);
      expect(response.status).toBe(400);
      expect(response.body.errors[0].field).toBe(Object.keys(query)[0]);
    }
  });
});
