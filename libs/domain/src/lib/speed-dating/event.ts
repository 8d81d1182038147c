import { compareCefr, type CefrLevel } from '../cefr';
import { splitPairKey } from './compile';
import type { InterpreterSpec, SpeedDatingProblem } from './types';

/** A firm's table: the languages spoken there (ISO 639-1, `de` for German). */
export interface EventFirm {
  id: string;
  languages: string[];
  /** Rounds the table is not staffed (0-based). */
  unavailable?: number[];
}

export interface EventCandidate {
  id: string;
  /** Languages the candidate speaks, preferred first (German is judged by `germanLevel`). */
  languages: string[];
  germanLevel?: CefrLevel | null;
  unavailable?: number[];
}

/** An event as the events model knows it; `buildSpeedDatingProblem` turns it into the problem. */
export interface SpeedDatingEvent {
  rounds: number;
  firms: EventFirm[];
  candidates: EventCandidate[];
  /** Pair scores from the matching function (`"firm|candidate"`), only pairs that may meet. */
  scores: Record<string, number>;
  /** Interpreters: each bridges the listed languages to German, one table per round. */
  interpreters?: InterpreterSpec[];
  mustMeet?: string[];
  mustNot?: string[];
  minMeetings?: number;
  /** German level that is enough for a conversation without interpreter (default A2). */
  germanForConversation?: CefrLevel;
}

export interface BuiltProblem {
  problem: SpeedDatingProblem;
  /**
   * Pairs left out (also must-meet wishes): no common language and no interpreter for any of the
   * candidate's languages.
   */
  unreachable: string[];
}

/**
 * Decides per pair whether it needs an interpreter: none when firm and candidate share a language
 * other than German, or the table speaks German and the candidate's German is at least
 * `germanForConversation`; otherwise an interpreter for the candidate's first language that an
 * interpreter of the event speaks (the table must speak German). Pairs with neither are left out.
 */
export function buildSpeedDatingProblem(event: SpeedDatingEvent): BuiltProblem {
  const threshold = event.germanForConversation ?? 'A2';
  const firms = new Map(event.firms.map((f) => [f.id, f]));
  const candidates = new Map(event.candidates.map((c) => [c.id, c]));
  const poolLanguages = new Set((event.interpreters ?? []).flatMap((i) => i.languages));
  const scores: Record<string, number> = {};
  const interpreter: Record<string, string> = {};
  const unreachable: string[] = [];
  const mustMeet = new Set(event.mustMeet ?? []);
  for (const key of [...new Set([...Object.keys(event.scores), ...mustMeet])]) {
    const [f, c] = splitPairKey(key);
    const firm = firms.get(f);
    const candidate = candidates.get(c);
    if (!firm || !candidate) continue; // the validator of the problem names unknown ids
    const shared = candidate.languages.some((l) => l !== 'de' && firm.languages.includes(l));
    const tableGerman = firm.languages.includes('de');
    const germanOk =
      tableGerman && !!candidate.germanLevel && compareCefr(candidate.germanLevel, threshold) >= 0;
    if (!shared && !germanOk) {
      const language = tableGerman
        ? candidate.languages.find((l) => l !== 'de' && poolLanguages.has(l))
        : undefined;
      if (language === undefined) {
        unreachable.push(key);
        continue;
      }
      interpreter[key] = language;
    }
    if (key in event.scores) scores[key] = event.scores[key];
  }
  const unavailable: Record<string, number[]> = {};
  for (const person of [...event.firms, ...event.candidates]) {
    if (person.unavailable?.length) unavailable[person.id] = [...person.unavailable];
  }
  const problem: SpeedDatingProblem = {
    rounds: event.rounds,
    firms: event.firms.map((f) => f.id),
    candidates: event.candidates.map((c) => c.id),
    scores,
  };
  if (Object.keys(interpreter).length) problem.interpreter = interpreter;
  if (event.interpreters?.length) problem.interpreterPool = event.interpreters.map((i) => ({ ...i }));
  if (Object.keys(unavailable).length) problem.unavailable = unavailable;
  if (event.mustNot?.length) problem.mustNot = [...event.mustNot];
  // a must-meet pair that cannot talk at all is reported in `unreachable`, not planned
  const meet = [...mustMeet].filter((k) => !unreachable.includes(k) && firms.has(splitPairKey(k)[0]));
  if (meet.length) problem.mustMeet = meet;
  if (event.minMeetings !== undefined) problem.minMeetings = event.minMeetings;
  return { problem, unreachable: unreachable.sort() };
}
