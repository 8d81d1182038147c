import {
  assignInterpreters,
  attachInterpreters,
  compileProblem,
  fairnessOf,
  pairKey,
  scoreOf,
  sortMeetings,
  type CompiledProblem,
} from './compile';
import { bipartiteEdgeColouring, maxWeightBMatching } from './flow';
import { InstanceFormatError, validateProblem, type FormatIssue } from './instance-file';
import type { HighsLike, Meeting, ScheduleOptions, ScheduleResult, SpeedDatingProblem } from './types';

function assertValid(problem: SpeedDatingProblem, extra: FormatIssue[] = []): void {
  const issues = [...validateProblem(problem), ...extra];
  if (issues.length) throw new InstanceFormatError(issues);
}

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** A placed meeting during a solve: pair index and round. */
interface Placement {
  pair: number;
  round: number;
}

/** Rounds from `fromRound` on in which a pair can meet: both there, an interpreter for its language. */
export function pairRounds(cp: CompiledProblem, pair: number, fromRound: number): number[] {
  const p = cp.pairs[pair];
  const out: number[] = [];
  for (let r = fromRound; r < cp.rounds; r++) {
    if (!cp.firmAvailable[p.firm][r] || !cp.candidateAvailable[p.candidate][r]) continue;
    if (
      p.language !== undefined &&
      !cp.interpreterSlots[r].some((slot) => slot.languages.includes(p.language as string))
    )
      continue;
    out.push(r);
  }
  return out;
}

/**
 * The flow optimum: the best total quality with at most one meeting per person and round and no
 * pair twice, each person at most as many meetings as rounds they are there, only pairs that
 * have a possible round; interpreter capacity, must-meet and fairness are ignored. An upper bound
 * for every schedule; the exact optimum when there are no side constraints. `fromRound`/`met`
 * restrict it to the remaining rounds and pairs of a re-plan.
 */
export function flowOptimum(
  cp: CompiledProblem,
  fromRound = 0,
  met: Set<number> = new Set(),
): { pairs: number[]; score: number } {
  const count = (row: boolean[]) => row.slice(fromRound).filter(Boolean).length;
  const edges = cp.pairs
    .filter((p) => !met.has(p.index) && pairRounds(cp, p.index, fromRound).length > 0)
    .map((p) => ({ firm: p.firm, candidate: p.candidate, weight: p.score, pair: p.index }));
  const chosen = maxWeightBMatching(
    cp.firms.length,
    cp.candidates.length,
    edges,
    cp.firmAvailable.map(count),
    cp.candidateAvailable.map(count),
  );
  const pairs = chosen.map((i) => edges[i].pair);
  return { pairs, score: pairs.reduce((s, p) => s + cp.pairs[p].score, 0) };
}

/**
 * Exact schedule without side constraints: max-weight b-matching (each person ≤ R meetings),
 * then a proper R-edge-colouring of the chosen meetings gives the rounds (Kőnig).
 */
export function planExact(problem: SpeedDatingProblem): ScheduleResult {
  const start = now();
  assertValid(problem);
  const cp = compileProblem(problem);
  if (cp.hasSideConstraints)
    throw new Error(
      'planExact: the problem has side constraints (interpreters, availability, must-meet or a fairness floor); use planSchedule',
    );
  const { pairs, score } = flowOptimum(cp);
  const colours = bipartiteEdgeColouring(
    cp.firms.length,
    cp.candidates.length,
    pairs.map((p) => ({ left: cp.pairs[p].firm, right: cp.pairs[p].candidate })),
    cp.rounds,
  );
  const meetings = sortMeetings(
    pairs.map((p, i) => ({
      firm: cp.firms[cp.pairs[p].firm],
      candidate: cp.candidates[cp.pairs[p].candidate],
      round: colours[i],
    })),
  );
  attachInterpreters(cp, meetings);
  return {
    meetings,
    score,
    bound: score,
    gap: 0,
    method: 'exact-flow',
    status: 'optimal',
    fairness: {
      minMeetings: cp.minMeetings,
      reached: fairnessOf(problem, meetings),
      candidates: cp.candidates.length,
      bound: cp.candidates.length,
    },
    millis: now() - start,
  };
}

/** Mutable occupancy used by the heuristic. */
class Board {
  firmBusy: boolean[][];
  candidateBusy: boolean[][];
  languagesInRound: string[][];
  met = new Set<number>();
  placements: Placement[] = [];
  /** Rounds whose interpreters each speak one language: capacity is a count per language. */
  private simple: boolean[];
  private capacity: Map<string, number>[];
  private used: Map<string, number>[];
  constructor(private cp: CompiledProblem) {
    this.simple = cp.interpreterSlots.map((slots) => slots.every((slot) => slot.languages.length === 1));
    this.capacity = cp.interpreterSlots.map((slots) => {
      const m = new Map<string, number>();
      for (const slot of slots)
        if (slot.languages.length === 1) m.set(slot.languages[0], (m.get(slot.languages[0]) ?? 0) + 1);
      return m;
    });
    this.used = cp.interpreterSlots.map(() => new Map<string, number>());
    this.firmBusy = cp.firms.map(() => new Array<boolean>(cp.rounds).fill(false));
    this.candidateBusy = cp.candidates.map(() => new Array<boolean>(cp.rounds).fill(false));
    this.languagesInRound = Array.from({ length: cp.rounds }, () => []);
  }
  fits(pair: number, r: number): boolean {
    const p = this.cp.pairs[pair];
    if (this.met.has(pair)) return false;
    if (!this.cp.firmAvailable[p.firm][r] || !this.cp.candidateAvailable[p.candidate][r]) return false;
    if (this.firmBusy[p.firm][r] || this.candidateBusy[p.candidate][r]) return false;
    if (p.language !== undefined) {
      if (this.simple[r])
        return (this.used[r].get(p.language) ?? 0) < (this.capacity[r].get(p.language) ?? 0);
      return (
        assignInterpreters([...this.languagesInRound[r], p.language], this.cp.interpreterSlots[r]) !== null
      );
    }
    return true;
  }
  place(pair: number, r: number): void {
    const p = this.cp.pairs[pair];
    this.met.add(pair);
    this.firmBusy[p.firm][r] = true;
    this.candidateBusy[p.candidate][r] = true;
    if (p.language !== undefined) {
      this.languagesInRound[r].push(p.language);
      this.used[r].set(p.language, (this.used[r].get(p.language) ?? 0) + 1);
    }
    this.placements.push({ pair, round: r });
  }
  tryPlace(pair: number, fromRound: number, prefer?: number): boolean {
    if (prefer !== undefined && prefer >= fromRound && this.fits(pair, prefer)) {
      this.place(pair, prefer);
      return true;
    }
    for (let r = fromRound; r < this.cp.rounds; r++) {
      if (this.fits(pair, r)) {
        this.place(pair, r);
        return true;
      }
    }
    return false;
  }
}

