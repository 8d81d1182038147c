/**
 * Instance files: the JSON format of a planning problem and of its result, so a coordinator can
 * export an event's problem, plan it offline, import the result, and anyone can check it
 * independently. Documented in docs/speed-dating-format.md. Pure functions on strings/values;
 * reading and writing the files is the caller's business.
 */
import { PAIR_SEPARATOR, splitPairKey } from './compile';
import type { InterpreterSpec, Meeting, ScheduleResult, SpeedDatingProblem } from './types';

export const MAX_ROUNDS = 1000;

export interface FormatIssue {
  /** JSON path of the offending field, e.g. `scores["f1|c9"]` or `unavailable.c3[1]`. */
  field: string;
  message: string;
}

/** Thrown by the parse functions; `issues` names every bad field (at most 50). */
export class InstanceFormatError extends Error {
  constructor(readonly issues: FormatIssue[]) {
    super(issues.map((i) => `${i.field}: ${i.message}`).join('; '));
    this.name = 'InstanceFormatError';
  }
}

const PROBLEM_KEYS = [
  'rounds',
  'firms',
  'candidates',
  'scores',
  'interpreter',
  'interpreters',
  'interpreterPool',
  'unavailable',
  'mustNot',
  'mustMeet',
  'minMeetings',
];

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const keyPath = (base: string, key: string) =>
  /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? `${base}.${key}` : `${base}[${JSON.stringify(key)}]`;

