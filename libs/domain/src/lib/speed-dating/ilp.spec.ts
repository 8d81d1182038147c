import fc from 'fast-check';
import { checkSchedule, fairnessOf, scoreOf } from './compile';
import { planSchedule, replanSchedule } from './schedule';
import { bruteForce, problemArbitrary } from './test-helpers';
import type { HighsLike, SpeedDatingProblem } from './types';

let highs: HighsLike;
beforeAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  highs = await require('highs')();
});

describe('speed dating: side constraints through the ILP', () => {
  it('matches the brute-force lexicographic optimum (fairness, then quality) on tiny instances', () => {
    fc.assert(
      fc.property(
        problemArbitrary({ maxFirms: 3, maxCandidates: 4, maxRounds: 3, side: true }),
        (problem) => {
          const expected = bruteForce(problem);
          const result = planSchedule(problem, { highs, mipRelGap: 0 });
          if (!expected.feasible) {
            expect(result.status).toBe('infeasible');
            return;
          }
          expect(result.status).toBe('optimal');
          expect(checkSchedule(problem, result.meetings)).toEqual([]);
          expect(result.fairness.reached).toBe(expected.fair);
          expect(result.score).toBeCloseTo(expected.score, 6);
          expect(result.score).toBeLessThanOrEqual(result.bound + 1e-9);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('keeps every constraint and score ≤ bound on larger random instances (ILP and heuristic)', () => {
    fc.assert(
      fc.property(
        problemArbitrary({ maxFirms: 6, maxCandidates: 12, maxRounds: 5, side: true }),
        (problem) => {
          for (const options of [{ highs, timeLimitSeconds: 5 }, {}]) {
            const result = planSchedule(problem, options);
            if (result.status === 'infeasible') {
              expect(result.meetings).toEqual([]);
              expect(result.reasons?.length).toBeGreaterThan(0);
              continue;
            }
            expect(checkSchedule(problem, result.meetings)).toEqual([]);
            expect(result.score).toBeCloseTo(scoreOf(problem, result.meetings), 9);
            expect(result.fairness.reached).toBe(fairnessOf(problem, result.meetings));
            expect(result.score).toBeLessThanOrEqual(result.bound + 1e-9);
            expect(result.gap).toBeGreaterThanOrEqual(0);
            for (const m of result.meetings) {
              if (problem.interpreter?.[`${m.firm}|${m.candidate}`]) expect(m.interpreter).toBeDefined();
            }
          }
        },
      ),
      { numRuns: 30 },
    );
  });

  it('serves a table with an interpreter from the pool only in rounds the interpreter is free', () => {
    const problem: SpeedDatingProblem = {
      rounds: 3,
      firms: ['f1', 'f2'],
      candidates: ['c1', 'c2'],
      scores: { 'f1|c1': 1, 'f2|c2': 1, 'f1|c2': 0.5, 'f2|c1': 0.5 },
      interpreter: { 'f1|c1': 'ar', 'f2|c2': 'fa' },
      interpreterPool: [{ id: 'Samira', languages: ['ar', 'fa'], rounds: [1, 2] }],
    };
    const result = planSchedule(problem, { highs });
    expect(checkSchedule(problem, result.meetings)).toEqual([]);
    expect(result.score).toBeCloseTo(3, 9);
    const served = result.meetings
      .filter((m) => m.interpreter === 'Samira')
      .map((m) => m.round)
      .sort();
    expect(served).toEqual([1, 2]);
  });

  it('reports must-meet pairs that can never meet as infeasible with a reason', () => {
    const problem: SpeedDatingProblem = {
      rounds: 2,
      firms: ['f1'],
      candidates: ['c1'],
      scores: { 'f1|c1': 1 },
      unavailable: { f1: [0], c1: [1] },
      mustMeet: ['f1|c1'],
    };
    const result = planSchedule(problem, { highs });
    expect(result.status).toBe('infeasible');
    expect(result.reasons?.[0]).toContain('f1|c1');
  });

  it('puts the fairness floor before total quality', () => {
    // The best quality (4.0) gives c1 and c2 both tables and c3 nothing; with the floor c3 meets f1.
    const problem: SpeedDatingProblem = {
      rounds: 2,
      firms: ['f1', 'f2'],
      candidates: ['c1', 'c2', 'c3'],
      scores: { 'f1|c1': 1, 'f2|c1': 1, 'f1|c2': 1, 'f2|c2': 1, 'f1|c3': 0.1 },
      minMeetings: 1,
    };
    expect(planSchedule({ ...problem, minMeetings: 0 }).score).toBeCloseTo(4, 9);
    const result = planSchedule(problem, { highs });
    expect(result.status).toBe('optimal');
    expect(result.fairness.reached).toBe(3);
    expect(result.score).toBeCloseTo(3.1, 9);
    expect(result.meetings.some((m) => m.candidate === 'c3')).toBe(true);
  });
});

describe('speed dating: re-plan', () => {
  const base = (): SpeedDatingProblem => ({
    rounds: 4,
    firms: ['f1', 'f2', 'f3'],
    candidates: ['c1', 'c2', 'c3', 'c4', 'c5'],
    scores: Object.fromEntries(
      ['f1', 'f2', 'f3'].flatMap((f, i) =>
        ['c1', 'c2', 'c3', 'c4', 'c5'].map((c, j) => [`${f}|${c}`, ((i * 3 + j * 5) % 7) / 7 + 0.1]),
      ),
    ),
    interpreter: { 'f2|c4': 'ar' },
    interpreters: { ar: 1 },
  });

  it('never changes finished rounds and keeps the schedule feasible after no-shows and walk-ins', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4 }),
        fc.subarray(['c1', 'c2', 'c3', 'c4', 'c5', 'f3']),
        fc.boolean(),
        (fromRound, noShows, walkIn) => {
          const problem = base();
          const first = planSchedule(problem, { highs });
          const updated = base();
          if (walkIn) {
            updated.candidates.push('c6');
            updated.scores['f1|c6'] = 0.9;
            updated.scores['f3|c6'] = 0.4;
          }
          const result = replanSchedule(
            { problem: updated, previous: first.meetings, fromRound, noShows },
            { highs },
          );
          const finishedBefore = first.meetings.filter((m) => m.round < fromRound);
          const finishedAfter = result.meetings.filter((m) => m.round < fromRound);
          expect(finishedAfter.map((m) => ({ ...m }))).toEqual(finishedBefore.map((m) => ({ ...m })));
          expect(checkSchedule(updated, result.meetings)).toEqual([]);
          for (const m of result.meetings) {
            if (m.round >= fromRound)
              expect(noShows.includes(m.candidate) || noShows.includes(m.firm)).toBe(false);
          }
          expect(result.score).toBeLessThanOrEqual(result.bound + 1e-9);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('moves no published meeting when nothing changed, and only the no-show’s meetings otherwise', () => {
    const problem = base();
    const first = planSchedule(problem, { highs });
    const same = replanSchedule({ problem, previous: first.meetings, fromRound: 1 }, { highs });
    expect(same.moved).toBe(0);
    const lost = first.meetings.filter((m) => m.round >= 2 && m.candidate === 'c2').length;
    const after = replanSchedule(
      { problem, previous: first.meetings, fromRound: 2, noShows: ['c2'] },
      { highs },
    );
    expect(after.moved).toBe(lost);
  });
});

describe('speed dating: re-plan with walk-ins and time limits', () => {
  it('gives a walk-in meetings in free seats without moving published meetings', () => {
    const problem: SpeedDatingProblem = {
      rounds: 3,
      firms: ['f1', 'f2'],
      candidates: ['c1', 'c2', 'c3'],
      scores: { 'f1|c1': 0.9, 'f1|c2': 0.8, 'f2|c2': 0.7, 'f2|c3': 0.6 },
    };
    const first = planSchedule(problem, { highs });
    const updated: SpeedDatingProblem = {
      ...problem,
      candidates: [...problem.candidates, 'w1'],
      scores: { ...problem.scores, 'f1|w1': 0.5, 'f2|w1': 0.4 },
    };
    const result = replanSchedule({ problem: updated, previous: first.meetings, fromRound: 1 }, { highs });
    expect(result.moved).toBe(0);
    expect(checkSchedule(updated, result.meetings)).toEqual([]);
    expect(result.meetings.filter((m) => m.candidate === 'w1').length).toBeGreaterThan(0);
    for (const m of first.meetings) expect(result.meetings).toContainEqual(m);
  });

  it('drops a must-meet wish that a no-show made impossible, with a warning', () => {
    const problem: SpeedDatingProblem = {
      rounds: 3,
      firms: ['f1', 'f2'],
      candidates: ['c1', 'c2'],
      scores: { 'f1|c1': 0.9, 'f1|c2': 0.8, 'f2|c2': 0.7, 'f2|c1': 0.2 },
      mustMeet: ['f2|c1'],
    };
    const first = planSchedule(problem, { highs });
    const round = first.meetings.find((m) => m.firm === 'f2' && m.candidate === 'c1')?.round ?? 0;
    const fromRound = round; // c1 leaves before the must-meet meeting
    const result = replanSchedule(
      { problem, previous: first.meetings, fromRound, noShows: ['c1'] },
      { highs },
    );
    expect(result.status).not.toBe('infeasible');
    expect(result.warnings).toEqual([expect.stringContaining('f2|c1')]);
    expect(result.meetings.filter((m) => m.round < fromRound)).toEqual(
      first.meetings.filter((m) => m.round < fromRound),
    );
  });

  it('returns a feasible schedule with its bound when the time limit is (almost) zero', () => {
    fc.assert(
      fc.property(
        problemArbitrary({ maxFirms: 8, maxCandidates: 25, maxRounds: 6, side: true }),
        (problem) => {
          const result = planSchedule(problem, { highs, timeLimitSeconds: 0 });
          if (result.status === 'infeasible') return;
          expect(['optimal', 'time-limit']).toContain(result.status);
          expect(checkSchedule(problem, result.meetings)).toEqual([]);
          expect(result.score).toBeLessThanOrEqual(result.bound + 1e-9);
          expect(result.fairness.reached).toBeLessThanOrEqual(result.fairness.bound);
        },
      ),
      { numRuns: 15 },
    );
  });
});