/**
 * Flow plus local repair: the flow optimum's meetings (and must-meet pairs first, published
 * meetings first in a re-plan) are placed greedily into the first round where both people are
 * there, free and an interpreter is free; then every other pair, best first, fills gaps.
 * Always feasible except possibly for must-meet pairs. Used as the MIP's starting solution and
 * when no solver is given.
 */
function heuristic(cp: CompiledProblem, fromRound: number, fixed: Placement[], keep: Placement[]): Board {
  const board = new Board(cp);
  for (const f of fixed) board.place(f.pair, f.round);
  const pastCount = cp.candidates.map(() => 0);
  for (const f of fixed) pastCount[cp.pairs[f.pair].candidate]++;
  for (const p of cp.pairs)
    if (p.mustMeet && !board.met.has(p.index))
      board.tryPlace(p.index, fromRound, keep.find((k) => k.pair === p.index)?.round);
  for (const k of keep) if (!board.met.has(k.pair)) board.tryPlace(k.pair, fromRound, k.round);
  const { pairs } = flowOptimum(cp, fromRound, board.met);
  fill(cp, board, fromRound, pastCount, pairs);
  return board;
}

/**
 * Fills a board: first candidates below the fairness floor (their best pairs first, level by
 * level), then the `first` pairs (the flow optimum's), then every pair with a positive score.
 */
function fill(
  cp: CompiledProblem,
  board: Board,
  fromRound: number,
  pastCount: number[],
  first: number[],
): void {
  const byScore = (a: number, b: number) => cp.pairs[b].score - cp.pairs[a].score;
  const order = cp.pairs.map((p) => p.index).sort(byScore);
  if (cp.minMeetings > 0) {
    const count = cp.candidates.map((_, c) => pastCount[c]);
    for (const pl of board.placements) if (pl.round >= fromRound) count[cp.pairs[pl.pair].candidate]++;
    for (let level = 0; level < cp.minMeetings; level++) {
      for (const pair of order) {
        const c = cp.pairs[pair].candidate;
        if (count[c] === level && board.tryPlace(pair, fromRound)) count[c]++;
      }
    }
  }
  for (const pair of [...first].sort(byScore)) board.tryPlace(pair, fromRound);
  for (const pair of order) if (cp.pairs[pair].score > 0) board.tryPlace(pair, fromRound);
}

interface IlpSpec {
  cp: CompiledProblem;
  fromRound: number;
  fixed: Placement[];
  /** Extra objective weight for keeping a published meeting in its round (re-plan). */
  keepWeight: Map<string, number>;
  phase: 'fairness' | 'quality';
  fairnessAtLeast: number;
  /** Only these pairs (the round-assignment stage of the decomposition). */
  pairs?: Set<number>;
  /** Objective weight of a candidate reaching the floor in the quality phase. */
  fairnessWeight?: number;
}

interface Ilp {
  text: string;
  vars: { name: string; pair: number; round: number }[];
  fairnessVars: { name: string; candidate: number }[];
  fixedFair: number;
  infeasible: string[];
}

