import { SEARCHABLE_PROFILE_CONSENT } from '@passgenau/domain';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { bearer, createAccount, db, type TestAccount } from '../../../test/factories';
import { OCCUPATION, TOWN } from '../companies/test-factories';
import {
  CANDIDATE_DOCUMENT_FIELDS,
  CANDIDATES_INDEX,
  type CandidateDocument,
} from '../matching-index/documents';
import { SEARCH_INDEX, type SearchIndex } from '../../search/search-index';

interface ProfileOptions {
  competences?: Array<{ code: string; evidence?: Array<Record<string, unknown>> }>;
  german?: string;
  /** null: no home town given. */
  town?: string | null;
  kinds?: string[];
  occupations?: string[];
  earliestStart?: string;
  drivingLicences?: string[];
  workPermit?: string;
  mathsLevel?: string;
  computerLevel?: string;
}

async function skillCode(
  t: TestApp,
  q: string,
  lang: string,
): Promise<{ code: string; labels: Record<string, { text: string }> }> {
  const response = await t.http.get('/api/taxonomy/skills').query({ q, lang });
  expect(response.status).toBe(200);
  return response.body.hits[0];
}

describe('employer candidate search over the candidates index', () => {
  let t: TestApp;
  let employer: TestAccount;
  let index: SearchIndex;
  let welding: { code: string; labels: Record<string, { text: string }> };
  let forklift: { code: string; labels: Record<string, { text: string }> };
  let cutting: { code: string; labels: Record<string, { text: string }> };
  let writing: { code: string; labels: Record<string, { text: string }> };
  const made: Record<string, TestAccount> = {};
  const pseudonyms: Record<string, string> = {};

  async function publish(name: string, options: ProfileOptions): Promise<TestAccount> {
    const candidate = await createAccount(t, 'candidate', { name: `Candidate ${name}` });
    await t.http
      .post(`/api/candidates/${candidate.candidateId}/consent`)
      .set(bearer(candidate))
      .send({ textVersion: SEARCHABLE_PROFILE_CONSENT.version })
      .expect(201);
    const saved = await t.http
      .put(`/api/candidates/${candidate.candidateId}/profile`)
      .set(bearer(candidate))
      .send({
        phone: '+49 171 5550100',
        birthYear: 1990,
        mathsLevel: options.mathsLevel,
        computerLevel: options.computerLevel,
        languages: [{ language: 'de', overall: options.german ?? 'B1' }],
        germanCertificates: [],
        competences: (options.competences ?? [{ code: welding.code }]).map((c) => ({
          code: c.code,
          evidence: c.evidence ?? [{ kind: 'self', level: 'good' }],
        })),
        schooling: { years: 10 },
        education: [],
        experience: [],
        texts: [
          {
            subject: 'about',
            version: 'original',
            text: `Ich heiße Candidate ${name}, Tel. 0171 5550100`,
            lang: 'de',
          },
        ],
        wishes: {
          occupations: options.occupations ?? [OCCUPATION.welder],
          kinds: options.kinds ?? ['job'],
          earliestStart: options.earliestStart,
        },
        mobility: {
          homeTownAgs: options.town === null ? undefined : (options.town ?? TOWN.waiblingen),
          homePlace: 'Lange Straße 5',
          travelKm: 25,
          drivingLicences: options.drivingLicences ?? [],
        },
        workPermit: options.workPermit ?? 'permitted',
      });
    expect(saved.status).toBe(200);
    pseudonyms[name] = saved.body.pseudonym;
    const published = await t.http
      .post(`/api/candidates/${candidate.candidateId}/profile/publish`)
      .set(bearer(candidate));
    expect(published.status).toBe(200);
    pseudonyms[name] = published.body.pseudonym;
    made[name] = candidate;
    return candidate;
  }

  /** Polls the search until `check` holds (documents arrive through the outbox worker). */
  async function searchUntil(
    query: Record<string, unknown>,
    check: (body: { hits: Array<{ pseudonym: string }>; total: number }) => boolean,
    timeoutMs = 5_000,
  ) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const response = await t.http.get('/api/candidate-search').query(query).set(bearer(employer));
      expect(response.status).toBe(200);
      if (check(response.body)) return response.body;
      if (Date.now() > deadline)
        throw new Error(`search never satisfied: ${JSON.stringify(response.body).slice(0, 500)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  const ours = (body: { hits: Array<{ pseudonym: string }> }) =>
    body.hits
      .map((h) => h.pseudonym)
      .filter((p) => Object.values(pseudonyms).includes(p))
      .sort();
  const names = (...list: string[]) => list.map((n) => pseudonyms[n]!).sort();

  async function search(query: Record<string, unknown>) {
    const response = await t.http
      .get('/api/candidate-search')
      .query({ pageSize: 50, ...query })
      .set(bearer(employer));
    expect(response.status).toBe(200);
    return response.body;
  }

  beforeAll(async () => {
    t = await createTestApp();
    index = t.app.get(SEARCH_INDEX);
    employer = await createAccount(t, 'employer');
    welding = await skillCode(t, 'لحام', 'ar');
    forklift = await skillCode(t, 'Gabelstapler fahren', 'de');
    cutting = await skillCode(t, 'schneiden', 'de');
    writing = await skillCode(t, 'schreiben', 'de');
    // A unique town per run is not possible; a unique occupation mix is: everything below is
    // narrowed by the competences these profiles have and compared on their pseudonyms.
    await publish('weldA', {
      competences: [
        { code: welding.code },
        { code: forklift.code, evidence: [{ kind: 'self', level: 'basic' }] },
      ],
      german: 'B2',
      town: TOWN.waiblingen,
      kinds: ['job'],
      drivingLicences: ['B'],
      mathsLevel: 'good',
      computerLevel: 'basic',
      earliestStart: '2026-01-01',
    });
    await publish('weldB', {
      competences: [{ code: welding.code }],
      german: 'A2',
      town: TOWN.murrhardt,
      kinds: ['apprenticeship'],
      workPermit: 'needs_approval',
      earliestStart: '2027-06-01',
    });
    await publish('fork', {
      competences: [{ code: forklift.code }],
      german: 'B1',
      town: TOWN.fellbach,
      occupations: [OCCUPATION.warehouseWorker],
      kinds: ['job', 'internship'],
      drivingLicences: ['C', 'CE'],
      computerLevel: 'good',
    });
    await publish('cutWrite', {
      competences: [{ code: cutting.code }, { code: writing.code }],
      german: 'C1',
      town: TOWN.schorndorf,
      occupations: [OCCUPATION.cook],
    });
    await searchUntil({ competences: forklift.code, pageSize: 50 }, (b) => ours(b).length === 2, 30_000);
  }, 120_000);

  afterAll(async () => {
    await t.app.close();
  });

  it('matches competences by code, every code asked for', async () => {
    expect(ours(await search({ competences: welding.code }))).toEqual(names('weldA', 'weldB'));
    expect(ours(await search({ competences: `${welding.code},${forklift.code}` }))).toEqual(names('weldA'));
  });

  it('filters by minimum German level, kind of work, availability, driving licence and may work', async () => {
    const base = { competences: welding.code };
    expect(ours(await search({ ...base, minGermanLevel: 'B1' }))).toEqual(names('weldA'));
    expect(ours(await search({ ...base, kindOfWork: 'apprenticeship' }))).toEqual(names('weldB'));
    expect(ours(await search({ ...base, availableBy: '2026-12-31' }))).toEqual(names('weldA'));
    expect(ours(await search({ ...base, drivingLicence: 'B' }))).toEqual(names('weldA'));
    expect(ours(await search({ competences: forklift.code, drivingLicence: 'any' }))).toEqual(
      names('weldA', 'fork'),
    );
    expect(ours(await search({ competences: forklift.code, drivingLicence: 'CE' }))).toEqual(names('fork'));
    expect(ours(await search({ ...base, mayWork: 'with_approval' }))).toEqual(names('weldB'));
    expect(ours(await search({ ...base, mayWork: 'yes' }))).toEqual(names('weldA'));
  });

  it('filters by core skills and occupational field', async () => {
    expect(ours(await search({ competences: forklift.code, coreSkills: 'maths:good' }))).toEqual(
      names('weldA'),
    );
    expect(ours(await search({ competences: forklift.code, coreSkills: 'computer:good' }))).toEqual(
      names('fork'),
    );
    expect(ours(await search({ competences: forklift.code, coreSkills: 'computer' }))).toEqual(
      names('weldA', 'fork'),
    );
    const fields = (await search({ competences: forklift.code })).facets.occupationalField as Array<{
      value: string;
    }>;
    expect(fields.length).toBeGreaterThanOrEqual(1);
    const forkField = (await search({ competences: forklift.code, occupations: OCCUPATION.warehouseWorker }))
      .facets.occupationalField[0].value;
    expect(ours(await search({ competences: forklift.code, occupationalField: forkField }))).toContain(
      pseudonyms['fork'],
    );
    expect(
      ours(await search({ competences: forklift.code, occupations: OCCUPATION.warehouseWorker })),
    ).toEqual(names('fork'));
  });

  it('filters by evidence strength: only assessed competences count when asked', async () => {
    expect(ours(await search({ competences: welding.code, evidence: 'assessed' }))).toEqual([]);
    const iba = await createAccount(t, 'iba_staff');
    const attached = await t.http
      .post('/api/assessments')
      .set(bearer(iba))
      .send({
        candidateId: made['weldB']!.candidateId,
        provider: 'IBA Waiblingen',
        procedure: 'Arbeitsprobe',
        assessedOn: '2026-03-02',
        results: [{ code: welding.code, level: 'good' }],
      });
    expect(attached.status).toBe(201);
    const body = await searchUntil(
      { competences: welding.code, evidence: 'assessed' },
      (b) => ours(b).length === 1,
      15_000,
    );
    expect(ours(body)).toEqual(names('weldB'));
    const hit = body.hits.find((h: { pseudonym: string }) => h.pseudonym === pseudonyms['weldB']);
    expect(hit.matchedCompetences).toEqual([
      expect.objectContaining({ code: welding.code, evidence: 'assessed', byFilter: true }),
    ]);
    expect(ours(await search({ competences: welding.code, evidence: 'iba' }))).toEqual([]);
  });

  it('measures distance from a town and filters by radius, sorted by distance', async () => {
    const body = await search({
      competences: welding.code,
      near: TOWN.waiblingen,
      radiusKm: 10,
      sort: 'distance',
    });
    expect(ours(body)).toEqual(names('weldA'));
    expect(body.near).toMatchObject({ kind: 'town', id: TOWN.waiblingen });
    const all = await search({ competences: welding.code, near: TOWN.waiblingen, sort: 'distance' });
    const mine = all.hits.filter((h: { pseudonym: string }) => ours({ hits: [h] }).length === 1);
    expect(mine.map((h: { pseudonym: string }) => h.pseudonym)).toEqual([
      pseudonyms['weldA'],
      pseudonyms['weldB'],
    ]);
    expect(mine[0].distanceKm).toBe(0);
    expect(mine[1].distanceKm).toBeGreaterThan(15);
    expect(mine[1].townName).toBe('Murrhardt');
  });

  it('sorts by distance town by town and puts candidates without a home town last, across pages', async () => {
    const knead = await skillCode(t, 'knead', 'en');
    await publish('kneadNear', { competences: [{ code: knead.code }], town: TOWN.fellbach });
    await publish('kneadFar', { competences: [{ code: knead.code }], town: TOWN.murrhardt });
    await publish('kneadNowhere', { competences: [{ code: knead.code }], town: null });
    const byDistance = (extra: Record<string, unknown>) =>
      search({ competences: knead.code, near: TOWN.waiblingen, sort: 'distance', ...extra });
    await searchUntil({ competences: knead.code }, (b) => ours(b).length === 3, 30_000);
    const all = await byDistance({});
    expect(all.total).toBe(3);
    expect(all.hits.map((h: { pseudonym: string }) => h.pseudonym)).toEqual([
      pseudonyms['kneadNear'],
      pseudonyms['kneadFar'],
      pseudonyms['kneadNowhere'],
    ]);
    expect(all.hits[2]).toMatchObject({ townName: null, distanceKm: null });
    // One per page: each page is read from the right town (or from those without one).
    for (const [page, name] of [
      [1, 'kneadNear'],
      [2, 'kneadFar'],
      [3, 'kneadNowhere'],
    ] as const) {
      const one = await byDistance({ pageSize: 1, page });
      expect(one.total).toBe(3);
      expect(one.hits.map((h: { pseudonym: string }) => h.pseudonym)).toEqual([pseudonyms[name]]);
    }
    // Facets count every hit, as in a search by relevance.
    const facets = (await byDistance({})).facets.competences as Array<{ value: string; count: number }>;
    expect(facets.find((f) => f.value === knead.code)?.count).toBe(3);
    // A radius keeps only the towns within it.
    expect(ours(await byDistance({ radiusKm: 12 }))).toEqual([pseudonyms['kneadNear']]);
  });

  it('counts facets over all hits', async () => {
    const body = await search({ competences: forklift.code, pageSize: 1 });
    expect(body.hits).toHaveLength(1);
    const count = (facet: Array<{ value: string; count: number }>, value: string) =>
      facet.find((f) => f.value === value)?.count ?? 0;
    expect(count(body.facets.competences, forklift.code)).toBe(body.total);
    expect(count(body.facets.germanLevel, 'B2')).toBeGreaterThanOrEqual(1);
    expect(count(body.facets.kindOfWork, 'internship')).toBeGreaterThanOrEqual(1);
    expect(count(body.facets.drivingLicence, 'CE')).toBeGreaterThanOrEqual(1);
    expect(count(body.facets.mayWork, 'yes')).toBeGreaterThanOrEqual(2);
    expect(count(body.facets.evidence, 'self')).toBeGreaterThanOrEqual(2);
  });

  it('a German query finds a competence entered through its Arabic label', async () => {
    const german = welding.labels['de']!.text;
    const body = await search({ q: german, competences: welding.code });
    expect(ours(body)).toEqual(names('weldA', 'weldB'));
    const free = await search({ q: german, pageSize: 50 });
    expect(ours(free)).toEqual(expect.arrayContaining(names('weldA', 'weldB')));
    const hit = free.hits.find((h: { pseudonym: string }) => h.pseudonym === pseudonyms['weldA']);
    expect(hit.matchedCompetences.map((c: { code: string }) => c.code)).toContain(welding.code);
  });

  it('typos do not turn "Schweißen" into "schneiden" or "schreiben"', async () => {
    for (const skill of [cutting, writing]) {
      expect(ours(await search({ q: 'Schweißen', competences: skill.code }))).toEqual([]);
      expect(ours(await search({ q: skill.labels['de']!.text, competences: skill.code }))).toEqual(
        names('cutWrite'),
      );
    }
  });

  it('the index documents hold nothing outside the pseudonymous whitelist', async () => {
    const documents = await index.allDocuments<CandidateDocument>(CANDIDATES_INDEX);
    const mine = documents.filter((d) => Object.values(made).some((c) => c.candidateId === d.id));
    expect(mine).toHaveLength(Object.keys(made).length);
    for (const doc of mine) {
      for (const key of Object.keys(doc)) expect(CANDIDATE_DOCUMENT_FIELDS).toContain(key);
      const text = JSON.stringify(doc);
      const account = Object.values(made).find((c) => c.candidateId === doc.id)!;
      expect(text).not.toContain(account.email);
      expect(text).not.toContain('Candidate ');
      expect(text).not.toMatch(/5550100|Lange Stra|1990|permitted|needs_approval/);
    }
  });

  it('logs every hit shown as an appearance, once per firm and day', async () => {
    const before = await db(t).query(
      `SELECT count(*)::int AS n FROM access_log_appearance WHERE candidate_id = $1 AND actor_company_id = $2`,
      [made['fork']!.candidateId, employer.companyId],
    );
    await search({ competences: forklift.code });
    await search({ competences: forklift.code });
    const [{ n, seen }] = await db(t).query(
      `SELECT count(*)::int AS n, max(action) AS seen FROM access_log_appearance WHERE candidate_id = $1 AND actor_company_id = $2`,
      [made['fork']!.candidateId, employer.companyId],
    );
    expect(n).toBe(1);
    expect(before[0].n).toBeLessThanOrEqual(1);
    expect(seen).toBe('list_pseudonymous_profiles');
  });

  it('a hit the firm may not see (the candidate blocked it) is neither shown nor counted', async () => {
    const [blocked, free] = [await createAccount(t, 'employer'), await createAccount(t, 'employer')];
    const fork = made['fork']!;
    await db(t).query(`INSERT INTO contact_block (company_id, candidate_id) VALUES ($1, $2)`, [
      blocked.companyId,
      fork.candidateId,
    ]);
    const seen = async (firm: TestAccount) => {
      const response = await t.http
        .get('/api/candidate-search')
        .query({ competences: forklift.code })
        .set(bearer(firm));
      expect(response.status).toBe(200);
      const [{ n }] = await db(t).query(
        `SELECT count(*)::int AS n FROM access_log_appearance WHERE candidate_id = $1 AND actor_company_id = $2`,
        [fork.candidateId, firm.companyId],
      );
      return {
        shown: (response.body.hits as Array<{ pseudonym: string }>).some(
          (h) => h.pseudonym === pseudonyms['fork'],
        ),
        counted: n,
      };
    };
    expect(await seen(free)).toEqual({ shown: true, counted: 1 });
    expect(await seen(blocked)).toEqual({ shown: false, counted: 0 });
  });

  it('refuses firms not yet checked, candidates, and bad input in the one error shape', async () => {
    const pending = await createAccount(t, 'employer');
    await db(t).query(`UPDATE company SET verification_status = 'pending' WHERE id = $1`, [
      pending.companyId,
    ]);
    const refused = await t.http.get('/api/candidate-search').set(bearer(pending));
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('COMPANY_NOT_VERIFIED');
    // The firm's check answers first, whatever else is wrong with the query.
    const refusedTown = await t.http
      .get('/api/candidate-search')
      .query({ near: '99999999' })
      .set(bearer(pending));
    expect(refusedTown.status).toBe(403);
    expect(refusedTown.body.code).toBe('COMPANY_NOT_VERIFIED');
    const candidate = await t.http.get('/api/candidate-search').set(bearer(made['fork']!));
    expect(candidate.status).toBe(403);
    for (const [query, field] of [
      [{ minGermanLevel: 'D9' }, 'minGermanLevel'],
      [{ radiusKm: 10 }, 'radiusKm'],
      [{ sort: 'distance' }, 'sort'],
      [{ near: '99999999' }, 'near'],
      [{ near: 'abc' }, 'near'],
      [{ coreSkills: 'maths:excellent' }, 'coreSkills'],
      [{ evidence: 'rumour' }, 'evidence'],
      [{ availableBy: '2026-02-30' }, 'availableBy'],
      [{ page: 51 }, 'page'],
      [{ unknown: 1 }, 'unknown'],
    ] as Array<[Record<string, unknown>, string]>) {
      const response = await t.http.get('/api/candidate-search').query(query).set(bearer(employer));
      expect(response.status).toBe(400);
      expect(JSON.stringify(response.body)).toContain(field);
    }
    const site = await t.http
      .get('/api/candidate-search')
      .query({ near: '00000000-0000-4000-8000-000000000000' })
      .set(bearer(employer));
    expect(site.status).toBe(400);
  });

  it('withdrawn consent, a hidden profile and erasure leave search within 2 s', async () => {
    const gone = async (name: string, act: () => Promise<unknown>) => {
      const started = Date.now();
      await act();
      await searchUntil({ competences: welding.code }, (b) => !ours(b).includes(pseudonyms[name]!), 2_000);
      expect(Date.now() - started).toBeLessThan(2_000);
    };
    const c = await publish('consentGone', { competences: [{ code: welding.code }] });
    const h = await publish('hidden', { competences: [{ code: welding.code }] });
    const e = await publish('erased', { competences: [{ code: welding.code }] });
    await searchUntil(
      { competences: welding.code },
      (b) => names('consentGone', 'hidden', 'erased').every((p) => ours(b).includes(p)),
      15_000,
    );
    await gone('consentGone', () =>
      t.http.delete(`/api/candidates/${c.candidateId}/consent`).set(bearer(c)).expect(200),
    );
    await gone('hidden', () =>
      t.http.post(`/api/candidates/${h.candidateId}/profile/unpublish`).set(bearer(h)).expect(200),
    );
    await gone('erased', () => t.http.delete(`/api/candidates/${e.candidateId}`).set(bearer(e)).expect(204));
    // The worker removes their documents from the index itself too.
    const deadline = Date.now() + 10_000;
    for (;;) {
      const documents = await index.allDocuments<CandidateDocument>(CANDIDATES_INDEX);
      const left = [c, h, e].filter((candidate) => documents.some((d) => d.id === candidate.candidateId));
      if (left.length === 0) break;
      if (Date.now() > deadline) throw new Error(`${left.length} documents still in the index`);
      await new Promise((r) => setTimeout(r, 100));
    }
  });

  it('a profile overdue for reconfirmation drops out of search at once', async () => {
    const o = await publish('overdue', { competences: [{ code: welding.code }] });
    await searchUntil({ competences: welding.code }, (b) => ours(b).includes(pseudonyms['overdue']!), 15_000);
    // The outbox row of this change puts the old confirmation into the document.
    await db(t).query(
      `UPDATE candidate_profile SET confirmed_at = now() - interval '200 days' WHERE candidate_id = $1`,
      [o.candidateId],
    );
    await searchUntil({ competences: welding.code }, (b) => !ours(b).includes(pseudonyms['overdue']!), 2_000);
  });
});