/** Every problem with the value as a planning problem (empty when valid). */
export function validateProblem(value: unknown): FormatIssue[] {
  const issues: FormatIssue[] = [];
  const add = (field: string, message: string) => {
    if (issues.length < 50) issues.push({ field, message });
  };
  if (!isObject(value)) return [{ field: '(root)', message: 'must be a JSON object' }];
  for (const key of Object.keys(value))
    if (!PROBLEM_KEYS.includes(key)) add(keyPath('', key).replace(/^\./, ''), 'unknown field');
  const rounds = value.rounds;
  const roundsOk = Number.isInteger(rounds) && (rounds as number) >= 1 && (rounds as number) <= MAX_ROUNDS;
  if (!roundsOk) add('rounds', `must be an integer from 1 to ${MAX_ROUNDS}`);
  const R = roundsOk ? (rounds as number) : MAX_ROUNDS;
  const isRound = (r: unknown) => Number.isInteger(r) && (r as number) >= 0 && (r as number) < R;

  const ids = (field: 'firms' | 'candidates'): Set<string> => {
    const out = new Set<string>();
    const list = value[field];
    if (!Array.isArray(list)) {
      add(field, 'must be an array of ids');
      return out;
    }
    list.forEach((id, i) => {
      if (typeof id !== 'string' || id.length === 0 || id.length > 200)
        add(`${field}[${i}]`, 'must be a non-empty string of at most 200 characters');
      else if (id.includes(PAIR_SEPARATOR)) add(`${field}[${i}]`, `must not contain "${PAIR_SEPARATOR}"`);
      else if (out.has(id)) add(`${field}[${i}]`, `duplicate id "${id}"`);
      else out.add(id);
    });
    return out;
  };
  const firms = ids('firms');
  const candidates = ids('candidates');
  (Array.isArray(value.candidates) ? value.candidates : []).forEach((id, i) => {
    if (typeof id === 'string' && firms.has(id))
      add(`candidates[${i}]`, `"${id}" is also a firm id; ids must be distinct`);
  });
  const checkPair = (field: string, key: string): boolean => {
    if (!key.includes(PAIR_SEPARATOR)) {
      add(field, `pair must be written "firm${PAIR_SEPARATOR}candidate"`);
      return false;
    }
    const [f, c] = splitPairKey(key);
    if (!firms.has(f)) add(field, `unknown firm "${f}"`);
    else if (!candidates.has(c)) add(field, `unknown candidate "${c}"`);
    else return true;
    return false;
  };

  const scores = value.scores;
  if (!isObject(scores)) add('scores', 'must be an object of "firm|candidate": number');
  else
    for (const [key, score] of Object.entries(scores)) {
      const field = keyPath('scores', key);
      if (checkPair(field, key) && (typeof score !== 'number' || !Number.isFinite(score) || score < 0))
        add(field, 'must be a finite number ≥ 0');
    }
  const pairList = (field: 'mustNot' | 'mustMeet'): Set<string> => {
    const out = new Set<string>();
    const list = value[field];
    if (list === undefined) return out;
    if (!Array.isArray(list)) {
      add(field, 'must be an array of "firm|candidate" pairs');
      return out;
    }
    list.forEach((key, i) => {
      if (typeof key !== 'string') add(`${field}[${i}]`, 'must be a string "firm|candidate"');
      else if (checkPair(`${field}[${i}]`, key)) out.add(key);
    });
    return out;
  };
  const mustNot = pairList('mustNot');
  pairList('mustMeet');
  (Array.isArray(value.mustMeet) ? value.mustMeet : []).forEach((key, i) => {
    if (typeof key === 'string' && mustNot.has(key)) add(`mustMeet[${i}]`, `"${key}" is also in mustNot`);
  });

  if (value.interpreter !== undefined) {
    if (!isObject(value.interpreter)) add('interpreter', 'must be an object of "firm|candidate": language');
    else
      for (const [key, language] of Object.entries(value.interpreter)) {
        const field = keyPath('interpreter', key);
        if (checkPair(field, key) && (typeof language !== 'string' || language.length === 0))
          add(field, 'must be a language code (non-empty string)');
      }
  }
  const count = (field: string, n: unknown) => {
    if (!Number.isInteger(n) || (n as number) < 0 || (n as number) > 10000)
      add(field, 'must be an integer from 0 to 10000');
  };
  if (value.interpreters !== undefined) {
    if (!isObject(value.interpreters))
      add('interpreters', 'must be an object of language: count or language: [count per round]');
    else
      for (const [language, n] of Object.entries(value.interpreters)) {
        const field = keyPath('interpreters', language);
        if (Array.isArray(n)) {
          if (n.length > R) add(field, `has ${n.length} entries but there are ${R} rounds`);
          n.forEach((k, i) => count(`${field}[${i}]`, k));
        } else count(field, n);
      }
  }
  if (value.interpreterPool !== undefined) {
    if (!Array.isArray(value.interpreterPool))
      add('interpreterPool', 'must be an array of {id, languages, rounds?}');
    else {
      const seen = new Set<string>();
      value.interpreterPool.forEach((spec: unknown, i) => {
        const field = `interpreterPool[${i}]`;
        if (!isObject(spec)) return add(field, 'must be an object {id, languages, rounds?}');
        for (const key of Object.keys(spec))
          if (!['id', 'languages', 'rounds'].includes(key)) add(`${field}.${key}`, 'unknown field');
        if (typeof spec.id !== 'string' || spec.id.length === 0)
          add(`${field}.id`, 'must be a non-empty string');
        else if (seen.has(spec.id)) add(`${field}.id`, `duplicate id "${spec.id}"`);
        else seen.add(spec.id);
        if (!Array.isArray(spec.languages) || spec.languages.length === 0)
          add(`${field}.languages`, 'must be a non-empty array of language codes');
        else
          spec.languages.forEach(
            (l, j) =>
              (typeof l !== 'string' || l.length === 0) &&
              add(`${field}.languages[${j}]`, 'must be a language code'),
          );
        if (spec.rounds !== undefined) {
          if (!Array.isArray(spec.rounds)) add(`${field}.rounds`, 'must be an array of rounds (0-based)');
          else
            spec.rounds.forEach(
              (r, j) => !isRound(r) && add(`${field}.rounds[${j}]`, `must be a round from 0 to ${R - 1}`),
            );
        }
      });
    }
  }
  if (value.unavailable !== undefined) {
    if (!isObject(value.unavailable)) add('unavailable', 'must be an object of id: [rounds]');
    else
      for (const [id, list] of Object.entries(value.unavailable)) {
        const field = keyPath('unavailable', id);
        if (!firms.has(id) && !candidates.has(id)) add(field, `unknown firm or candidate "${id}"`);
        else if (!Array.isArray(list)) add(field, 'must be an array of rounds (0-based)');
        else
          list.forEach((r, j) => !isRound(r) && add(`${field}[${j}]`, `must be a round from 0 to ${R - 1}`));
      }
  }
  if (
    value.minMeetings !== undefined &&
    !(
      Number.isInteger(value.minMeetings) &&
      (value.minMeetings as number) >= 0 &&
      (value.minMeetings as number) <= R
    )
  ) {
    add('minMeetings', `must be an integer from 0 to ${R} (the number of rounds)`);
  }
  return issues;
}

