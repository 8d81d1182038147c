import fc from 'fast-check';
import { checkSchedule, pairKey } from './compile';
import { bipartiteEdgeColouring } from './flow';
import { planExact, planSchedule } from './schedule';
import { bruteForce, bruteForceBMatching, problemArbitrary } from './test-helpers';
import type { SpeedDatingProblem } from './types';

describe('speed dating: exact method (flow + edge colouring)', () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let highs: any;
  beforeAll(async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    highs = await require('highs')();
  });

  it('equals the brute-force optimum over all schedules on small random instances', () => {
    fc.assert(
      fc.property(
        problemArbitrary({ maxFirms: 3, maxCandidates: 4, maxRounds: 3, side: false }),
        (problem) => {
          const result = planExact(problem);
          expect(checkSchedule(problem, result.meetings)).toEqual([]);
          expect(result.score).toBeCloseTo(bruteForce(problem).score, 6);
          expect(result.bound).toBeCloseTo(result.score, 9);
          expect(result.gap).toBe(0);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('equals the brute-force b-matching optimum (4 firms × 5 candidates × ≤ 3 rounds)', () => {
    fc.assert(
      fc.property(
        problemArbitrary({ maxFirms: 4, maxCandidates: 5, maxRounds: 3, side: false }),
        (problem) => {
          const result = planExact(problem);
          expect(checkSchedule(problem, result.meetings)).toEqual([]);
          expect(result.score).toBeCloseTo(bruteForceBMatching(problem), 6);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('planSchedule uses the exact method when there are no side constraints', () => {
    const problem: SpeedDatingProblem = {
      rounds: 1,
      firms: ['f1'],
      candidates: ['c1'],
      scores: { 'f1|c1': 0.5 },
    };
    const result = planSchedule(problem);
    expect(result.method).toBe('exact-flow');
    expect(result.status).toBe('optimal');
    expect(result.meetings).toEqual([{ firm: 'f1', candidate: 'c1', round: 0 }]);
  });

  it('beats greedy round-by-round planning on a dense balanced instance', () => {
    // One round: greedy takes the best pair f1–c1 (1.0) and leaves f2 with c2 (0.1) = 1.1;
    // the optimum pairs f1–c2 and f2–c1 = 1.8.
    const problem: SpeedDatingProblem = {
      rounds: 1,
      firms: ['f1', 'f2'],
      candidates: ['c1', 'c2'],
      scores: { 'f1|c1': 1.0, 'f1|c2': 0.9, 'f2|c1': 0.9, 'f2|c2': 0.1 },
    };
    const result = planExact(problem);
    expect(result.score).toBeCloseTo(1.8, 9);
    const greedyRound = 1.0 + 0.1;
    expect(result.score).toBeGreaterThan(greedyRound);
  });

  it('is exact on a dense 6 × 12 × 4 instance where a greedy round-by-round plan falls short', () => {
    const firms = Array.from({ length: 6 }, (_, i) => `f${i}`);
    const candidates = Array.from({ length: 12 }, (_, i) => `c${i}`);
    const scores: Record<string, number> = {};
    let s = 12345;
    const rnd = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
    firms.forEach((f) => candidates.forEach((c) => (scores[pairKey(f, c)] = Math.round(rnd() * 100) / 100)));
    const problem: SpeedDatingProblem = { rounds: 4, firms, candidates, scores };
    const result = planExact(problem);
    expect(checkSchedule(problem, result.meetings)).toEqual([]);
    expect(result.score).toBeCloseTo(lpBMatchingOptimum(highs, problem), 6);
    expect(result.score).toBeCloseTo(19.14, 9);
    expect(result.score).toBeGreaterThan(greedyRoundByRound(problem) + 1e-9);
  });

  it('edge colouring gives a proper colouring with max-degree many colours', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 6 })), {
          selector: (t) => `${t[0]}-${t[1]}`,
          maxLength: 30,
        }),
        (_, raw) => {
          const edges = raw.map(([left, right]) => ({ left, right }));
          const degree = new Map<string, number>();
          for (const e of edges) {
            degree.set(`l${e.left}`, (degree.get(`l${e.left}`) ?? 0) + 1);
            degree.set(`r${e.right}`, (degree.get(`r${e.right}`) ?? 0) + 1);
          }
          const maxDegree = Math.max(0, ...degree.values());
          const colours = bipartiteEdgeColouring(6, 7, edges, maxDegree);
          const seen = new Set<string>();
          edges.forEach((e, i) => {
            expect(colours[i]).toBeGreaterThanOrEqual(0);
            expect(colours[i]).toBeLessThan(Math.max(1, maxDegree));
            for (const v of [`l${e.left}`, `r${e.right}`]) {
              expect(seen.has(`${v}@${colours[i]}`)).toBe(false);
              seen.add(`${v}@${colours[i]}`);
            }
          });
        },
      ),
    );
  });
});

/** The b-matching LP solved by HiGHS: integral (bipartite, totally unimodular), independent of the flow code. */
function lpBMatchingOptimum(
  highs: { solve(lp: string, o?: object): { Status: string; ObjectiveValue: number } },
  problem: SpeedDatingProblem,
): number {
  const keys = Object.keys(problem.scores);
  const name = (i: number) => `x${i}`;
  const rows: string[] = [];
  for (const id of [...problem.firms, ...problem.candidates]) {
    const terms = keys.map((k, i) => (k.split('|').includes(id) ? name(i) : '')).filter(Boolean);
    if (terms.length) rows.push(` ${terms.join(' + ')} <= ${problem.rounds}`);
  }
  const lp = `Maximize\n obj: ${keys.map((k, i) => `${problem.scores[k]} ${name(i)}`).join(' + ')}\nSubject To\n${rows.join('\n')}\nBounds\n${keys.map((_, i) => ` 0 <= ${name(i)} <= 1`).join('\n')}\nEnd`;
  const result = highs.solve(lp, { output_flag: false });
  expect(result.Status).toBe('Optimal');
  return result.ObjectiveValue;
}

function greedyRoundByRound(problem: SpeedDatingProblem): number {
  const met = new Set<string>();
  let total = 0;
  for (let r = 0; r < problem.rounds; r++) {
    const busy = new Set<string>();
    const options = Object.entries(problem.scores)
      .filter(([k]) => !met.has(k))
      .sort((a, b) => b[1] - a[1]);
    for (const [key, score] of options) {
      const [f, c] = key.split('|');
      if (busy.has(f) || busy.has(c)) continue;
      busy.add(f);
      busy.add(c);
      met.add(key);
      total += score;
    }
  }
  return total;
}
