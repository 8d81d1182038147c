// The pure parts of `npm run bench:search` (tools/bench/search-lib.cjs): percentiles and the
// deterministic query mix.
import { join } from 'node:path';

interface Query {
  id: number;
  mode: 'text' | 'codes';
  text: string | null;
  codes: string[];
  germanMin: string;
  field: string | null;
  kind: string | null;
  drivingLicence: boolean;
  mayWork: boolean;
  evidence: string | null;
  availableBy: string | null;
  town: { ags: string; lat: number; lon: number };
  radiusKm: number;
  facets: string[];
}

interface BenchLib {
  percentile(values: number[], p: number): number;
  median(values: number[]): number;
  summarize(values: number[]): {
    n: number;
    p50: number;
    p95: number;
    p99: number;
    mean: number;
    max: number;
  };
  generateQueryMix(seed: number, count: number, vocabulary: Record<string, unknown>): Query[];
  generateJobBoardMix(
    seed: number,
    count: number,
    vocabulary: Record<string, unknown>,
  ): Array<{ q: string; nearTown: string; radiusKm: number }>;
  shares<T>(items: T[], clients: number): T[][];
  verdict(measured: number | null, limit: number, atLeast?: boolean): 'PASS' | 'MISS' | 'n/a';
  evaluateTargets(
    figures: Record<string, unknown>,
  ): Array<{ target: string; measured: string; verdict: string }>;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const lib = require(join(__dirname, '../../../../tools/bench/search-lib.cjs')) as BenchLib;

const vocabulary = {
  texts: [
    { text: 'Schweißen', lang: 'de' },
    { text: 'لحام', lang: 'ar' },
    { text: 'зварювання', lang: 'uk' },
    { text: 'welding', lang: 'en' },
  ],
  codePairs: [
    ['passgenau:skill/welding', 'passgenau:skill/grinding'],
    ['passgenau:skill/clean-rooms', 'passgenau:skill/iron-textiles'],
  ],
  towns: [
    { ags: '08119079', lat: 48.83, lon: 9.32 },
    { ags: '08119067', lat: 48.8, lon: 9.53 },
  ],
  fields: ['metal', 'cleaning', 'care'],
  today: '2026-12-01',
};

describe('percentile', () => {
  it('interpolates linearly between the closest ranks', () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(lib.percentile(values, 0)).toBe(1);
    expect(lib.percentile(values, 100)).toBe(10);
    expect(lib.percentile(values, 50)).toBeCloseTo(5.5);
    expect(lib.percentile(values, 95)).toBeCloseTo(9.55);
    expect(lib.percentile(values, 99)).toBeCloseTo(9.91);
  });

  it('does not depend on the order of the values and does not reorder them', () => {
    const values = [10, 1, 7, 3, 9, 2, 8, 4, 6, 5];
    const copy = [...values];
    expect(lib.percentile(values, 95)).toBeCloseTo(9.55);
    expect(values).toEqual(copy);
  });

  it('sorts numerically, not as text', () => {
    expect(lib.percentile([100, 20, 3], 50)).toBe(20);
  });

  it('is the value itself for one value and NaN for none', () => {
    expect(lib.percentile([42], 99)).toBe(42);
    expect(lib.percentile([], 50)).toBeNaN();
  });

  it('refuses a percentile outside 0..100', () => {
    expect(() => lib.percentile([1], 101)).toThrow(RangeError);
    expect(() => lib.percentile([1], -1)).toThrow(RangeError);
  });

  it('summarises latencies as count, p50, p95, p99, mean and maximum', () => {
    const values = Array.from({ length: 1000 }, (_, i) => i + 1);
    const summary = lib.summarize(values);
    expect(summary.n).toBe(1000);
    expect(summary.p50).toBeCloseTo(500.5);
    expect(summary.p95).toBeCloseTo(950.05);
    expect(summary.p99).toBeCloseTo(990.01);
    expect(summary.mean).toBeCloseTo(500.5);
    expect(summary.max).toBe(1000);
  });
});