function buildIlp(spec: IlpSpec): Ilp {
  const { cp, fromRound, fixed } = spec;
  const met = new Set(fixed.map((f) => f.pair));
  const vars: Ilp['vars'] = [];
  const byFirmRound = new Map<string, string[]>();
  const byCandRound = new Map<string, string[]>();
  const byPair = new Map<number, string[]>();
  const byLangRound = new Map<string, string[]>();
  const byCandidate = new Map<number, string[]>();
  const push = (map: Map<string | number, string[]>, key: string | number, name: string) => {
    const list = map.get(key);
    if (list) list.push(name);
    else map.set(key, [name]);
  };
  const langAvailable = (language: string, r: number) =>
    cp.interpreterSlots[r].some((s) => s.languages.includes(language));
  for (const p of cp.pairs) {
    if (met.has(p.index) || (spec.pairs && !spec.pairs.has(p.index))) continue;
    for (let r = fromRound; r < cp.rounds; r++) {
      if (!cp.firmAvailable[p.firm][r] || !cp.candidateAvailable[p.candidate][r]) continue;
      if (p.language !== undefined && !langAvailable(p.language, r)) continue;
      const name = `x${p.index}_${r}`;
      vars.push({ name, pair: p.index, round: r });
      push(byFirmRound as Map<string | number, string[]>, `${p.firm}_${r}`, name);
      push(byCandRound as Map<string | number, string[]>, `${p.candidate}_${r}`, name);
      push(byPair as Map<string | number, string[]>, p.index, name);
      push(byCandidate as Map<string | number, string[]>, p.candidate, name);
      if (p.language !== undefined)
        push(byLangRound as Map<string | number, string[]>, `${p.language}\u0000${r}`, name);
    }
  }
  const lines: string[] = [];
  const sum = (terms: string[]) => {
    const out: string[] = [];
    for (let i = 0; i < terms.length; i += 40) out.push(terms.slice(i, i + 40).join(' + '));
    return out.join('\n + ');
  };
  const infeasible: string[] = [];
  const past = cp.candidates.map(() => 0);
  for (const f of fixed) past[cp.pairs[f.pair].candidate]++;
  const fairnessVars: Ilp['fairnessVars'] = [];
  let fixedFair = 0;
  if (cp.minMeetings > 0) {
    cp.candidates.forEach((_, c) => {
      if (past[c] >= cp.minMeetings) fixedFair++;
      else if ((byCandidate.get(c)?.length ?? 0) + past[c] >= cp.minMeetings)
        fairnessVars.push({ name: `y${c}`, candidate: c });
    });
  }
  const fmt = (v: number) => (Number.isInteger(v) ? String(v) : v.toPrecision(12));
  const objective: string[] = [];
  if (spec.phase === 'fairness') {
    for (const y of fairnessVars) objective.push(`1 ${y.name}`);
    for (const v of vars) objective.push(`0 ${v.name}`);
  } else {
    for (const v of vars) {
      const w = cp.pairs[v.pair].score + (spec.keepWeight.get(`${v.pair}_${v.round}`) ?? 0);
      objective.push(`${fmt(w)} ${v.name}`);
    }
    for (const y of fairnessVars) objective.push(`${fmt(spec.fairnessWeight ?? 0)} ${y.name}`);
  }
  lines.push(
    'Maximize',
    ` obj: ${objective.length ? sum(objective).replace(/\+ -/g, '- ') : '0 dummy'}`,
    'Subject To',
  );
  let row = 0;
  const rowName = () => `r${row++}`;
  for (const list of byFirmRound.values())
    if (list.length > 1) lines.push(` ${rowName()}: ${sum(list)} <= 1`);
  for (const list of byCandRound.values())
    if (list.length > 1) lines.push(` ${rowName()}: ${sum(list)} <= 1`);
  for (const p of cp.pairs) {
    const list = byPair.get(p.index) ?? [];
    if (p.mustMeet && !met.has(p.index)) {
      if (list.length === 0)
        infeasible.push(
          `${p.key}: must meet, but there is no round in which both are there (with an interpreter where needed)`,
        );
      else lines.push(` ${rowName()}: ${sum(list)} = 1`);
    } else if (list.length > 1) lines.push(` ${rowName()}: ${sum(list)} <= 1`);
  }
  const binaries: string[] = vars.map((v) => v.name);
  for (let r = fromRound; r < cp.rounds; r++) {
    const slots = cp.interpreterSlots[r];
    const multi = slots.map((s, i) => ({ s, i })).filter(({ s }) => s.languages.length > 1);
    const assignVars = new Map<string, string[]>();
    for (const { s, i } of multi) {
      const own: string[] = [];
      for (const language of s.languages) {
        if (!byLangRound.has(`${language}\u0000${r}`)) continue;
        const name = `a${i}_${cp.languages.indexOf(language)}_${r}`;
        own.push(name);
        binaries.push(name);
        const list = assignVars.get(language);
        if (list) list.push(name);
        else assignVars.set(language, [name]);
      }
      if (own.length > 1) lines.push(` ${rowName()}: ${sum(own)} <= 1`);
    }
    for (const language of cp.languages) {
      const list = byLangRound.get(`${language}\u0000${r}`);
      if (!list) continue;
      const single = slots.filter((s) => s.languages.length === 1 && s.languages[0] === language).length;
      const extra = assignVars.get(language) ?? [];
      if (list.length <= single) continue;
      const terms = sum(list) + (extra.length ? ' - ' + extra.join(' - ') : '');
      lines.push(` ${rowName()}: ${terms} <= ${single}`);
    }
  }
  for (const y of fairnessVars) {
    const list = byCandidate.get(y.candidate) ?? [];
    lines.push(` ${rowName()}: ${sum(list)} - ${cp.minMeetings - past[y.candidate]} ${y.name} >= 0`);
    binaries.push(y.name);
  }
  if (spec.phase === 'quality' && fairnessVars.length > 0 && spec.fairnessAtLeast - fixedFair > 0) {
    lines.push(
      ` ${rowName()}: ${sum(fairnessVars.map((y) => y.name))} >= ${spec.fairnessAtLeast - fixedFair}`,
    );
  }
  if (row === 0) lines.push(' r_empty: 0 dummy >= 0');
  lines.push('Binaries');
  for (let i = 0; i < binaries.length; i += 40) lines.push(' ' + binaries.slice(i, i + 40).join(' '));
  if (row === 0 || objective.length === 0) lines.push(' dummy');
  lines.push('End');
  return { text: lines.join('\n'), vars, fairnessVars, fixedFair, infeasible };
}

interface IlpRun {
  placements: Placement[];
  objective: number;
  dualBound: number;
  status: 'optimal' | 'time-limit' | 'infeasible' | 'no-solution';
}

const MODEL_STATUS_OPTIMAL = 7;
const MODEL_STATUS_INFEASIBLE = 8;

function runIlp(
  highs: HighsLike,
  ilp: Ilp,
  start: Placement[],
  fairStart: Set<number>,
  timeLimit: number,
  gap: number,
  absoluteGap?: number,
): IlpRun {
  const model = highs.createModel({ format: 'lp', data: ilp.text });
  try {
    model.options.set({ output_flag: false, time_limit: Math.max(0.05, timeLimit), mip_rel_gap: gap });
    if (absoluteGap !== undefined) model.options.set({ mip_abs_gap: Math.max(1e-6, absoluteGap) });
    const index = new Map<string, number>();
    for (const v of ilp.vars) {
      const i = model.getColByName(v.name);
      if (i !== undefined) {
        index.set(v.name, i);
      }
    }
    for (const y of ilp.fairnessVars) {
      const i = model.getColByName(y.name);
      if (i !== undefined) {
        index.set(y.name, i);
      }
    }
    if (start.length > 0 || fairStart.size > 0) {
      // a sparse start over every x and y column (the interpreter assignment columns are left
      // for HiGHS to complete)
      const startSet = new Set(start.map((s) => `x${s.pair}_${s.round}`));
      const indices: number[] = [];
      const values: number[] = [];
      for (const y of ilp.fairnessVars) if (fairStart.has(y.candidate)) startSet.add(y.name);
      for (const [name, i] of index) {
        indices.push(i);
        values.push(startSet.has(name) ? 1 : 0);
      }
      try {
        model.setSolution({ indices: Int32Array.from(indices), values: Float64Array.from(values) });
      } catch {
        // a start the solver does not accept is only a lost hint
      }
    }
    model.run();
    const status = model.getModelStatus();
    if (status === MODEL_STATUS_INFEASIBLE)
      return { placements: [], objective: 0, dualBound: 0, status: 'infeasible' };
    const primalStatus = Number(model.info.get('primal_solution_status') ?? 0);
    if (primalStatus !== 2)
      return {
        placements: [],
        objective: 0,
        dualBound: Number(model.info.get('mip_dual_bound') ?? Infinity),
        status: 'no-solution',
      };
    const values = model.getSolution().colValue;
    const placements: Placement[] = [];
    for (const v of ilp.vars)
      if ((values[index.get(v.name) as number] ?? 0) > 0.5) placements.push({ pair: v.pair, round: v.round });
    const dual = Number(model.info.get('mip_dual_bound'));
    let objective = 0;
    if (ilp.fairnessVars.length > 0) {
      for (const y of ilp.fairnessVars) objective += (values[index.get(y.name) as number] ?? 0) > 0.5 ? 1 : 0;
    }
    return {
      placements,
      objective,
      dualBound: Number.isFinite(dual) ? dual : Infinity,
      status: status === MODEL_STATUS_OPTIMAL ? 'optimal' : 'time-limit',
    };
  } finally {
    model.dispose();
  }
}

