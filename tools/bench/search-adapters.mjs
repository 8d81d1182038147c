// The parts of `npm run bench:search` that know the API, the index documents and the tables: one
// employer search (tools/bench/search-lib.cjs generateQueryMix) sent three ways — through the API,
// straight to Meilisearch, and done by PostgreSQL alone — plus reindex, match lists, save → search.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const lib = require('./search-lib.cjs');
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const CANDIDATES_UID = 'passgenau_candidates';
const CEFR_RANK = { A1: 1, A2: 2, B1: 3, B2: 4, C1: 5, C2: 6 };
/** The facets the API asks Meilisearch for (CandidateSearchFacets), by document attribute. */
const MEILI_FACETS = [
  'occupationalFields',
  'competences',
  'germanLevel',
  'evidenceMarks',
  'kindsWished',
  'mathsLevel',
  'computerLevel',
  'drivingLicences',
  'mayWork',
];
const EVIDENCE_FIELD = {
  mentor: 'competencesObserved',
  assessed: 'competencesAssessed',
  iba: 'competencesIba',
};
const EVIDENCE_MARKS_AT_LEAST = {
  mentor: ['mentor', 'assessed', 'iba'],
  assessed: ['assessed', 'iba'],
  iba: ['iba'],
};
const PAGE_SIZE = 20;
const SEARCH_PATH_CANDIDATES = ['/api/candidate-search', '/api/search/candidates', '/api/candidates/search'];

const dayNumber = (iso) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
const quote = (value) => JSON.stringify(String(value));

async function fetchJson(url, init = {}) {
  const response = await fetch(url, init);
  const text = await response.text();
  let body = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = { raw: text.slice(0, 300) };
  }
  return { status: response.status, body };
}

/** The employer search as query parameters of the API (CandidateSearchQuery). */
export function apiParams(q) {
  const params = new URLSearchParams();
  if (q.text) params.set('q', q.text);
  for (const code of q.codes) params.append('competences', code);
  params.set('minGermanLevel', q.germanMin);
  if (q.field) params.set('occupationalField', q.field);
  if (q.kind) params.set('kindOfWork', q.kind);
  if (q.drivingLicence) params.set('hasDrivingLicence', 'true');
  if (q.mayWork) params.set('mayWork', 'yes');
  if (q.evidence) params.set('evidence', q.evidence);
  if (q.availableBy) params.set('availableBy', q.availableBy);
  params.set('near', q.town.ags);
  params.set('radiusKm', String(q.radiusKm));
  params.set('pageSize', String(PAGE_SIZE));
  return params;
}

/** The attributes the API retrieves for a hit (CandidateSearchService). */
const RETRIEVED = [
  'id',
  'pseudonym',
  'competenceDetails',
  'occupationDetails',
  'germanLevel',
  'mathsLevel',
  'computerLevel',
  'kindsWished',
  'availableFrom',
  'homeTownAgs',
  'homeTownName',
  'travelKm',
  'drivingLicences',
  'mayWork',
];

