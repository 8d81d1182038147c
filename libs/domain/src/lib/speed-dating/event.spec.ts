import { buildSpeedDatingProblem } from './event';
import { planSchedule } from './schedule';
import { checkSchedule } from './compile';
import type { HighsLike } from './types';

let highs: HighsLike;
beforeAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  highs = await require('highs')();
});

describe('speed dating: from event data to the problem', () => {
  const event = {
    rounds: 2,
    firms: [
      { id: 'bakery', languages: ['de'] },
      { id: 'garage', languages: ['de', 'en'], unavailable: [1] },
    ],
    candidates: [
      { id: 'amal', languages: ['ar', 'de'], germanLevel: 'A1' as const },
      { id: 'olena', languages: ['uk', 'en'], germanLevel: null },
      { id: 'reza', languages: ['fa'], germanLevel: 'B1' as const },
      { id: 'tigist', languages: ['ti'], germanLevel: null },
    ],
    scores: {
      'bakery|amal': 0.8,
      'bakery|olena': 0.5,
      'garage|olena': 0.7,
      'bakery|reza': 0.6,
      'bakery|tigist': 0.9,
    },
    interpreters: [{ id: 'Samira', languages: ['ar', 'uk'] }],
    mustMeet: ['bakery|tigist'],
  };

  it('marks pairs that need an interpreter and leaves out pairs that cannot talk', () => {
    const { problem, unreachable } = buildSpeedDatingProblem(event);
    expect(problem.interpreter).toEqual({ 'bakery|amal': 'ar', 'bakery|olena': 'uk' });
    expect(unreachable).toEqual(['bakery|tigist']);
    expect(problem.scores).toEqual({
      'bakery|amal': 0.8,
      'bakery|olena': 0.5,
      'garage|olena': 0.7,
      'bakery|reza': 0.6,
    });
    expect(problem.mustMeet).toBeUndefined();
    expect(problem.unavailable).toEqual({ garage: [1] });
    expect(problem.interpreterPool).toEqual([{ id: 'Samira', languages: ['ar', 'uk'] }]);
  });

  it('plans it with one interpreter serving one table per round', () => {
    const { problem } = buildSpeedDatingProblem(event);
    const result = planSchedule(problem, { highs });
    expect(checkSchedule(problem, result.meetings)).toEqual([]);
    const interpreted = result.meetings.filter((m) => m.interpreter === 'Samira');
    expect(new Set(interpreted.map((m) => m.round)).size).toBe(interpreted.length);
    expect(result.status).toBe('optimal');
  });
});