function toMeetings(cp: CompiledProblem, placements: Placement[]): Meeting[] {
  const meetings = placements.map((pl) => ({
    firm: cp.firms[cp.pairs[pl.pair].firm],
    candidate: cp.candidates[cp.pairs[pl.pair].candidate],
    round: pl.round,
  }));
  attachInterpreters(cp, meetings);
  return sortMeetings(meetings);
}

interface SolveSpec {
  /** When the caller started (the time limit counts from there). */
  startedAt: number;
  cp: CompiledProblem;
  problem: SpeedDatingProblem;
  fromRound: number;
  fixed: Placement[];
  keep: Placement[];
  keepWeight: number;
  options: ScheduleOptions;
  bound: number;
}

function fairCount(cp: CompiledProblem, placements: Placement[]): { count: number; reached: Set<number> } {
  const perCandidate = cp.candidates.map(() => 0);
  for (const pl of placements) perCandidate[cp.pairs[pl.pair].candidate]++;
  const reached = new Set<number>();
  perCandidate.forEach((n, c) => n >= cp.minMeetings && reached.add(c));
  return { count: reached.size, reached };
}

/**
 * LP relaxation on pair level (one variable per pair, not per pair and round): each person at
 * most as many meetings as rounds they are there, interpreter meetings per language at most the
 * interpreter-rounds for that language, must-meet pairs met, and (fairness) at least
 * `fairnessAtLeast` candidates fractionally at the floor. Every schedule projects onto a feasible
 * point, so its optimum bounds the quality (objective `quality`) or the number of candidates
 * reaching the floor (objective `fairness`). Small (pairs, not pairs × rounds), so it solves fast.
 */
function aggregatedLp(
  cp: CompiledProblem,
  fromRound: number,
  fixed: Placement[],
  objective: 'quality' | 'fairness',
  fairnessAtLeast: number,
  integer = false,
  pairBonus: Map<number, number> = new Map(),
): string {
  const met = new Set(fixed.map((f) => f.pair));
  const past = cp.candidates.map(() => 0);
  for (const f of fixed) past[cp.pairs[f.pair].candidate]++;
  const byFirm = new Map<number, string[]>();
  const byCandidate = new Map<number, string[]>();
  const byLanguage = new Map<string, string[]>();
  const allInterpreted: string[] = [];
  const names: string[] = [];
  const costs: string[] = [];
  const equal: string[] = [];
  const push = <K>(map: Map<K, string[]>, key: K, name: string) => {
    const list = map.get(key);
    if (list) list.push(name);
    else map.set(key, [name]);
  };
  for (const p of cp.pairs) {
    if (met.has(p.index) || pairRounds(cp, p.index, fromRound).length === 0) continue;
    const name = `z${p.index}`;
    names.push(name);
    costs.push(`${objective === 'quality' ? p.score + (pairBonus.get(p.index) ?? 0) : 0} ${name}`);
    push(byFirm, p.firm, name);
    push(byCandidate, p.candidate, name);
    if (p.language !== undefined) {
      push(byLanguage, p.language, name);
      allInterpreted.push(name);
    }
    if (p.mustMeet) equal.push(name);
  }
  const sum = (terms: string[]) => {
    const out: string[] = [];
    for (let i = 0; i < terms.length; i += 40) out.push(terms.slice(i, i + 40).join(' + '));
    return out.join('\n + ');
  };
  const rows: string[] = [];
  const count = (row: boolean[]) => row.slice(fromRound).filter(Boolean).length;
  for (const [f, list] of byFirm) rows.push(`${sum(list)} <= ${count(cp.firmAvailable[f])}`);
  for (const [c, list] of byCandidate) rows.push(`${sum(list)} <= ${count(cp.candidateAvailable[c])}`);
  let slotsTotal = 0;
  const slotsFor = new Map<string, number>();
  for (let r = fromRound; r < cp.rounds; r++) {
    slotsTotal += cp.interpreterSlots[r].length;
    for (const slot of cp.interpreterSlots[r])
      for (const l of slot.languages) slotsFor.set(l, (slotsFor.get(l) ?? 0) + 1);
  }
  for (const [l, list] of byLanguage) rows.push(`${sum(list)} <= ${slotsFor.get(l) ?? 0}`);
  if (allInterpreted.length) rows.push(`${sum(allInterpreted)} <= ${slotsTotal}`);
  for (const name of equal) rows.push(`${name} = 1`);
  const fairness: string[] = [];
  let fixedFair = 0;
  if (cp.minMeetings > 0) {
    cp.candidates.forEach((_, c) => {
      if (past[c] >= cp.minMeetings) return void fixedFair++;
      const list = byCandidate.get(c) ?? [];
      if (list.length + past[c] < cp.minMeetings) return;
      fairness.push(`y${c}`);
      rows.push(`${sum(list)} - ${cp.minMeetings - past[c]} y${c} >= 0`);
    });
    if (objective === 'quality' && fairnessAtLeast - fixedFair > 0)
      rows.push(`${sum(fairness)} >= ${fairnessAtLeast - fixedFair}`);
  }
  const obj = objective === 'fairness' ? [...fairness.map((y) => `1 ${y}`), ...costs] : costs;
  const lines = ['Maximize', ` obj: ${obj.length ? sum(obj) : '0 dummy'}`, 'Subject To'];
  rows.forEach((row, i) => lines.push(` a${i}: ${row}`));
  if (rows.length === 0) lines.push(' a_empty: 0 dummy >= 0');
  lines.push('Bounds');
  for (const name of [...names, ...fairness]) lines.push(` 0 <= ${name} <= 1`);
  if (integer) {
    lines.push('Binaries');
    const all = [...names, ...fairness];
    for (let i = 0; i < all.length; i += 40) lines.push(' ' + all.slice(i, i + 40).join(' '));
  }
  lines.push('End');
  return lines.join('\n');
}

