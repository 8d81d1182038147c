// Pure parts of `npm run bench:search` (tools/bench-search.mjs): statistics, the deterministic
// query mix and the comparison with the targets of the matching-index issue. No I/O here, so that
// a unit test (apps/api/src/tools/bench-search-lib.spec.ts) can check it.
'use strict';

/** mulberry32: a small deterministic PRNG, the same on every machine. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The p-th percentile (0..100) of the values, linearly interpolated between the closest ranks
 * (as numpy's default and most spreadsheets). NaN for no values.
 */
function percentile(values, p) {
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile must be between 0 and 100 (got ${p})`);
  if (values.length === 0) return Number.NaN;
  const sorted = Float64Array.from(values).sort();
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
}

function median(values) {
  return percentile(values, 50);
}

/** Count, p50, p95, p99, mean and maximum of latencies (ms). */
function summarize(values) {
  const n = values.length;
  const mean = n ? values.reduce((s, v) => s + v, 0) / n : Number.NaN;
  return {
    n,
    p50: percentile(values, 50),
    p95: percentile(values, 95),
    p99: percentile(values, 99),
    mean,
    max: n ? Math.max(...values) : Number.NaN,
  };
}

function pick(next, items) {
  return items[Math.floor(next() * items.length)];
}

function pickDistinct(next, items, count) {
  const pool = [...items];
  const chosen = [];
  while (chosen.length < count && pool.length > 0)
    chosen.push(pool.splice(Math.floor(next() * pool.length), 1)[0]);
  return chosen;
}

const GERMAN_MINIMUMS = ['A1', 'A2', 'A2', 'B1'];
const RADII_KM = [10, 20, 20, 30, 50];
/** The extra filters a query draws two of (besides the minimum German level). */
const EXTRA_FILTERS = ['field', 'kind', 'drivingLicence', 'mayWork', 'evidence', 'availableBy'];
const EVIDENCE_MINIMUMS = ['mentor', 'assessed'];
const KINDS = ['job', 'apprenticeship', 'internship', 'eq'];
const FACETS = ['field', 'germanLevel', 'kinds'];

/**
 * `count` employer searches, deterministic for a seed and vocabulary: half free text (a competence
 * or occupation label in one of the UI languages), half two competence codes; each with a minimum
 * German level plus two more filters, a radius around a town, and facet counts.
 *
 * vocabulary: { texts: [{ text, lang }], codePairs: [[code, code]], towns: [{ ags, lat, lon }],
 *               fields: [field], today: 'YYYY-MM-DD' }
 */
function generateQueryMix(seed, count, vocabulary) {
  for (const key of ['texts', 'codePairs', 'towns', 'fields'])
    if (!Array.isArray(vocabulary[key]) || vocabulary[key].length === 0)
      throw new Error(`query mix: the vocabulary needs ${key}`);
  const next = random(seed);
  const queries = [];
  for (let i = 0; i < count; i++) {
    const byText = i % 2 === 0;
    const town = pick(next, vocabulary.towns);
    const query = {
      id: i,
      mode: byText ? 'text' : 'codes',
      text: byText ? pick(next, vocabulary.texts).text : null,
      lang: null,
      codes: byText ? [] : [...pick(next, vocabulary.codePairs)],
      germanMin: pick(next, GERMAN_MINIMUMS),
      field: null,
      kind: null,
      drivingLicence: false,
      mayWork: false,
      evidence: null,
      availableBy: null,
      town: { ags: town.ags, lat: town.lat, lon: town.lon },
      radiusKm: pick(next, RADII_KM),
      facets: FACETS,
    };
    for (const filter of pickDistinct(next, EXTRA_FILTERS, 2)) {
      if (filter === 'field') query.field = pick(next, vocabulary.fields);
      if (filter === 'kind') query.kind = pick(next, KINDS);
      if (filter === 'drivingLicence') query.drivingLicence = true;
      if (filter === 'mayWork') query.mayWork = true;
      if (filter === 'evidence') query.evidence = pick(next, EVIDENCE_MINIMUMS);
      if (filter === 'availableBy') {
        const days = 30 + Math.floor(next() * 90);
        const base = vocabulary.today ? Date.parse(vocabulary.today) : Date.UTC(2026, 0, 1);
        query.availableBy = new Date(base + days * 86_400_000).toISOString().slice(0, 10);
      }
    }
    queries.push(query);
  }
  return queries;
}

/** The public job board's searches: a word of an offer title, a town and a radius. */
function generateJobBoardMix(seed, count, vocabulary) {
  const next = random(seed);
  return Array.from({ length: count }, () => ({
    q: pick(next, vocabulary.words),
    nearTown: pick(next, vocabulary.towns).ags,
    radiusKm: pick(next, RADII_KM),
  }));
}

/** Splits items round-robin over `clients` lists (client k gets items k, k+clients, …). */
function shares(items, clients) {
  return Array.from({ length: clients }, (_, k) => items.filter((_, i) => i % clients === k));
}

/** PASS when measured ≤ limit (or ≥ for `atLeast`), MISS otherwise, n/a when nothing was measured. */
function verdict(measured, limit, atLeast = false) {
  if (measured === null || measured === undefined || Number.isNaN(measured)) return 'n/a';
  return (atLeast ? measured >= limit : measured <= limit) ? 'PASS' : 'MISS';
}

/**
 * The targets of the issue, compared with the figures of one run. Every entry:
 * { target, measured (text), verdict }. Figures may be missing (then n/a with the reason).
 */
function evaluateTargets(f) {
  const rows = [];
  const ms = (v) =>
    v === null || v === undefined || Number.isNaN(v) ? 'not measured' : `${v.toFixed(1)} ms`;
  const x = (v) => (v === null || v === undefined || Number.isNaN(v) ? 'not measured' : `${v.toFixed(2)}×`);
  for (const c of [1, 8]) {
    const api = f.search?.[c]?.api?.p95;
    const meili = f.search?.[c]?.meili?.p95;
    const pg = f.search?.[c]?.pg?.p95;
    rows.push({
      target: `employer search, ${c} client${c > 1 ? 's' : ''}: API p95 ≤ 1.5× Meilisearch p95`,
      measured: `${x(api / meili)} (${ms(api)} vs ${ms(meili)})`,
      verdict: verdict(api / meili, 1.5),
    });
    rows.push({
      target: `employer search, ${c} client${c > 1 ? 's' : ''}: PostgreSQL-only p95 ≥ 5× API p95`,
      measured: `${x(pg / api)} (${ms(pg)} vs ${ms(api)})`,
      verdict: verdict(pg / api, 5, true),
    });
    const orientation = c === 1 ? 50 : 150;
    rows.push({
      target: `employer search, ${c} client${c > 1 ? 's' : ''}: API p95 ≤ ${orientation} ms (orientation)`,
      measured: ms(api),
      verdict: verdict(api, orientation),
    });
  }
  const match = f.matches?.p95;
  const oneSearch = f.search?.[1]?.api?.p95;
  rows.push({
    target: 'match list for one offer: p95 ≤ 2× one employer search (1 client)',
    measured: f.matches ? `${x(match / oneSearch)} (${ms(match)} vs ${ms(oneSearch)})` : 'not available',
    verdict: f.matches ? verdict(match / oneSearch, 2) : 'n/a',
  });
  rows.push({
    target: 'public job board at 200 connections: ≥ 1,000 requests/s',
    measured: f.jobBoard ? `${Math.round(f.jobBoard.requestsPerSecond)} requests/s` : 'not measured',
    verdict: verdict(f.jobBoard?.requestsPerSecond, 1000, true),
  });
  rows.push({
    target: 'public job board at 200 connections: mean latency ≤ 200 ms',
    measured: ms(f.jobBoard?.mean),
    verdict: verdict(f.jobBoard?.mean, 200),
  });
  rows.push({
    target: 'public job board at 200 connections: p99 ≤ 500 ms',
    measured: ms(f.jobBoard?.p99),
    verdict: verdict(f.jobBoard?.p99, 500),
  });
  rows.push({
    target: `full reindex of ${f.reindex?.documents ?? 'the'} profiles ≤ 60 s`,
    measured: f.reindex ? `${f.reindex.seconds.toFixed(1)} s` : 'not measured',
    verdict: verdict(f.reindex?.seconds, 60),
  });
  rows.push({
    target: 'profile save searchable within 2 s (p95)',
    measured: f.saveToSearch ? ms(f.saveToSearch.p95) : 'not measured',
    verdict: verdict(f.saveToSearch?.p95, 2000),
  });
  return rows;
}

module.exports = {
  random,
  percentile,
  median,
  summarize,
  generateQueryMix,
  generateJobBoardMix,
  shares,
  verdict,
  evaluateTargets,
};