/** Validates and returns a clean copy (only the known fields). Throws InstanceFormatError. */
export function toProblem(value: unknown): SpeedDatingProblem {
  const issues = validateProblem(value);
  if (issues.length) throw new InstanceFormatError(issues);
  const v = value as SpeedDatingProblem;
  const problem: SpeedDatingProblem = {
    rounds: v.rounds,
    firms: [...v.firms],
    candidates: [...v.candidates],
    scores: { ...v.scores },
  };
  if (v.interpreter) problem.interpreter = { ...v.interpreter };
  if (v.interpreters)
    problem.interpreters = Object.fromEntries(
      Object.entries(v.interpreters).map(([l, n]) => [l, Array.isArray(n) ? [...n] : n]),
    );
  if (v.interpreterPool)
    problem.interpreterPool = v.interpreterPool.map((s: InterpreterSpec) => ({
      id: s.id,
      languages: [...s.languages],
      ...(s.rounds ? { rounds: [...s.rounds] } : {}),
    }));
  if (v.unavailable)
    problem.unavailable = Object.fromEntries(Object.entries(v.unavailable).map(([id, r]) => [id, [...r]]));
  if (v.mustNot) problem.mustNot = [...v.mustNot];
  if (v.mustMeet) problem.mustMeet = [...v.mustMeet];
  if (v.minMeetings !== undefined) problem.minMeetings = v.minMeetings;
  return problem;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InstanceFormatError([
      { field: '(root)', message: `not valid JSON: ${(error as Error).message}` },
    ]);
  }
}

/** Parses an instance file's text. Throws InstanceFormatError naming every bad field. */
export function parseProblem(text: string): SpeedDatingProblem {
  return toProblem(parseJson(text));
}

/** Instance file text (stable key order, two-space indent). */
export function serializeProblem(problem: SpeedDatingProblem): string {
  return JSON.stringify(toProblem(problem), null, 2) + '\n';
}

/**
 * Validates a schedule: an array of `{firm, candidate, round, language?, interpreter?}`. With a
 * problem, ids and rounds must belong to it (feasibility is `checkSchedule`'s job).
 */
export function validateSchedule(value: unknown, problem?: SpeedDatingProblem): FormatIssue[] {
  const issues: FormatIssue[] = [];
  const add = (field: string, message: string) => {
    if (issues.length < 50) issues.push({ field, message });
  };
  if (!Array.isArray(value))
    return [{ field: '(root)', message: 'a schedule must be an array of {firm, candidate, round}' }];
  const firms = problem ? new Set(problem.firms) : undefined;
  const candidates = problem ? new Set(problem.candidates) : undefined;
  value.forEach((m: unknown, i) => {
    const field = `[${i}]`;
    if (!isObject(m)) return add(field, 'must be an object {firm, candidate, round}');
    for (const key of Object.keys(m))
      if (!['firm', 'candidate', 'round', 'language', 'interpreter'].includes(key))
        add(`${field}.${key}`, 'unknown field');
    if (typeof m.firm !== 'string' || m.firm.length === 0) add(`${field}.firm`, 'must be a firm id');
    else if (firms && !firms.has(m.firm)) add(`${field}.firm`, `unknown firm "${m.firm}"`);
    if (typeof m.candidate !== 'string' || m.candidate.length === 0)
      add(`${field}.candidate`, 'must be a candidate id');
    else if (candidates && !candidates.has(m.candidate))
      add(`${field}.candidate`, `unknown candidate "${m.candidate}"`);
    const maxRound = problem ? problem.rounds - 1 : MAX_ROUNDS - 1;
    if (!Number.isInteger(m.round) || (m.round as number) < 0 || (m.round as number) > maxRound)
      add(`${field}.round`, `must be a round from 0 to ${maxRound}`);
    for (const key of ['language', 'interpreter'] as const)
      if (m[key] !== undefined && typeof m[key] !== 'string') add(`${field}.${key}`, 'must be a string');
  });
  return issues;
}

/** Parses a schedule file: the bare array, or a result file's `meetings`. Throws InstanceFormatError. */
export function parseSchedule(text: string, problem?: SpeedDatingProblem): Meeting[] {
  const raw = parseJson(text);
  const list = isObject(raw) && 'meetings' in raw ? raw.meetings : raw;
  const issues = validateSchedule(list, problem).map((i) =>
    list === raw ? i : { ...i, field: `meetings${i.field === '(root)' ? '' : i.field}` },
  );
  if (issues.length) throw new InstanceFormatError(issues);
  return (list as Meeting[]).map((m) => ({
    firm: m.firm,
    candidate: m.candidate,
    round: m.round,
    ...(m.language !== undefined ? { language: m.language } : {}),
    ...(m.interpreter !== undefined ? { interpreter: m.interpreter } : {}),
  }));
}

/** A schedule as the issue's format: an array of meetings, one per line. */
export function serializeSchedule(meetings: Meeting[]): string {
  if (meetings.length === 0) return '[]\n';
  return '[\n' + meetings.map((m) => '  ' + JSON.stringify(m)).join(',\n') + '\n]\n';
}

/** A result file: the meetings plus score, bound, gap, method, status and fairness. */
export function serializeResult(result: ScheduleResult): string {
  const { meetings, ...rest } = result;
  const head = JSON.stringify(rest, null, 2).replace(/\n}$/, '');
  return `${head},\n  "meetings": ${serializeSchedule(meetings).trimEnd().replace(/\n/g, '\n  ')}\n}\n`;
}