/** Solves an LP; its optimum, or null when infeasible, +Infinity when it could not be solved. */
export function runLp(highs: HighsLike, text: string, timeLimit: number): number | null {
  const model = highs.createModel({ format: 'lp', data: text });
  try {
    model.options.set({ output_flag: false, time_limit: Math.max(0.05, timeLimit) });
    model.run();
    const status = model.getModelStatus();
    if (status === MODEL_STATUS_INFEASIBLE) return null;
    if (status !== MODEL_STATUS_OPTIMAL) return Infinity;
    return model.getObjectiveValue();
  } finally {
    model.dispose();
  }
}

/** Solves a model and reads the named columns (> 0.5 counts as 1 for binaries). */
function runModel(
  highs: HighsLike,
  text: string,
  names: string[],
  settings: Record<string, number>,
  start?: Map<string, number>,
): {
  status: 'optimal' | 'time-limit' | 'infeasible' | 'no-solution';
  objective: number;
  dualBound: number;
  values: Map<string, number>;
} {
  const model = highs.createModel({ format: 'lp', data: text });
  try {
    model.options.set({
      output_flag: false,
      ...settings,
      time_limit: Math.max(0.05, settings.time_limit ?? 1),
    });
    if (start && start.size > 0) {
      const indices: number[] = [];
      const values: number[] = [];
      for (const [name, value] of start) {
        try {
          const i = model.getColByName(name);
          if (i !== undefined) {
            indices.push(i);
            values.push(value);
          }
        } catch {
          // not a column of this model
        }
      }
      try {
        model.setSolution({ indices: Int32Array.from(indices), values: Float64Array.from(values) });
      } catch {
        // a start the solver does not accept is only a lost hint
      }
    }
    model.run();
    const status = model.getModelStatus();
    const dual = Number(model.info.get('mip_dual_bound'));
    const dualBound = Number.isFinite(dual) ? dual : Infinity;
    if (status === MODEL_STATUS_INFEASIBLE)
      return { status: 'infeasible', objective: 0, dualBound, values: new Map() };
    if (Number(model.info.get('primal_solution_status') ?? 0) !== 2)
      return { status: 'no-solution', objective: 0, dualBound, values: new Map() };
    const colValue = model.getSolution().colValue;
    const values = new Map<string, number>();
    for (const name of names) {
      let i: number | undefined;
      try {
        i = model.getColByName(name);
      } catch {
        i = undefined; // a pair that is not in the model (no possible round)
      }
      if (i !== undefined) values.set(name, colValue[i]);
    }
    return {
      status: status === MODEL_STATUS_OPTIMAL ? 'optimal' : 'time-limit',
      objective: model.getObjectiveValue(),
      dualBound,
      values,
    };
  } finally {
    model.dispose();
  }
}

/** Published meetings not kept in their round. */
function movedCount(keep: Placement[], placements: Placement[]): number {
  const placed = new Set(placements.map((p) => `${p.pair}_${p.round}`));
  return keep.filter((k) => !placed.has(`${k.pair}_${k.round}`)).length;
}

const EPS = 1e-7;

