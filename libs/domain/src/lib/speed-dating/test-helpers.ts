import fc from 'fast-check';
import { pairKey } from './compile';
import type { SpeedDatingProblem } from './types';

/** Random problem generator for the property tests. */
export function problemArbitrary(opts: {
  maxFirms: number;
  maxCandidates: number;
  maxRounds: number;
  side: boolean;
}): fc.Arbitrary<SpeedDatingProblem> {
  return fc
    .record({
      firms: fc.integer({ min: 1, max: opts.maxFirms }),
      candidates: fc.integer({ min: 1, max: opts.maxCandidates }),
      rounds: fc.integer({ min: 1, max: opts.maxRounds }),
      seed: fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 200, maxLength: 200 }),
    })
    .map(({ firms, candidates, rounds, seed }) => {
      let k = 0;
      const next = () => seed[k++ % seed.length] + k * 7919;
      const f = Array.from({ length: firms }, (_, i) => `f${i + 1}`);
      const c = Array.from({ length: candidates }, (_, i) => `c${i + 1}`);
      const scores: Record<string, number> = {};
      const interpreter: Record<string, string> = {};
      for (const a of f)
        for (const b of c) {
          const v = next() % 10;
          if (v < 8) scores[pairKey(a, b)] = Math.round(((next() % 100) / 100) * 100) / 100;
          if (opts.side && v === 2) interpreter[pairKey(a, b)] = next() % 2 ? 'ar' : 'fa';
        }
      const problem: SpeedDatingProblem = { rounds, firms: f, candidates: c, scores };
      if (opts.side) {
        problem.interpreter = interpreter;
        problem.interpreters = { ar: next() % 2, fa: 1 };
        const unavailable: Record<string, number[]> = {};
        for (const id of [...f, ...c]) if (next() % 4 === 0) unavailable[id] = [next() % rounds];
        problem.unavailable = unavailable;
        const keys = Object.keys(scores);
        if (keys.length > 2) {
          problem.mustNot = [keys[next() % keys.length]];
          const mm = keys[next() % keys.length];
          if (!problem.mustNot.includes(mm) && next() % 2 === 0) problem.mustMeet = [mm];
        }
        problem.minMeetings = next() % Math.min(3, rounds + 1);
      }
      return problem;
    });
}

/**
 * Brute force over every schedule, round by round (each firm meets one available candidate or
 * nobody), with all constraints; lexicographic optimum (fairness count, then quality).
 * Only for tiny instances.
 */
export function bruteForce(problem: SpeedDatingProblem): { fair: number; score: number; feasible: boolean } {
  const R = problem.rounds;
  const un = problem.unavailable ?? {};
  const there = (id: string, r: number) => !(un[id] ?? []).includes(r);
  const mustNot = new Set(problem.mustNot ?? []);
  const mustMeet = problem.mustMeet ?? [];
  const allowed = (key: string) => !mustNot.has(key) && (key in problem.scores || mustMeet.includes(key));
  const caps = (r: number) => {
    const cap: Record<string, number> = {};
    for (const [l, n] of Object.entries(problem.interpreters ?? {}))
      cap[l] = Array.isArray(n) ? (n[r] ?? 0) : n;
    return cap;
  };
  const met = new Set<string>();
  const count = new Map<string, number>();
  let best = { fair: -1, score: -Infinity, feasible: false };
  const floor = problem.minMeetings ?? 0;
  const evaluate = (score: number) => {
    if (!mustMeet.every((k) => met.has(k))) return;
    const fair = problem.candidates.filter((c) => (count.get(c) ?? 0) >= floor).length;
    if (fair > best.fair || (fair === best.fair && score > best.score + 1e-9))
      best = { fair, score, feasible: true };
  };
  const roundStep = (r: number, score: number) => {
    if (r === R) return evaluate(score);
    const busy = new Set<string>();
    const cap = caps(r);
    const firmStep = (i: number, s: number) => {
      if (i === problem.firms.length) return roundStep(r + 1, s);
      firmStep(i + 1, s);
      const f = problem.firms[i];
      if (!there(f, r)) return;
      for (const c of problem.candidates) {
        const key = pairKey(f, c);
        if (busy.has(c) || met.has(key) || !allowed(key) || !there(c, r)) continue;
        const lang = problem.interpreter?.[key];
        if (lang !== undefined && (cap[lang] ?? 0) <= 0) continue;
        if (lang !== undefined) cap[lang]--;
        busy.add(c);
        met.add(key);
        count.set(c, (count.get(c) ?? 0) + 1);
        firmStep(i + 1, s + (problem.scores[key] ?? 0));
        count.set(c, (count.get(c) ?? 0) - 1);
        met.delete(key);
        busy.delete(c);
        if (lang !== undefined) cap[lang]++;
      }
    };
    firmStep(0, score);
  };
  roundStep(0, 0);
  return best;
}

/** Max-weight b-matching by brute force over pair subsets (no rounds): the flow optimum. */
export function bruteForceBMatching(problem: SpeedDatingProblem): number {
  const mustNot = new Set(problem.mustNot ?? []);
  const keys = Object.keys(problem.scores).filter((k) => !mustNot.has(k) && problem.scores[k] > 0);
  const deg = new Map<string, number>();
  let best = 0;
  const step = (i: number, s: number) => {
    if (i === keys.length) {
      best = Math.max(best, s);
      return;
    }
    step(i + 1, s);
    const [f, c] = keys[i].split('|');
    if ((deg.get(f) ?? 0) < problem.rounds && (deg.get(c) ?? 0) < problem.rounds) {
      deg.set(f, (deg.get(f) ?? 0) + 1);
      deg.set(c, (deg.get(c) ?? 0) + 1);
      step(i + 1, s + problem.scores[keys[i]]);
      deg.set(f, (deg.get(f) ?? 0) - 1);
      deg.set(c, (deg.get(c) ?? 0) - 1);
    }
  };
  step(0, 0);
  return best;
}
