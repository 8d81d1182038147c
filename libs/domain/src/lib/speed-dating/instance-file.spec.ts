import fc from 'fast-check';
import {
  InstanceFormatError,
  parseProblem,
  parseSchedule,
  serializeProblem,
  serializeResult,
  serializeSchedule,
  validateProblem,
} from './instance-file';
import { planSchedule, replanSchedule } from './schedule';
import { problemArbitrary } from './test-helpers';
import type { SpeedDatingProblem } from './types';

const example: SpeedDatingProblem = {
  rounds: 3,
  firms: ['f1', 'f2'],
  candidates: ['c1', 'c2', 'c7'],
  scores: { 'f1|c1': 0.83, 'f1|c7': 0.5, 'f2|c2': 0.4 },
  interpreter: { 'f1|c7': 'ar' },
  interpreters: { ar: 1 },
  unavailable: { c1: [0], f2: [2] },
  mustNot: ['f2|c7'],
  mustMeet: ['f1|c1'],
  minMeetings: 1,
};

const issuesOf = (text: string) => {
  try {
    parseProblem(text);
  } catch (error) {
    expect(error).toBeInstanceOf(InstanceFormatError);
    return (error as InstanceFormatError).issues;
  }
  throw new Error('expected an InstanceFormatError');
};

describe('speed dating: instance files', () => {
  it('round-trips random problems', () => {
    fc.assert(
      fc.property(
        problemArbitrary({ maxFirms: 5, maxCandidates: 8, maxRounds: 6, side: true }),
        (problem) => {
          expect(parseProblem(serializeProblem(problem))).toEqual(JSON.parse(JSON.stringify(problem)));
        },
      ),
    );
  });

  it('reads the example of the issue', () => {
    expect(parseProblem(JSON.stringify(example))).toEqual(example);
    expect(validateProblem(example)).toEqual([]);
  });

  it('names the offending field in every error', () => {
    expect(issuesOf('{')).toEqual([{ field: '(root)', message: expect.stringContaining('not valid JSON') }]);
    expect(issuesOf('[]')).toEqual([{ field: '(root)', message: 'must be a JSON object' }]);
    const bad = {
      ...example,
      rounds: 3,
      scores: { 'f1|c1': -1, 'f9|c1': 0.2, f1c2: 0.1 },
      unavailable: { c1: [3], x: [0] },
      interpreters: { ar: 1.5 },
      mustMeet: ['f2|c7'],
      minMeetings: 4,
      extra: true,
    };
    const fields = issuesOf(JSON.stringify(bad)).map((i) => i.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'extra',
        'scores["f1|c1"]',
        'scores["f9|c1"]',
        'scores.f1c2',
        'unavailable.c1[0]',
        'unavailable.x',
        'interpreters.ar',
        'mustMeet[0]',
        'minMeetings',
      ]),
    );
    const dup = issuesOf(JSON.stringify({ rounds: 2, firms: ['a', 'a|b'], candidates: ['a'], scores: {} }));
    expect(dup.map((i) => i.field)).toEqual(['firms[1]', 'candidates[0]']);
  });

  it('round-trips schedules and result files', () => {
    const result = planSchedule({
      ...example,
      minMeetings: 0,
      mustMeet: [],
      interpreter: {},
      unavailable: {},
    });
    expect(parseSchedule(serializeSchedule(result.meetings), example)).toEqual(result.meetings);
    const resultText = serializeResult(result);
    expect(JSON.parse(resultText)).toEqual(JSON.parse(JSON.stringify(result)));
    expect(parseSchedule(resultText, example)).toEqual(result.meetings);
  });

  it('rejects schedules with unknown people or rounds, naming the entry', () => {
    expect(() => parseSchedule('[{"firm":"f1","candidate":"c9","round":5}]', example)).toThrow(
      '[0].candidate: unknown candidate "c9"; [0].round: must be a round from 0 to 2',
    );
    expect(() => parseSchedule('{"meetings": [{"firm":"f1","round":0}]}', example)).toThrow(
      'meetings[0].candidate: must be a candidate id',
    );
  });
});

describe('speed dating: the planner rejects invalid input by field', () => {
  it('throws InstanceFormatError for a bad problem, fromRound or no-show id', () => {
    expect(() => planSchedule({ ...example, rounds: 0 })).toThrow(InstanceFormatError);
    expect(() => planSchedule({ ...example, scores: { 'f1|zz': 1 } })).toThrow(
      'scores["f1|zz"]: unknown candidate "zz"',
    );
    expect(() =>
      replanSchedule({ problem: example, previous: [], fromRound: 9, noShows: ['nobody'] }),
    ).toThrow('fromRound: must be an integer from 0 to 3; noShows[0]: unknown firm or candidate "nobody"');
  });
});