function solveWithSideConstraints(spec: SolveSpec): Omit<ScheduleResult, 'millis'> {
  const { cp, problem, fromRound, fixed, options, keep } = spec;
  const deadline = spec.startedAt + (options.timeLimitSeconds ?? 10) * 1000;
  const tolerance = options.mipRelGap ?? 1e-4;
  const fixedScore = fixed.reduce((s, f) => s + cp.pairs[f.pair].score, 0);
  let fairBound = cp.candidates.length;
  const qualityOf = (placements: Placement[]) => placements.reduce((s, pl) => s + cp.pairs[pl.pair].score, 0);
  const finish = (
    placements: Placement[],
    method: ScheduleResult['method'],
    status: ScheduleResult['status'],
    bound: number,
    reasons?: string[],
  ) => {
    const meetings = toMeetings(cp, placements);
    const score = scoreOf(problem, meetings);
    const b = Math.max(score, bound);
    const reached = fairnessOf(problem, meetings);
    const result: Omit<ScheduleResult, 'millis'> = {
      meetings,
      score,
      bound: b,
      gap: b > 0 ? (b - score) / b : 0,
      method,
      status,
      fairness: {
        minMeetings: cp.minMeetings,
        reached,
        candidates: cp.candidates.length,
        bound: Math.max(fairBound, reached),
      },
    };
    if (reasons) result.reasons = reasons;
    return result;
  };
  const keepWeight = new Map(keep.map((k) => [`${k.pair}_${k.round}`, spec.keepWeight]));
  const base: IlpSpec = { cp, fromRound, fixed, keepWeight, phase: 'quality', fairnessAtLeast: 0 };
  // size of the full ILP and must-meet pairs that can never meet, without building it
  const metBefore = new Set(fixed.map((f) => f.pair));
  let ilpVariables = 0;
  const impossible: string[] = [];
  for (const p of cp.pairs) {
    if (metBefore.has(p.index)) continue;
    const rounds = pairRounds(cp, p.index, fromRound).length;
    ilpVariables += rounds;
    if (p.mustMeet && rounds === 0)
      impossible.push(
        `${p.key}: must meet, but there is no round in which both are there (with an interpreter where needed)`,
      );
  }
  if (impossible.length > 0) return finish([], 'heuristic', 'infeasible', 0, impossible);

  // 1. flow + repair heuristic: always a schedule (must-meet pairs may be missing)
  const board = heuristic(cp, fromRound, fixed, keep);
  const mustMeetMissing = cp.pairs.filter((p) => p.mustMeet && !board.met.has(p.index)).map((p) => p.key);
  interface Candidate {
    placements: Placement[];
    fair: number;
    moved: number;
    quality: number;
    method: ScheduleResult['method'];
  }
  let best: Candidate | null = mustMeetMissing.length
    ? null
    : {
        placements: board.placements,
        fair: fairCount(cp, board.placements).count,
        moved: movedCount(keep, board.placements),
        quality: qualityOf(board.placements),
        method: 'heuristic',
      };
  const better = (a: Candidate, b: Candidate | null) =>
    !b ||
    a.fair > b.fair ||
    (a.fair === b.fair && (a.moved < b.moved || (a.moved === b.moved && a.quality > b.quality + EPS)));
  const movedLowerBound = keep.filter((k) => !pairRounds(cp, k.pair, fromRound).includes(k.round)).length;
  let qualityBound = spec.bound;
  if (!options.highs) {
    if (!best)
      return finish(
        [],
        'heuristic',
        'infeasible',
        0,
        mustMeetMissing.map((k) => `${k}: must meet, but the heuristic found no place; give a MIP solver`),
      );
    return finish(best.placements, 'heuristic', 'heuristic', qualityBound);
  }
  const highs = options.highs;
  const remaining = () => (deadline - now()) / 1000;

  // 2. bounds from the pair-level LP relaxation
  if (cp.minMeetings > 0) {
    const fairLp = runLp(highs, aggregatedLp(cp, fromRound, fixed, 'fairness', 0), remaining());
    if (fairLp === null)
      return finish([], 'ilp', 'infeasible', 0, ['the must-meet pairs cannot all be scheduled together']);
    const fixedFair = cp.candidates.filter(
      (_, c) => fixed.filter((f) => cp.pairs[f.pair].candidate === c).length >= cp.minMeetings,
    ).length;
    if (Number.isFinite(fairLp)) fairBound = Math.min(fairBound, Math.floor(fairLp + 1e-6) + fixedFair);
  }
  const qualityLpAt = (fair: number) => {
    const value = runLp(highs, aggregatedLp(cp, fromRound, fixed, 'quality', fair), remaining());
    return value === null ? null : fixedScore + value;
  };
  const lp = qualityLpAt(best ? best.fair : 0);
  if (lp === null)
    return finish([], 'ilp', 'infeasible', 0, ['the must-meet pairs cannot all be scheduled together']);
  qualityBound = Math.min(qualityBound, lp);
  const gapOf = (c: Candidate) => (qualityBound > 0 ? (qualityBound - c.quality) / qualityBound : 0);
  const settled = (c: Candidate | null) =>
    !!c && c.fair >= fairBound && c.moved <= movedLowerBound && gapOf(c) <= tolerance + EPS;

  // 2b. decomposition: which pairs meet (pair-level MIP, a relaxation, so its optimum bounds
  //     the quality too), then in which round (MIP on the chosen pairs only), then gaps are
  //     filled greedily. Fast even where the full MIP is not.
  const pastCount = cp.candidates.map(() => 0);
  for (const f of fixed) pastCount[cp.pairs[f.pair].candidate]++;
  const fixedFair = cp.minMeetings > 0 ? pastCount.filter((n) => n >= cp.minMeetings).length : 0;
  let decompositionBound: { fair: number; bound: number } | null = null;
  if (!settled(best) && remaining() > 0.2) {
    let target = best ? best.fair : 0;
    if (cp.minMeetings > 0 && (!best || best.fair < fairBound)) {
      const run = runModel(highs, aggregatedLp(cp, fromRound, fixed, 'fairness', 0, true), [], {
        time_limit: remaining() / 4,
        mip_rel_gap: 0,
      });
      if (run.status === 'infeasible')
        return finish([], 'ilp', 'infeasible', 0, ['the must-meet pairs cannot all be scheduled together']);
      if (run.status === 'optimal') fairBound = Math.min(fairBound, Math.round(run.objective) + fixedFair);
      else if (Number.isFinite(run.dualBound))
        fairBound = Math.min(fairBound, Math.floor(run.dualBound + 1e-6) + fixedFair);
      if (run.status === 'optimal' || run.status === 'time-limit')
        target = Math.max(target, Math.round(run.objective) + fixedFair);
    }
    const pairBonus = new Map(keep.map((k) => [k.pair, spec.keepWeight]));
    const zNames = cp.pairs.map((p) => `z${p.index}`);
    // start from the best schedule so far: its pairs (and its candidates at the floor)
    const startA = new Map<string, number>();
    if (best) {
      const before = new Set(best.placements.filter((pl) => pl.round >= fromRound).map((pl) => pl.pair));
      for (const p of cp.pairs) startA.set(`z${p.index}`, before.has(p.index) ? 1 : 0);
      if (cp.minMeetings > 0) {
        const { reached } = fairCount(cp, best.placements);
        cp.candidates.forEach((_, c) =>
          startA.set(`y${c}`, reached.has(c) && pastCount[c] < cp.minMeetings ? 1 : 0),
        );
      }
    }
    const stageA = runModel(
      highs,
      aggregatedLp(cp, fromRound, fixed, 'quality', target, true, pairBonus),
      zNames,
      keep.length > 0
        ? {
            time_limit: remaining() / 3,
            mip_rel_gap: 0,
            mip_abs_gap: Math.max(1e-6, (tolerance / 2) * qualityBound),
          }
        : { time_limit: remaining() / 3, mip_rel_gap: tolerance / 2 },
      startA,
    );
    if (stageA.status === 'optimal' || stageA.status === 'time-limit') {
      if (keep.length === 0 && Number.isFinite(stageA.dualBound))
        decompositionBound = { fair: target, bound: fixedScore + stageA.dualBound };
      const chosen = new Set<number>();
      for (const p of cp.pairs)
        if ((stageA.values.get(`z${p.index}`) ?? 0) > 0.5 || p.mustMeet) chosen.add(p.index);
      for (const k of keep) chosen.add(k.pair);
      const totalScore = cp.pairs.reduce((sum, p) => sum + Math.max(0, p.score), 0);
      const fairnessWeight = cp.minMeetings > 0 ? keep.length * spec.keepWeight + totalScore + 1 : 0;
      // greedy rounds for the chosen pairs (hardest to place first), then gaps filled: a
      // schedule of its own and the start of the round-assignment MIP
      const greedy = new Board(cp);
      for (const f of fixed) greedy.place(f.pair, f.round);
      for (const p of cp.pairs)
        if (p.mustMeet && !greedy.met.has(p.index)) greedy.tryPlace(p.index, fromRound);
      for (const k of keep) if (!greedy.met.has(k.pair)) greedy.tryPlace(k.pair, fromRound, k.round);
      const options = new Map([...chosen].map((pair) => [pair, pairRounds(cp, pair, fromRound).length]));
      const order = [...chosen].sort(
        (a, b) => (options.get(a) ?? 0) - (options.get(b) ?? 0) || cp.pairs[b].score - cp.pairs[a].score,
      );
      for (const pair of order) greedy.tryPlace(pair, fromRound);
      fill(cp, greedy, fromRound, pastCount, []);
      if (cp.pairs.every((p) => !p.mustMeet || greedy.met.has(p.index))) {
        const found: Candidate = {
          placements: greedy.placements,
          fair: fairCount(cp, greedy.placements).count,
          moved: movedCount(keep, greedy.placements),
          quality: qualityOf(greedy.placements),
          method: 'ilp',
        };
        if (better(found, best)) best = found;
      }
      const stageBIlp = buildIlp({ ...base, pairs: chosen, fairnessWeight });
      if (stageBIlp.infeasible.length === 0 && !settled(best)) {
        const startB = greedy.placements.filter((pl) => pl.round >= fromRound && chosen.has(pl.pair));
        const startFairB = fairCount(cp, greedy.placements).reached;
        const stageB = runIlp(highs, stageBIlp, startB, startFairB, Math.max(0.05, remaining() / 2), 0);
        if (stageB.status === 'optimal' || stageB.status === 'time-limit') {
          const decomposed = new Board(cp);
          for (const f of fixed) decomposed.place(f.pair, f.round);
          for (const pl of stageB.placements) decomposed.place(pl.pair, pl.round);
          fill(cp, decomposed, fromRound, pastCount, []);
          const placements = decomposed.placements;
          const complete = cp.pairs.every((p) => !p.mustMeet || decomposed.met.has(p.index));
          const found: Candidate = {
            placements,
            fair: fairCount(cp, placements).count,
            moved: movedCount(keep, placements),
            quality: qualityOf(placements),
            method: 'ilp',
          };
          if (complete && better(found, best)) best = found;
        }
      }
    }
    if (decompositionBound && best && best.fair >= decompositionBound.fair)
      qualityBound = Math.min(qualityBound, Math.max(best.quality, decompositionBound.bound));
  }

  // 3. the full MIP (pairs × rounds), started from the heuristic, when it is needed and there is
  //    time for it (reading and the root LP take about 0.25 ms per variable here)
  if (!settled(best) && remaining() * 1000 >= Math.max(50, ilpVariables * 0.25)) {
    const parseSeconds = ilpVariables * 0.00005;
    const start = best ? best.placements.filter((p) => p.round >= fromRound) : [];
    const startFair = best ? fairCount(cp, best.placements).reached : new Set<number>();
    let fairnessAtLeast = best ? best.fair : 0;
    let fairProved = cp.minMeetings === 0 || (!!best && best.fair >= fairBound);
    if (cp.minMeetings > 0 && !fairProved) {
      const fairIlp = buildIlp({ ...base, phase: 'fairness' });
      const run = runIlp(highs, fairIlp, start, startFair, remaining() / 2 - parseSeconds, 0);
      if (run.status === 'infeasible')
        return finish([], 'ilp', 'infeasible', 0, ['the must-meet pairs cannot all be scheduled together']);
      if (run.status !== 'no-solution')
        fairnessAtLeast = Math.max(fairnessAtLeast, run.objective + fairIlp.fixedFair);
      if (run.status === 'optimal') {
        fairProved = true;
        fairBound = Math.min(fairBound, fairnessAtLeast);
      }
    }
    const ilp = buildIlp({ ...base, fairnessAtLeast });
    // with keep bonuses the objective is far larger than the quality: stop on an absolute gap in quality
    const run =
      keep.length > 0
        ? runIlp(
            highs,
            ilp,
            best && best.fair >= fairnessAtLeast ? start : [],
            startFair,
            remaining() - parseSeconds,
            0,
            tolerance * qualityBound,
          )
        : runIlp(
            highs,
            ilp,
            best && best.fair >= fairnessAtLeast ? start : [],
            startFair,
            remaining() - parseSeconds,
            tolerance,
          );
    if (run.status === 'infeasible') {
      if (!best)
        return finish([], 'ilp', 'infeasible', 0, ['the must-meet pairs cannot all be scheduled together']);
    } else if (run.status !== 'no-solution') {
      const placements = [...fixed, ...run.placements];
      const found: Candidate = {
        placements,
        fair: fairCount(cp, placements).count,
        moved: movedCount(keep, placements),
        quality: qualityOf(placements),
        method: 'ilp',
      };
      if (better(found, best)) best = found;
      if (run.status === 'optimal' && fairProved) {
        // optimal for the lexicographic objective: fairness, (moves,) quality
        if (keep.length === 0)
          qualityBound = Math.min(qualityBound, Math.max(found.quality, fixedScore + run.dualBound));
        // best is at least as good as the proved optimum found, so it is optimal too
        const winner: Candidate = best ?? found;
        return finish(
          winner.placements,
          winner.method,
          'optimal',
          keep.length === 0 ? qualityBound : Math.max(qualityBound, winner.quality),
        );
      } else {
        if (
          keep.length === 0 &&
          fairProved &&
          found.fair === fairnessAtLeast &&
          Number.isFinite(run.dualBound)
        ) {
          qualityBound = Math.min(qualityBound, fixedScore + run.dualBound);
        }
      }
    }
  }
  if (!best)
    return finish(
      [],
      'ilp',
      'infeasible',
      0,
      mustMeetMissing.map(
        (k) => `${k}: must meet; no schedule with all must-meet pairs found in the time limit`,
      ),
    );
  return finish(best.placements, best.method, settled(best) ? 'optimal' : 'time-limit', qualityBound);
}

