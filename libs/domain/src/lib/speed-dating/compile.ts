import type { Meeting, SpeedDatingProblem } from './types';

export const PAIR_SEPARATOR = '|';

export function pairKey(firm: string, candidate: string): string {
  return `${firm}${PAIR_SEPARATOR}${candidate}`;
}

export function splitPairKey(key: string): [string, string] {
  const at = key.indexOf(PAIR_SEPARATOR);
  return [key.slice(0, at), key.slice(at + 1)];
}

/** A pair that may meet. */
export interface CompiledPair {
  index: number;
  firm: number;
  candidate: number;
  key: string;
  score: number;
  language?: string;
  mustMeet: boolean;
}

/** An interpreter slot type for one round: who can serve which languages. */
export interface InterpreterSlot {
  id: string;
  languages: string[];
}

/** The problem with ids resolved to indexes; built once per solve. */
export interface CompiledProblem {
  rounds: number;
  firms: string[];
  candidates: string[];
  firmIndex: Map<string, number>;
  candidateIndex: Map<string, number>;
  pairs: CompiledPair[];
  pairIndex: Map<string, number>;
  /** [firm][round] */
  firmAvailable: boolean[][];
  /** [candidate][round] */
  candidateAvailable: boolean[][];
  /** Interpreters free per round: [round] → slots. */
  interpreterSlots: InterpreterSlot[][];
  languages: string[];
  minMeetings: number;
  hasSideConstraints: boolean;
}

/** Resolves ids; assumes a problem that passed `validateProblem` (see instance-file.ts). */
export function compileProblem(problem: SpeedDatingProblem): CompiledProblem {
  const R = problem.rounds;
  const firmIndex = new Map(problem.firms.map((id, i) => [id, i]));
  const candidateIndex = new Map(problem.candidates.map((id, i) => [id, i]));
  const mustNot = new Set(problem.mustNot ?? []);
  const mustMeet = new Set(problem.mustMeet ?? []);
  const interpreterOf = problem.interpreter ?? {};
  const keys = new Set(Object.keys(problem.scores));
  for (const key of mustMeet) keys.add(key);
  const pairs: CompiledPair[] = [];
  const pairIndex = new Map<string, number>();
  const sorted = [...keys].sort();
  for (const key of sorted) {
    if (mustNot.has(key)) continue;
    const [f, c] = splitPairKey(key);
    const firm = firmIndex.get(f);
    const candidate = candidateIndex.get(c);
    if (firm === undefined || candidate === undefined) continue;
    const pair: CompiledPair = {
      index: pairs.length,
      firm,
      candidate,
      key,
      score: problem.scores[key] ?? 0,
      mustMeet: mustMeet.has(key),
    };
    const language = interpreterOf[key];
    if (language !== undefined) pair.language = language;
    pairIndex.set(key, pairs.length);
    pairs.push(pair);
  }
  const unavailable = problem.unavailable ?? {};
  const availability = (id: string) => {
    const row = new Array<boolean>(R).fill(true);
    for (const r of unavailable[id] ?? []) if (r >= 0 && r < R) row[r] = false;
    return row;
  };
  const languages = new Set<string>();
  for (const pair of pairs) if (pair.language) languages.add(pair.language);
  const interpreterSlots: InterpreterSlot[][] = [];
  for (let r = 0; r < R; r++) {
    const slots: InterpreterSlot[] = [];
    for (const [language, count] of Object.entries(problem.interpreters ?? {})) {
      const n = Array.isArray(count) ? (count[r] ?? 0) : count;
      for (let k = 1; k <= n; k++) slots.push({ id: `${language}#${k}`, languages: [language] });
    }
    for (const spec of problem.interpreterPool ?? []) {
      if (spec.rounds && !spec.rounds.includes(r)) continue;
      slots.push({ id: spec.id, languages: [...spec.languages] });
    }
    interpreterSlots.push(slots);
  }
  const firmAvailable = problem.firms.map(availability);
  const candidateAvailable = problem.candidates.map(availability);
  const minMeetings = problem.minMeetings ?? 0;
  const hasSideConstraints =
    pairs.some((p) => p.language !== undefined || p.mustMeet) ||
    firmAvailable.some((row) => row.includes(false)) ||
    candidateAvailable.some((row) => row.includes(false)) ||
    minMeetings > 0;
  return {
    rounds: R,
    firms: problem.firms,
    candidates: problem.candidates,
    firmIndex,
    candidateIndex,
    pairs,
    pairIndex,
    firmAvailable,
    candidateAvailable,
    interpreterSlots,
    languages: [...languages].sort(),
    minMeetings,
    hasSideConstraints,
  };
}

/**
 * Assigns interpreters to the meetings of one round that need one (bipartite matching of
 * meetings to interpreter slots, Kuhn's augmenting paths). Returns slot index per meeting, or
 * null when the interpreters of that round cannot serve all of them.
 */