const EARTH_RADIUS_KM = 6371.0088;
/** Great-circle distance in km, as distanceKm of libs/domain computes it. */
function distanceKm(a, b) {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * The same search as the Meilisearch request the API sends for it (candidateFilter in
 * apps/api/src/modules/candidate-search/candidate-search.filters.ts): same filter, facets, page
 * and retrieved attributes — the floor the API's own work adds to. The radius is the list of
 * towns whose centre lies within it (`towns`: every town with its centre), as the API sends it.
 */
export function meiliRequest(q, towns, now = Date.now()) {
  const filter = [`visibleUntilTs > ${now}`];
  if (q.field) filter.push(`occupationalFields IN [${quote(q.field)}]`);
  for (const code of q.codes)
    filter.push(`${q.evidence ? EVIDENCE_FIELD[q.evidence] : 'competences'} = ${quote(code)}`);
  if (q.evidence && q.codes.length === 0)
    filter.push(`evidenceMarks IN [${EVIDENCE_MARKS_AT_LEAST[q.evidence].map(quote).join(', ')}]`);
  filter.push(`germanRank >= ${CEFR_RANK[q.germanMin]}`);
  if (q.kind) filter.push(`kindsWished IN [${quote(q.kind)}]`);
  if (q.availableBy) filter.push(`availableFromDay <= ${dayNumber(q.availableBy)}`);
  const near = towns.filter((t) => distanceKm(q.town, t) <= q.radiusKm).map((t) => t.ags);
  filter.push(`homeTownAgs IN [${near.sort().map(quote).join(', ')}]`);
  if (q.drivingLicence) filter.push('hasDrivingLicence = true');
  if (q.mayWork) filter.push(`mayWork IN ["yes"]`);
  return {
    q: q.text ?? '',
    filter,
    facets: MEILI_FACETS,
    offset: 0,
    limit: PAGE_SIZE,
    attributesToRetrieve: RETRIEVED,
  };
}

/** The same search in SQL on the bench's denormalised table (bench.profile_search). */
export function pgQuery(q) {
  const values = [q.town.lat, q.town.lon, q.radiusKm * 1000, CEFR_RANK[q.germanMin]];
  const where = [
    `earth_box(ll_to_earth($1, $2), $3) @> ll_to_earth(lat, lon)`,
    `earth_distance(ll_to_earth($1, $2), ll_to_earth(lat, lon)) <= $3`,
    `german_rank >= $4`,
  ];
  let score = '0';
  let words = '';
  if (q.text) {
    // Words are matched the way an index would: fuzzily (pg_trgm) against the taxonomy labels of
    // every language, whose codes are then looked up in the profiles' indexed code arrays; plus
    // full text over the profile's labels, town and pseudonym.
    values.push(q.text);
    const t = `$${values.length}`;
    words = `words AS (SELECT coalesce(array_agg(DISTINCT code), '{}') AS codes FROM bench.label_search WHERE ${t} <% text),`;
    where.push(
      `(competences && (SELECT codes FROM words) OR occupations && (SELECT codes FROM words) OR tsv @@ plainto_tsquery('simple', ${t}))`,
    );
    score = `ts_rank(tsv, plainto_tsquery('simple', ${t})) + cardinality(ARRAY(SELECT unnest(competences) INTERSECT SELECT unnest((SELECT codes FROM words))))`;
  }
  if (q.codes.length > 0) {
    values.push(q.codes);
    const column = q.evidence
      ? { mentor: 'competences_observed', assessed: 'competences_assessed', iba: 'competences_iba' }[
          q.evidence
        ]
      : 'competences';
    where.push(`${column} @> $${values.length}::text[]`);
  } else if (q.evidence) {
    values.push(EVIDENCE_MARKS_AT_LEAST[q.evidence]);
    where.push(`evidence_marks && $${values.length}::text[]`);
  }
  if (q.field) {
    values.push([q.field]);
    where.push(`occupational_fields && $${values.length}::text[]`);
  }
  if (q.kind) {
    values.push([q.kind]);
    where.push(`kinds_wished && $${values.length}::text[]`);
  }
  if (q.drivingLicence) where.push('has_driving_licence');
  if (q.mayWork) where.push(`may_work = 'yes'`);
  if (q.availableBy) {
    values.push(q.availableBy);
    where.push(`(available_from IS NULL OR available_from <= $${values.length}::date)`);
  }
  const facet = (name, expression, top = '') =>
    `(SELECT coalesce(json_object_agg(v, n), '{}') FROM (SELECT ${expression} AS v, count(*) AS n FROM hits GROUP BY 1 ${top}) f) AS ${name}`;
  const text = `
    WITH ${words} hits AS MATERIALIZED (
      SELECT id, pseudonym, german_level, competences, evidence_marks, occupational_fields, kinds_wished,
             maths_level, computer_level, driving_licences, may_work,
             earth_distance(ll_to_earth($1, $2), ll_to_earth(lat, lon)) AS distance, ${score} AS score
        FROM bench.profile_search
       WHERE ${where.join('\n         AND ')}
    )
    SELECT (SELECT count(*)::int FROM hits) AS total,
           (SELECT coalesce(json_agg(p), '[]') FROM (SELECT pseudonym, round((distance / 1000)::numeric, 1) AS km
              FROM hits ORDER BY score DESC, distance LIMIT ${PAGE_SIZE}) p) AS page,
           ${facet('occupational_field', 'unnest(occupational_fields)')},
           ${facet('competences', 'unnest(competences)', 'ORDER BY 2 DESC LIMIT 100')},
           ${facet('german_level', 'german_level')},
           ${facet('evidence', 'unnest(evidence_marks)')},
           ${facet('kind_of_work', 'unnest(kinds_wished)')},
           ${facet('maths_level', 'maths_level')},
           ${facet('computer_level', 'computer_level')},
           ${facet('driving_licence', 'unnest(driving_licences)')},
           ${facet('may_work', 'may_work')}`;
  return { text, values };
}

/** Builds the PostgreSQL-only search table in the bench's own database (not a product migration). */
async function preparePostgres(db) {
  const started = performance.now();
  const client = await db.connect();
  try {
    await client.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await client.query('CREATE EXTENSION IF NOT EXISTS cube');
    await client.query('CREATE EXTENSION IF NOT EXISTS earthdistance');
    await client.query('DROP SCHEMA IF EXISTS bench CASCADE');
    await client.query('CREATE SCHEMA bench');
    await client.query(`SET work_mem = '256MB'`);
    // The same projection as the candidate documents: published profiles, labels in every language.
    await client.query(`
      CREATE TABLE bench.labels AS
      SELECT c.code, string_agg(l.text, ' ' ORDER BY l.lang, l.text) AS text
        FROM taxonomy_concept c JOIN taxonomy_label l ON l.concept_id = c.id
       GROUP BY c.code`);
    await client.query('ALTER TABLE bench.labels ADD PRIMARY KEY (code)');
    await client.query('ANALYZE bench.labels');
    await client.query(`
      CREATE TABLE bench.profile_search AS
      WITH evidence AS (
        SELECT pc.candidate_id, pc.concept_code AS code,
               max(CASE WHEN e.kind = 'provider' AND e.confirmed_at IS NOT NULL THEN 4
                        WHEN e.kind = 'provider' THEN 3 WHEN e.kind = 'mentor' THEN 2 ELSE 1 END) AS mark
          FROM profile_competence pc LEFT JOIN competence_evidence e ON e.competence_id = pc.id
         GROUP BY pc.candidate_id, pc.concept_code
      ), per_candidate AS (
        SELECT e.candidate_id,
               array_agg(e.code) AS competences,
               coalesce(array_agg(e.code) FILTER (WHERE e.mark >= 2), '{}') AS competences_observed,
               coalesce(array_agg(e.code) FILTER (WHERE e.mark >= 3), '{}') AS competences_assessed,
               coalesce(array_agg(e.code) FILTER (WHERE e.mark >= 4), '{}') AS competences_iba,
               array_agg(DISTINCT (ARRAY['self', 'mentor', 'assessed', 'iba'])[e.mark]) AS evidence_marks,
               string_agg(l.text, ' ') AS competence_text
          FROM evidence e LEFT JOIN bench.labels l ON l.code = e.code
         GROUP BY e.candidate_id
      )
      SELECT p.candidate_id AS id, p.pseudonym,
             de.overall AS german_level,
             coalesce(CASE de.overall WHEN 'A1' THEN 1 WHEN 'A2' THEN 2 WHEN 'B1' THEN 3 WHEN 'B2' THEN 4
                                      WHEN 'C1' THEN 5 WHEN 'C2' THEN 6 END, 0) AS german_rank,
             coalesce(pc.competences, '{}') AS competences,
             coalesce(pc.competences_observed, '{}') AS competences_observed,
             coalesce(pc.competences_assessed, '{}') AS competences_assessed,
             coalesce(pc.competences_iba, '{}') AS competences_iba,
             coalesce(pc.evidence_marks, '{}') AS evidence_marks,
             coalesce((SELECT array_agg(DISTINCT tc.curated_field) FROM unnest(p.wished_occupations) o
                         JOIN taxonomy_concept tc ON tc.code = o WHERE tc.curated_field IS NOT NULL), '{}') AS occupational_fields,
             p.wished_occupations AS occupations,
             p.wished_kinds AS kinds_wished, p.earliest_start AS available_from,
             p.maths_level, p.computer_level, p.driving_licences,
             cardinality(p.driving_licences) > 0 AS has_driving_licence,
             CASE p.work_permit WHEN 'permitted' THEN 'yes' WHEN 'needs_approval' THEN 'with_approval' ELSE 'unknown' END AS may_work,
             t.lat, t.lon,
             concat_ws(' ', p.pseudonym, t.name, pc.competence_text,
                       (SELECT string_agg(l.text, ' ') FROM unnest(p.wished_occupations) o JOIN bench.labels l ON l.code = o)) AS search_text
        FROM candidate_profile p
        JOIN town t ON t.ags = p.home_town_ags
        LEFT JOIN profile_language de ON de.candidate_id = p.candidate_id AND de.language = 'de' AND NOT de.native
        LEFT JOIN per_candidate pc ON pc.candidate_id = p.candidate_id
       WHERE p.status = 'published'`);
    await client.query(`ALTER TABLE bench.profile_search ADD COLUMN tsv tsvector`);
    await client.query(`UPDATE bench.profile_search SET tsv = to_tsvector('simple', search_text)`);
    for (const index of [
      'USING gin (tsv)',
      'USING gin (search_text gin_trgm_ops)',
      'USING gist (ll_to_earth(lat, lon))',
      'USING gin (competences)',
      'USING gin (occupations)',
      'USING gin (competences_observed)',
      'USING gin (competences_assessed)',
      'USING gin (competences_iba)',
      'USING gin (evidence_marks)',
      'USING gin (occupational_fields)',
      'USING gin (kinds_wished)',
      '(german_rank)',
      '(available_from)',
    ])
      await client.query(`CREATE INDEX ON bench.profile_search ${index}`);
    await client.query('VACUUM ANALYZE bench.profile_search');
    // Every label of every competence and occupation, in every language, for fuzzy word matching.
    await client.query(`
      CREATE TABLE bench.label_search AS
      SELECT DISTINCT c.code, l.text FROM taxonomy_concept c JOIN taxonomy_label l ON l.concept_id = c.id`);
    await client.query('CREATE INDEX ON bench.label_search USING gin (text gin_trgm_ops)');
    await client.query('VACUUM ANALYZE bench.label_search');
    const [{ n }] = (await client.query('SELECT count(*)::int AS n FROM bench.profile_search')).rows;
    return { rows: n, seconds: (performance.now() - started) / 1000 };
  } finally {
    client.release();
  }
}

async function meiliSearch(meili, body) {
  const response = await fetch(`${meili.url}/indexes/${CANDIDATES_UID}/search`, {
    method: 'POST',
    // Uncompressed, as the API asks for it (MEILISEARCH_REQUEST_INIT in apps/api/src/search).
    headers: {
      authorization: `Bearer ${meili.key}`,
      'content-type': 'application/json',
      'accept-encoding': 'identity',
    },
    body: JSON.stringify(body),
  });
  const json = await response.json();
  if (response.status !== 200) throw new Error(`Meilisearch answered ${response.status}: ${json.message}`);
  return json;
}

async function meiliStats(meili) {
  const { status, body } = await fetchJson(`${meili.url}/indexes/${CANDIDATES_UID}/stats`, {
    headers: { authorization: `Bearer ${meili.key}` },
  });
  return status === 200 ? body : null;
}

async function waitForMeiliTasks(meili, timeoutMs) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const { body } = await fetchJson(`${meili.url}/tasks?statuses=enqueued,processing&limit=1`, {
      headers: { authorization: `Bearer ${meili.key}` },
    });
    if ((body?.results ?? []).length === 0) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`Meilisearch still had tasks after ${timeoutMs / 1000} s`);
}