/**
 * Plans a speed-dating event. Throws InstanceFormatError (naming the field) on an invalid problem. Without side constraints (interpreters, availability, must-meet,
 * fairness floor) the exact flow + edge-colouring method; otherwise an ILP through HiGHS (two
 * phases when `minMeetings` > 0: first the most candidates reaching the floor, then the best
 * quality with that many), started from the flow + repair heuristic. Every result carries its
 * score, an upper bound and the gap.
 */
export function planSchedule(problem: SpeedDatingProblem, options: ScheduleOptions = {}): ScheduleResult {
  const start = now();
  assertValid(problem);
  const cp = compileProblem(problem);
  if (!cp.hasSideConstraints) return planExact(problem);
  const bound = flowOptimum(cp).score;
  const result = solveWithSideConstraints({
    startedAt: start,
    cp,
    problem,
    fromRound: 0,
    fixed: [],
    keep: [],
    keepWeight: 0,
    options,
    bound,
  });
  return { ...result, millis: now() - start };
}

export interface ReplanInput {
  /** The problem as it is now: walk-ins added (with their scores), anything else updated. */
  problem: SpeedDatingProblem;
  /** The published schedule. */
  previous: Meeting[];
  /** First round that has not started; rounds before it are finished and never change. */
  fromRound: number;
  /** Firms or candidates who did not come or left: unavailable from `fromRound` on. */
  noShows?: string[];
}