export function assignInterpreters(languages: string[], slots: InterpreterSlot[]): number[] | null {
  const slotOf = new Array<number>(languages.length).fill(-1);
  const meetingOf = new Array<number>(slots.length).fill(-1);
  const tryMeeting = (m: number, seen: boolean[]): boolean => {
    for (let s = 0; s < slots.length; s++) {
      if (seen[s] || !slots[s].languages.includes(languages[m])) continue;
      seen[s] = true;
      if (meetingOf[s] === -1 || tryMeeting(meetingOf[s], seen)) {
        meetingOf[s] = m;
        slotOf[m] = s;
        return true;
      }
    }
    return false;
  };
  for (let m = 0; m < languages.length; m++) {
    if (!tryMeeting(m, new Array<boolean>(slots.length).fill(false))) return null;
  }
  return slotOf;
}

/** Total quality of a set of meetings. */
export function scoreOf(problem: SpeedDatingProblem, meetings: Meeting[]): number {
  let total = 0;
  for (const m of meetings) total += problem.scores[pairKey(m.firm, m.candidate)] ?? 0;
  return total;
}

/** How many candidates have at least `minMeetings` meetings. */
export function fairnessOf(problem: SpeedDatingProblem, meetings: Meeting[]): number {
  const floor = problem.minMeetings ?? 0;
  const count = new Map<string, number>();
  for (const m of meetings) count.set(m.candidate, (count.get(m.candidate) ?? 0) + 1);
  return problem.candidates.filter((c) => (count.get(c) ?? 0) >= floor).length;
}

/**
 * Every violated constraint of a schedule, as readable sentences (empty when feasible): unknown
 * people or rounds, pairs without a score, double booking, repeated pairs, must-not, must-meet,
 * unavailability and interpreter capacity. The fairness floor is an objective, not checked here.
 */
export function checkSchedule(problem: SpeedDatingProblem, meetings: Meeting[]): string[] {
  const cp = compileProblem(problem);
  const problems: string[] = [];
  const firmBusy = new Set<string>();
  const candidateBusy = new Set<string>();
  const met = new Set<string>();
  const needing: { language: string; meeting: Meeting }[][] = Array.from({ length: cp.rounds }, () => []);
  for (const m of meetings) {
    const key = pairKey(m.firm, m.candidate);
    const f = cp.firmIndex.get(m.firm);
    const c = cp.candidateIndex.get(m.candidate);
    if (f === undefined) problems.push(`unknown firm ${m.firm}`);
    if (c === undefined) problems.push(`unknown candidate ${m.candidate}`);
    if (!Number.isInteger(m.round) || m.round < 0 || m.round >= cp.rounds) {
      problems.push(`${key}: round ${m.round} outside 0..${cp.rounds - 1}`);
      continue;
    }
    if (f === undefined || c === undefined) continue;
    const p = cp.pairIndex.get(key);
    if (p === undefined) {
      problems.push(`${key}: pair may not meet (no score, or must-not)`);
      continue;
    }
    if (firmBusy.has(`${m.firm}@${m.round}`)) problems.push(`${m.firm} has two meetings in round ${m.round}`);
    if (candidateBusy.has(`${m.candidate}@${m.round}`))
      problems.push(`${m.candidate} has two meetings in round ${m.round}`);
    firmBusy.add(`${m.firm}@${m.round}`);
    candidateBusy.add(`${m.candidate}@${m.round}`);
    if (met.has(key)) problems.push(`${key} meets twice`);
    met.add(key);
    if (!cp.firmAvailable[f][m.round]) problems.push(`${m.firm} is not there in round ${m.round}`);
    if (!cp.candidateAvailable[c][m.round]) problems.push(`${m.candidate} is not there in round ${m.round}`);
    const language = cp.pairs[p].language;
    if (language !== undefined) needing[m.round].push({ language, meeting: m });
  }
  for (const key of problem.mustMeet ?? []) if (!met.has(key)) problems.push(`${key} must meet but does not`);
  for (let r = 0; r < cp.rounds; r++) {
    if (needing[r].length === 0) continue;
    if (
      !assignInterpreters(
        needing[r].map((n) => n.language),
        cp.interpreterSlots[r],
      )
    ) {
      problems.push(
        `round ${r}: not enough interpreters for ${needing[r].map((n) => n.language).join(', ')}`,
      );
    }
  }
  return problems;
}

/** Adds language and interpreter ids to the meetings (in place); false if impossible. */
export function attachInterpreters(cp: CompiledProblem, meetings: Meeting[]): boolean {
  let ok = true;
  for (let r = 0; r < cp.rounds; r++) {
    const needing = meetings.filter(
      (m) => m.round === r && cp.pairs[cp.pairIndex.get(pairKey(m.firm, m.candidate)) ?? -1]?.language,
    );
    if (needing.length === 0) continue;
    const languages = needing.map(
      (m) => cp.pairs[cp.pairIndex.get(pairKey(m.firm, m.candidate)) as number].language as string,
    );
    const slots = assignInterpreters(languages, cp.interpreterSlots[r]);
    needing.forEach((m, i) => {
      m.language = languages[i];
      if (slots) m.interpreter = cp.interpreterSlots[r][slots[i]].id;
    });
    if (!slots) ok = false;
  }
  return ok;
}

export function sortMeetings(meetings: Meeting[]): Meeting[] {
  return meetings.sort((a, b) => a.round - b.round || (a.firm < b.firm ? -1 : a.firm > b.firm ? 1 : 0));
}