describe('query mix', () => {
  it('is the same for the same seed and vocabulary', () => {
    const a = lib.generateQueryMix(7, 1000, vocabulary);
    const b = lib.generateQueryMix(7, 1000, vocabulary);
    expect(a).toHaveLength(1000);
    expect(b).toEqual(a);
    expect(lib.generateJobBoardMix(7, 200, { words: ['Koch', 'Pflege'], towns: vocabulary.towns })).toEqual(
      lib.generateJobBoardMix(7, 200, { words: ['Koch', 'Pflege'], towns: vocabulary.towns }),
    );
  });

  it('differs for another seed', () => {
    expect(lib.generateQueryMix(8, 100, vocabulary)).not.toEqual(lib.generateQueryMix(7, 100, vocabulary));
  });

  it('mixes free text in several languages with competence-code searches, each with 3 filters, a radius and facets', () => {
    const queries = lib.generateQueryMix(7, 1000, vocabulary);
    expect(queries.filter((q) => q.mode === 'text')).toHaveLength(500);
    expect(queries.filter((q) => q.mode === 'codes').every((q) => q.codes.length === 2 && !q.text)).toBe(
      true,
    );
    expect(new Set(queries.map((q) => q.text).filter(Boolean))).toEqual(
      new Set(vocabulary.texts.map((t) => t.text)),
    );
    for (const q of queries) {
      const extra = [q.field, q.kind, q.drivingLicence || null, q.mayWork || null, q.evidence, q.availableBy];
      expect(q.germanMin).toMatch(/^(A1|A2|B1)$/);
      expect(extra.filter((value) => value !== null)).toHaveLength(2);
      expect(q.radiusKm).toBeGreaterThan(0);
      expect(vocabulary.towns.map((t) => t.ags)).toContain(q.town.ags);
      expect(q.facets.length).toBeGreaterThanOrEqual(3);
    }
  });

  it('needs a vocabulary to draw from', () => {
    expect(() => lib.generateQueryMix(7, 10, { ...vocabulary, towns: [] })).toThrow(/towns/);
  });

  it('splits the queries over concurrent clients without losing or repeating one', () => {
    const items = Array.from({ length: 1000 }, (_, i) => i);
    const parts = lib.shares(items, 8);
    expect(parts).toHaveLength(8);
    expect(parts.flat().sort((a, b) => a - b)).toEqual(items);
  });
});

describe('targets', () => {
  it('passes or misses each target by its own rule and says n/a when nothing was measured', () => {
    expect(lib.verdict(40, 50)).toBe('PASS');
    expect(lib.verdict(60, 50)).toBe('MISS');
    expect(lib.verdict(1200, 1000, true)).toBe('PASS');
    expect(lib.verdict(NaN, 50)).toBe('n/a');
    const rows = lib.evaluateTargets({
      search: {
        1: { api: { p95: 30 }, meili: { p95: 24 }, pg: { p95: 200 } },
        8: { api: { p95: 200 }, meili: { p95: 126 }, pg: { p95: 800 } },
      },
      jobBoard: { requestsPerSecond: 1500, mean: 130, p99: 400 },
    });
    const byTarget = Object.fromEntries(rows.map((r) => [r.target, r.verdict]));
    expect(byTarget['employer search, 1 client: API p95 ≤ 1.5× Meilisearch p95']).toBe('PASS');
    expect(byTarget['employer search, 8 clients: API p95 ≤ 1.5× Meilisearch p95']).toBe('MISS');
    expect(byTarget['employer search, 8 clients: PostgreSQL-only p95 ≥ 5× API p95']).toBe('MISS');
    expect(byTarget['public job board at 200 connections: ≥ 1,000 requests/s']).toBe('PASS');
    expect(byTarget['match list for one offer: p95 ≤ 2× one employer search (1 client)']).toBe('n/a');
  });
});