/**
 * Re-plans the remaining rounds. Finished rounds (`round < fromRound`) are kept exactly as
 * published and count for "no pair twice" and the fairness floor. Objective, in this order:
 * the fairness floor (as in `planSchedule`), then the fewest published future meetings moved or
 * dropped (each kept meeting outweighs the whole quality sum, so this is lexicographic), then the
 * total quality. `moved` in the result counts published future meetings not kept in their round.
 */
export function replanSchedule(input: ReplanInput, options: ScheduleOptions = {}): ScheduleResult {
  const start = now();
  const { fromRound } = input;
  const extra: FormatIssue[] = [];
  if (!Number.isInteger(fromRound) || fromRound < 0 || fromRound > input.problem.rounds)
    extra.push({ field: 'fromRound', message: `must be an integer from 0 to ${input.problem.rounds}` });
  (input.noShows ?? []).forEach((id, i) => {
    if (!input.problem.firms.includes(id) && !input.problem.candidates.includes(id))
      extra.push({ field: `noShows[${i}]`, message: `unknown firm or candidate "${id}"` });
  });
  assertValid(input.problem, extra);
  const unavailable: Record<string, number[]> = { ...(input.problem.unavailable ?? {}) };
  for (const id of input.noShows ?? []) {
    const rounds = new Set(unavailable[id] ?? []);
    for (let r = fromRound; r < input.problem.rounds; r++) rounds.add(r);
    unavailable[id] = [...rounds].sort((a, b) => a - b);
  }
  const withChanges: SpeedDatingProblem = { ...input.problem, unavailable };
  // must-meet wishes that the changes made impossible (a no-show, say) are dropped, not fatal
  const warnings: string[] = [];
  const probeCp = compileProblem(withChanges);
  const finishedPairs = new Set(
    input.previous.filter((m) => m.round < fromRound).map((m) => pairKey(m.firm, m.candidate)),
  );
  const mustMeet = (withChanges.mustMeet ?? []).filter((key) => {
    const pair = probeCp.pairIndex.get(key);
    if (finishedPairs.has(key) || (pair !== undefined && pairRounds(probeCp, pair, fromRound).length > 0))
      return true;
    warnings.push(`${key}: must meet, but no round is left in which both are there; wish dropped`);
    return false;
  });
  const problem: SpeedDatingProblem = { ...withChanges, mustMeet };
  const cp = compileProblem(problem);
  const fixed: Placement[] = [];
  const keep: Placement[] = [];
  const finishedMeetings: Meeting[] = [];
  for (const m of input.previous) {
    const pair = cp.pairIndex.get(pairKey(m.firm, m.candidate));
    if (m.round < fromRound) {
      finishedMeetings.push(m);
      if (pair !== undefined) fixed.push({ pair, round: m.round });
    } else if (pair !== undefined) keep.push({ pair, round: m.round });
  }
  const published = input.previous.filter((m) => m.round >= fromRound).length;
  const met = new Set(fixed.map((f) => f.pair));
  const totalScore = cp.pairs.reduce((s, p) => s + Math.max(0, p.score), 0);
  const keepWeight = totalScore + 1;
  const bound = fixed.reduce((s, f) => s + cp.pairs[f.pair].score, 0) + flowOptimum(cp, fromRound, met).score;
  const result = solveWithSideConstraints({
    startedAt: start,
    cp,
    problem,
    fromRound,
    fixed,
    keep,
    keepWeight,
    options,
    bound,
  });
  // finished rounds exactly as published (also meetings the compiled problem no longer knows)
  const future = result.meetings.filter((m) => m.round >= fromRound);
  const meetings = sortMeetings([...finishedMeetings.map((m) => ({ ...m })), ...future]);
  const kept = new Set(future.map((m) => `${m.firm}|${m.candidate}|${m.round}`));
  const moved = input.previous.filter(
    (m) => m.round >= fromRound && !kept.has(`${m.firm}|${m.candidate}|${m.round}`),
  ).length;
  // an infeasible re-plan still reports the finished rounds, never an empty past
  const out =
    result.status === 'infeasible' ? sortMeetings(finishedMeetings.map((m) => ({ ...m }))) : meetings;
  const score = scoreOf(problem, out);
  const b = Math.max(score, result.bound);
  return {
    ...result,
    meetings: out,
    ...(warnings.length ? { warnings } : {}),
    score,
    bound: b,
    gap: b > 0 ? (b - score) / b : 0,
    fairness: { ...result.fairness, reached: fairnessOf(problem, out) },
    moved: result.status === 'infeasible' ? published : moved,
    millis: now() - start,
  };
}