/** Everything shape-dependent, checked against the running API before anything is measured. */
export async function searchAdapters({ base, meili, db, options, step }) {
  const q1 = (text, values) => db.query(text, values).then((r) => r.rows);
  /** Every town with its centre (read with the vocabulary), for the radius of Meilisearch requests. */
  let allTowns = [];
  const openapi = (await fetchJson(`${base}/api/openapi.json`)).body ?? {};
  const paths = Object.keys(openapi.paths ?? {});
  const searchPath =
    SEARCH_PATH_CANDIDATES.find((p) => paths.includes(p)) ??
    paths.find((p) => /candidate.*search|search.*candidate/i.test(p));
  const matchesPath = paths.find((p) => /^\/api\/offers\/\{[^}]+\}\/matches$/.test(p));
  const reindexScript = join(root, 'dist/apps/api/reindex.js');
  // The start may build the index in the background: let Meilisearch finish first.
  await waitForMeiliTasks(meili, 20 * 60_000);
  const documentFields = new Set(
    Object.keys(
      (
        await fetchJson(`${meili.url}/indexes/${CANDIDATES_UID}/documents?limit=1`, {
          headers: { authorization: `Bearer ${meili.key}` },
        })
      ).body?.results?.[0] ?? {},
    ),
  );
  step(
    `employer search route ${searchPath ?? 'none'}; match route ${matchesPath ?? 'none'}; ` +
      `reindex ${existsSync(reindexScript) ? 'dist/apps/api/reindex.js' : 'none'}; ` +
      `${CANDIDATES_UID}: ${documentFields.size > 0 ? 'documents found' : 'no documents'}`,
  );

  return {
    /** What this build offers; what it lacks is printed as "not available". */
    available: { api: Boolean(searchPath), meili: documentFields.size > 0 },

    async prepareMatchOffers(count) {
      // The demo firm gets `count` of the synthetic offers (moved in this run's database only), so
      // that its employer may ask for their match lists.
      const [firm] = await q1(`SELECT company_id FROM account WHERE email = 'employer@demo.passgenau.de'`);
      const [site] = await q1(
        `SELECT id FROM company_site WHERE company_id = $1 ORDER BY is_main DESC LIMIT 1`,
        [firm.company_id],
      );
      const moved = await q1(
        `UPDATE offer SET company_id = $1, site_id = coalesce($2, site_id), updated_at = now()
          WHERE id IN (SELECT o.id FROM offer o JOIN company c ON c.id = o.company_id
                        WHERE c.name LIKE '% (Synthetisch)' AND o.status = 'open' ORDER BY o.title, o.id LIMIT $3)
          RETURNING id`,
        [firm.company_id, site?.id ?? null, count],
      );
      return moved.map((r) => r.id);
    },

    /** `reindex.js --index candidates` against the running servers; its own figure (or wall time). */
    async reindex(envForChild) {
      if (!existsSync(reindexScript)) return null;
      const started = performance.now();
      let reported = null;
      await new Promise((resolvePromise, reject) => {
        const child = spawn(process.execPath, [reindexScript, '--index', 'candidates'], {
          cwd: root,
          env: envForChild,
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let tail = '';
        const relay = (chunk) => {
          tail = (tail + chunk).slice(-2000);
          for (const line of chunk.toString().split('\n')) {
            if (!line.trim()) continue;
            process.stdout.write(`  reindex: ${line.trim()}\n`);
            const m = /candidates: (\d+) documents in ([\d.]+) s/.exec(line);
            if (m) reported = { documents: Number(m[1]), seconds: Number(m[2]) };
          }
        };
        child.stdout.on('data', relay);
        child.stderr.on('data', relay);
        child.on('exit', (code) =>
          code === 0 ? resolvePromise() : reject(new Error(`reindex exited with ${code}: ${tail}`)),
        );
      });
      if (reported) return reported;
      const stats = await meiliStats(meili);
      return { seconds: (performance.now() - started) / 1000, documents: stats?.numberOfDocuments ?? 0 };
    },

    async vocabulary() {
      // Competences that profiles have, most frequent first, with their labels in the UI languages.
      const top = await q1(
        `SELECT concept_code AS code, count(*) AS n FROM profile_competence GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 150`,
      );
      const codes = top.map((r) => r.code);
      const labels = await q1(
        `SELECT c.code, l.lang, l.text FROM taxonomy_concept c JOIN taxonomy_label l ON l.concept_id = c.id
          WHERE c.code = ANY($1) AND l.preferred AND l.lang IN ('de', 'en', 'ar', 'uk', 'fa')
          ORDER BY c.code, l.lang, l.text`,
        [codes],
      );
      const occupations = await q1(
        `SELECT DISTINCT ON (c.code) l.text FROM taxonomy_concept c JOIN taxonomy_label l ON l.concept_id = c.id
          WHERE c.kind = 'occupation' AND c.curated_field IS NOT NULL AND l.lang = 'de' AND l.preferred
          ORDER BY c.code, l.text`,
      );
      const texts = [
        ...labels.map((l) => ({ text: l.text.slice(0, 100), lang: l.lang })),
        ...occupations.map((o) => ({ text: o.text.slice(0, 100), lang: 'de' })),
      ];
      const pairs = await q1(
        `SELECT a.concept_code AS a, b.concept_code AS b
           FROM (SELECT p.candidate_id FROM candidate_profile p JOIN candidate c ON c.id = p.candidate_id
                   JOIN account acc ON acc.id = c.account_id
                  WHERE p.status = 'published' AND acc.login_name LIKE 'synthetic-%' ORDER BY acc.login_name LIMIT 500) s
           JOIN LATERAL (SELECT concept_code FROM profile_competence WHERE candidate_id = s.candidate_id ORDER BY concept_code LIMIT 1) a ON true
           JOIN LATERAL (SELECT concept_code FROM profile_competence WHERE candidate_id = s.candidate_id ORDER BY concept_code DESC LIMIT 1) b ON true
          WHERE a.concept_code <> b.concept_code`,
      );
      const towns = await q1(`SELECT ags, lat, lon FROM town ORDER BY ags`);
      allTowns = towns.map((t) => ({ ags: t.ags, lat: Number(t.lat), lon: Number(t.lon) }));
      const fields = await q1(
        `SELECT DISTINCT curated_field AS f FROM taxonomy_concept WHERE kind = 'occupation' AND curated_field IS NOT NULL ORDER BY 1`,
      );
      return {
        texts,
        codePairs: pairs.map((p) => [p.a, p.b]),
        towns: towns.map((t) => ({ ags: t.ags, lat: Number(t.lat), lon: Number(t.lon) })),
        fields: fields.map((f) => f.f),
        today: new Date().toISOString().slice(0, 10),
      };
    },

    preparePostgres: () => preparePostgres(db),

    async api(q, token) {
      const response = await fetch(`${base}${searchPath}?${apiParams(q)}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      const body = await response.json();
      if (response.status !== 200)
        throw new Error(`API answered ${response.status}: ${body?.code} ${body?.message}`);
      return body;
    },

    meili: (q) => meiliSearch(meili, meiliRequest(q, allTowns)),

    async pg(q) {
      const { text, values } = pgQuery(q);
      return (await db.query(text, values)).rows[0];
    },

    async compareHits(queries, token) {
      if (!searchPath || documentFields.size === 0) return null;
      let same = 0;
      const pgRatios = [];
      for (const q of queries) {
        const a = await this.api(q, token);
        const m = await this.meili(q);
        const p = await this.pg(q);
        if (a.total === m.estimatedTotalHits || (a.total === 500 && m.estimatedTotalHits >= 500)) same++;
        if (m.estimatedTotalHits > 0) pgRatios.push(p.total / m.estimatedTotalHits);
      }
      return {
        compared: queries.length,
        summary:
          `API total = Meilisearch total in ${same} of ${queries.length}; PostgreSQL total / Meilisearch total ` +
          `median ${lib.median(pgRatios).toFixed(2)} (typo tolerance and word rules differ; the API caps totals at 500)`,
      };
    },

    async matches(offerIds, token, refresh) {
      if (!matchesPath || offerIds.length === 0) return null;
      let current = token;
      const path = (id) => matchesPath.replace(/\{[^}]+\}/, id);
      const probe = await fetchJson(`${base}${path(offerIds[0])}`, {
        headers: { authorization: `Bearer ${current}` },
      });
      if (probe.status !== 200) {
        step(
          `match list answered ${probe.status} (${probe.body?.code ?? ''} ${probe.body?.message ?? ''}): not measured`,
        );
        return null;
      }
      current = await refresh();
      const latencies = [];
      for (const id of offerIds) {
        const t0 = performance.now();
        const r = await fetch(`${base}${path(id)}`, { headers: { authorization: `Bearer ${current}` } });
        await r.arrayBuffer();
        if (r.status !== 200) throw new Error(`match list for offer ${id} answered ${r.status}`);
        latencies.push(performance.now() - t0);
      }
      return lib.summarize(latencies);
    },

    async saveToSearch(saves, signIn) {
      if (!searchPath) return null;
      const { token, account } = await signIn('candidate@demo.passgenau.de');
      const employer = await signIn('employer@demo.passgenau.de');
      const candidateId = account.candidateId;
      const skills = (
        await q1(
          `SELECT code FROM taxonomy_concept WHERE kind = 'skill' AND curated_field IS NOT NULL AND curated_field <> 'language' ORDER BY code LIMIT $1`,
          [saves + 1],
        )
      ).map((r) => r.code);
      const [occupation] = await q1(
        `SELECT code FROM taxonomy_concept WHERE kind = 'occupation' AND curated_field IS NOT NULL ORDER BY code LIMIT 1`,
      );
      const body = (code) => ({
        languages: [
          { language: 'ar', native: true },
          { language: 'de', overall: 'B1' },
        ],
        germanCertificates: [],
        competences: [
          { code: skills[0], evidence: [{ kind: 'self', level: 'good' }] },
          { code, evidence: [{ kind: 'self', level: 'basic' }] },
        ],
        schooling: {},
        education: [],
        experience: [],
        texts: [],
        wishes: { occupations: [occupation.code], kinds: ['job'] },
        mobility: { homeTownAgs: '08119079', travelKm: 20, drivingLicences: [] },
        workPermit: 'permitted',
      });
      const put = (code) =>
        fetchJson(`${base}/api/candidates/${candidateId}/profile`, {
          method: 'PUT',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify(body(code)),
        });
      const first = await put(skills[1]);
      if (first.status !== 200)
        throw new Error(`profile save answered ${first.status}: ${JSON.stringify(first.body)}`);
      const publish = await fetchJson(`${base}/api/candidates/${candidateId}/profile/publish`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
      });
      if (publish.status !== 200)
        throw new Error(`publish answered ${publish.status}: ${JSON.stringify(publish.body)}`);
      const pseudonym = publish.body.pseudonym;
      const found = async (code) => {
        const params = new URLSearchParams({ q: pseudonym, pageSize: '50' });
        params.append('competences', code);
        const r = await fetchJson(`${base}${searchPath}?${params}`, {
          headers: { authorization: `Bearer ${employer.token}` },
        });
        if (r.status !== 200) throw new Error(`search answered ${r.status}: ${JSON.stringify(r.body)}`);
        return r.body.hits.some((h) => h.pseudonym === pseudonym);
      };
      const delays = [];
      let lost = 0;
      for (let i = 0; i < saves; i++) {
        const code = skills[1 + ((i + 1) % saves)];
        const t0 = performance.now();
        const saved = await put(code);
        if (saved.status !== 200) throw new Error(`profile save answered ${saved.status}`);
        for (;;) {
          if (await found(code)) break;
          if (performance.now() - t0 > 30_000) {
            // Counted as 30 s (so it weighs in the percentiles) and reported.
            lost++;
            step(`save ${i + 1} was not found in search within 30 s`);
            break;
          }
          await new Promise((r) => setTimeout(r, 20));
        }
        delays.push(Math.min(performance.now() - t0, 30_000));
      }
      return { ...lib.summarize(delays), lost };
    },

    async jobBoardVocabulary() {
      const words = await q1(
        `SELECT DISTINCT split_part(regexp_replace(title, '^(Ausbildung|Praktikum|Einstiegsqualifizierung) ', ''), ' ', 1) AS w
           FROM offer WHERE status = 'open' ORDER BY 1 LIMIT 300`,
      );
      const towns = await q1(`SELECT ags FROM town ORDER BY ags`);
      return {
        words: [...new Set(words.map((r) => r.w.split(/[^\p{L}-]+/u)[0]))].filter((w) => w.length >= 4),
        towns,
      };
    },

    /** Until the search outbox is empty and Meilisearch has no task left. */
    async waitForIndex(timeoutMs) {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const [{ n }] = await q1(`SELECT count(*)::int AS n FROM search_outbox WHERE processed_at IS NULL`);
        if (n === 0) break;
        if (Date.now() > until)
          throw new Error(`the search outbox still had ${n} rows after ${timeoutMs / 1000} s`);
        await new Promise((r) => setTimeout(r, 250));
      }
      await waitForMeiliTasks(meili, Math.max(1000, until - Date.now()));
    },
    stats: () => meiliStats(meili),
    options,
  };
}
