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
import type { HighsLike, Meeting, ScheduleOptions, ScheduleResult, SpeedDatingProblem } from './types';

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** A placed meeting during a solve: pair index and round. */
interface Placement {
  pair: number;
  round: number;
}

/**
 * The flow optimum: the best total quality with at most one meeting per person and round and no
 * pair twice, ignoring interpreters, availability, must-meet and fairness (must-not pairs are
 * excluded). An upper bound for every schedule; the exact optimum when there are no side
 * constraints. `fromRound`/`met` restrict it to the remaining rounds and pairs of a re-plan.
 */
export function flowOptimum(cp: CompiledProblem, fromRound = 0, met: Set<number> = new Set()): { pairs: number[]; score: number } {
  const remaining = cp.rounds - fromRound;
  const edges = cp.pairs.filter((p) => !met.has(p.index)).map((p) => ({ firm: p.firm, candidate: p.candidate, weight: p.score, pair: p.index }));
  const chosen = maxWeightBMatching(
    cp.firms.length,
    cp.candidates.length,
    edges,
    cp.firms.map(() => remaining),
    cp.candidates.map(() => remaining),
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
  const cp = compileProblem(problem);
  const { pairs, score } = flowOptimum(cp);
  const colours = bipartiteEdgeColouring(
    cp.firms.length,
    cp.candidates.length,
    pairs.map((p) => ({ left: cp.pairs[p].firm, right: cp.pairs[p].candidate })),
    cp.rounds,
  );
  const meetings = sortMeetings(
    pairs.map((p, i) => ({ firm: cp.firms[cp.pairs[p].firm], candidate: cp.candidates[cp.pairs[p].candidate], round: colours[i] })),
  );
  attachInterpreters(cp, meetings);
  return {
    meetings,
    score,
    bound: score,
    gap: 0,
    method: 'exact-flow',
    status: 'optimal',
    fairness: { minMeetings: cp.minMeetings, reached: fairnessOf(problem, meetings), candidates: cp.candidates.length },
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
  constructor(private cp: CompiledProblem) {
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
      return assignInterpreters([...this.languagesInRound[r], p.language], this.cp.interpreterSlots[r]) !== null;
    }
    return true;
  }
  place(pair: number, r: number): void {
    const p = this.cp.pairs[pair];
    this.met.add(pair);
    this.firmBusy[p.firm][r] = true;
    this.candidateBusy[p.candidate][r] = true;
    if (p.language !== undefined) this.languagesInRound[r].push(p.language);
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
  for (const p of cp.pairs) if (p.mustMeet && !board.met.has(p.index)) board.tryPlace(p.index, fromRound, keep.find((k) => k.pair === p.index)?.round);
  for (const k of keep) if (!board.met.has(k.pair)) board.tryPlace(k.pair, fromRound, k.round);
  const { pairs } = flowOptimum(cp, fromRound, board.met);
  const byScore = (a: number, b: number) => cp.pairs[b].score - cp.pairs[a].score;
  if (cp.minMeetings > 0) {
    // candidates below the floor first: their best pairs before the rest
    const count = cp.candidates.map((_, c) => pastCount[c]);
    for (const pl of board.placements) if (pl.round >= fromRound) count[cp.pairs[pl.pair].candidate]++;
    const order = cp.pairs.map((p) => p.index).sort(byScore);
    for (let level = 0; level < cp.minMeetings; level++) {
      for (const pair of order) {
        const c = cp.pairs[pair].candidate;
        if (count[c] === level && board.tryPlace(pair, fromRound)) count[c]++;
      }
    }
  }
  for (const pair of [...pairs].sort(byScore)) board.tryPlace(pair, fromRound);
  for (const pair of cp.pairs.map((p) => p.index).sort(byScore)) if (cp.pairs[pair].score > 0) board.tryPlace(pair, fromRound);
  return board;
}

interface IlpSpec {
  cp: CompiledProblem;
  fromRound: number;
  fixed: Placement[];
  /** Extra objective weight for keeping a published meeting in its round (re-plan). */
  keepWeight: Map<string, number>;
  phase: 'fairness' | 'quality';
  fairnessAtLeast: number;
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
  const langAvailable = (language: string, r: number) => cp.interpreterSlots[r].some((s) => s.languages.includes(language));
  for (const p of cp.pairs) {
    if (met.has(p.index)) continue;
    for (let r = fromRound; r < cp.rounds; r++) {
      if (!cp.firmAvailable[p.firm][r] || !cp.candidateAvailable[p.candidate][r]) continue;
      if (p.language !== undefined && !langAvailable(p.language, r)) continue;
      const name = `x${p.index}_${r}`;
      vars.push({ name, pair: p.index, round: r });
      push(byFirmRound as Map<string | number, string[]>, `${p.firm}_${r}`, name);
      push(byCandRound as Map<string | number, string[]>, `${p.candidate}_${r}`, name);
      push(byPair as Map<string | number, string[]>, p.index, name);
      push(byCandidate as Map<string | number, string[]>, p.candidate, name);
      if (p.language !== undefined) push(byLangRound as Map<string | number, string[]>, `${p.language}\u0000${r}`, name);
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
      else if ((byCandidate.get(c)?.length ?? 0) + past[c] >= cp.minMeetings) fairnessVars.push({ name: `y${c}`, candidate: c });
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
    for (const y of fairnessVars) objective.push(`0 ${y.name}`);
  }
  lines.push('Maximize', ` obj: ${objective.length ? sum(objective).replace(/\+ -/g, '- ') : '0 dummy'}`, 'Subject To');
  let row = 0;
  const rowName = () => `r${row++}`;
  for (const list of byFirmRound.values()) if (list.length > 1) lines.push(` ${rowName()}: ${sum(list)} <= 1`);
  for (const list of byCandRound.values()) if (list.length > 1) lines.push(` ${rowName()}: ${sum(list)} <= 1`);
  for (const p of cp.pairs) {
    const list = byPair.get(p.index) ?? [];
    if (p.mustMeet && !met.has(p.index)) {
      if (list.length === 0) infeasible.push(`${p.key}: must meet, but there is no round in which both are there (with an interpreter where needed)`);
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
    lines.push(` ${rowName()}: ${sum(fairnessVars.map((y) => y.name))} >= ${spec.fairnessAtLeast - fixedFair}`);
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

function runIlp(highs: HighsLike, ilp: Ilp, start: Placement[], fairStart: Set<number>, timeLimit: number, gap: number): IlpRun {
  const model = highs.createModel({ format: 'lp', data: ilp.text });
  try {
    model.options.set({ output_flag: false, time_limit: Math.max(0.05, timeLimit), mip_rel_gap: gap });
    const index = new Map<string, number>();
    let columns = 0;
    for (const v of ilp.vars) {
      const i = model.getColByName(v.name);
      if (i !== undefined) {
        index.set(v.name, i);
        columns = Math.max(columns, i + 1);
      }
    }
    for (const y of ilp.fairnessVars) {
      const i = model.getColByName(y.name);
      if (i !== undefined) {
        index.set(y.name, i);
        columns = Math.max(columns, i + 1);
      }
    }
    if (start.length > 0 || fairStart.size > 0) {
      const colValue = new Float64Array(columns + 64);
      const startSet = new Set(start.map((s) => `x${s.pair}_${s.round}`));
      for (const name of startSet) {
        const i = index.get(name);
        if (i !== undefined) colValue[i] = 1;
      }
      for (const y of ilp.fairnessVars) if (fairStart.has(y.candidate)) colValue[index.get(y.name) as number] = 1;
      try {
        const cols = Number(model.info.get('num_col') ?? 0) || columns;
        model.setSolution({ colValue: colValue.subarray(0, Math.max(cols, columns)) });
      } catch {
        // a start the solver does not accept is only a lost hint
      }
    }
    model.run();
    const status = model.getModelStatus();
    if (status === MODEL_STATUS_INFEASIBLE) return { placements: [], objective: 0, dualBound: 0, status: 'infeasible' };
    const primalStatus = Number(model.info.get('primal_solution_status') ?? 0);
    if (primalStatus !== 2) return { placements: [], objective: 0, dualBound: Number(model.info.get('mip_dual_bound') ?? Infinity), status: 'no-solution' };
    const values = model.getSolution().colValue;
    const placements: Placement[] = [];
    for (const v of ilp.vars) if ((values[index.get(v.name) as number] ?? 0) > 0.5) placements.push({ pair: v.pair, round: v.round });
    const dual = Number(model.info.get('mip_dual_bound'));
    let objective = 0;
    if (ilp.fairnessVars.length > 0) {
      for (const y of ilp.fairnessVars) objective += (values[index.get(y.name) as number] ?? 0) > 0.5 ? 1 : 0;
    }
    return { placements, objective, dualBound: Number.isFinite(dual) ? dual : Infinity, status: status === MODEL_STATUS_OPTIMAL ? 'optimal' : 'time-limit' };
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

function solveWithSideConstraints(spec: SolveSpec): Omit<ScheduleResult, 'millis'> {
  const { cp, problem, fromRound, fixed, options } = spec;
  const board = heuristic(cp, fromRound, fixed, spec.keep);
  const heuristicFuture = board.placements.filter((p) => p.round >= fromRound);
  const heuristicFair = fairCount(cp, board.placements);
  const mustMeetMissing = cp.pairs.filter((p) => p.mustMeet && !board.met.has(p.index)).map((p) => p.key);
  const keepWeight = new Map(spec.keep.map((k) => [`${k.pair}_${k.round}`, spec.keepWeight]));
  const finish = (placements: Placement[], method: ScheduleResult['method'], status: ScheduleResult['status'], bound: number) => {
    const meetings = toMeetings(cp, placements);
    const score = scoreOf(problem, meetings);
    const b = Math.max(score, Math.min(bound, spec.bound));
    return {
      meetings,
      score,
      bound: b,
      gap: b > 0 ? (b - score) / b : 0,
      method,
      status,
      fairness: { minMeetings: cp.minMeetings, reached: fairnessOf(problem, meetings), candidates: cp.candidates.length },
    };
  };
  const base: IlpSpec = { cp, fromRound, fixed, keepWeight, phase: 'quality', fairnessAtLeast: 0 };
  const probe = buildIlp(base);
  if (probe.infeasible.length > 0) {
    return { ...finish([], 'heuristic', 'infeasible', 0), reasons: probe.infeasible };
  }
  if (!options.highs) {
    const status = mustMeetMissing.length ? 'infeasible' : 'heuristic';
    if (status === 'infeasible') return { ...finish([], 'heuristic', 'infeasible', 0), reasons: mustMeetMissing.map((k) => `${k}: must meet, but the heuristic found no place; give a MIP solver`) };
    return finish(board.placements, 'heuristic', status, spec.bound);
  }
  const deadline = now() + (options.timeLimitSeconds ?? 10) * 1000;
  const gap = options.mipRelGap ?? 1e-4;
  const start = mustMeetMissing.length ? [] : heuristicFuture;
  let fairnessAtLeast = 0;
  let timedOut = false;
  if (probe.fairnessVars.length > 0) {
    const fairIlp = buildIlp({ ...base, phase: 'fairness' });
    const remaining = (deadline - now()) / 1000;
    const run = runIlp(options.highs, fairIlp, start, heuristicFair.reached, remaining / 2, 0);
    if (run.status === 'infeasible') return { ...finish([], 'ilp', 'infeasible', 0), reasons: ['the must-meet pairs cannot all be scheduled together'] };
    fairnessAtLeast = run.status === 'no-solution' ? (mustMeetMissing.length ? 0 : heuristicFair.count) : Math.max(run.objective + fairIlp.fixedFair, mustMeetMissing.length ? 0 : heuristicFair.count);
    if (run.status !== 'optimal') timedOut = true;
  }
  const ilp = buildIlp({ ...base, fairnessAtLeast });
  const useStart = heuristicFair.count >= fairnessAtLeast ? start : [];
  const run = runIlp(options.highs, ilp, useStart, heuristicFair.reached, (deadline - now()) / 1000, gap);
  if (run.status === 'infeasible') return { ...finish([], 'ilp', 'infeasible', 0), reasons: ['the must-meet pairs cannot all be scheduled together'] };
  const fixedScore = fixed.reduce((s, f) => s + cp.pairs[f.pair].score, 0);
  if (run.status === 'no-solution') {
    if (mustMeetMissing.length) return { ...finish([], 'ilp', 'infeasible', 0), reasons: ['no schedule with all must-meet pairs found within the time limit'] };
    return finish(board.placements, 'heuristic', 'time-limit', spec.bound);
  }
  const placements = [...fixed, ...run.placements];
  const keepBonusBound = spec.keep.length * spec.keepWeight;
  // the dual bound includes keep bonuses; without them it is still a valid quality bound
  const dualQuality = spec.keep.length > 0 ? Infinity : fixedScore + run.dualBound;
  const status = timedOut || run.status === 'time-limit' ? 'time-limit' : 'optimal';
  void keepBonusBound;
  return finish(placements, 'ilp', status, dualQuality);
}

/**
 * Plans a speed-dating event. Without side constraints (interpreters, availability, must-meet,
 * fairness floor) the exact flow + edge-colouring method; otherwise an ILP through HiGHS (two
 * phases when `minMeetings` > 0: first the most candidates reaching the floor, then the best
 * quality with that many), started from the flow + repair heuristic. Every result carries its
 * score, an upper bound and the gap.
 */
export function planSchedule(problem: SpeedDatingProblem, options: ScheduleOptions = {}): ScheduleResult {
  const start = now();
  const cp = compileProblem(problem);
  if (!cp.hasSideConstraints) return planExact(problem);
  const bound = flowOptimum(cp).score;
  const result = solveWithSideConstraints({ cp, problem, fromRound: 0, fixed: [], keep: [], keepWeight: 0, options, bound });
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
  const unavailable: Record<string, number[]> = { ...(input.problem.unavailable ?? {}) };
  for (const id of input.noShows ?? []) {
    const rounds = new Set(unavailable[id] ?? []);
    for (let r = fromRound; r < input.problem.rounds; r++) rounds.add(r);
    unavailable[id] = [...rounds].sort((a, b) => a - b);
  }
  const problem: SpeedDatingProblem = { ...input.problem, unavailable };
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
  const result = solveWithSideConstraints({ cp, problem, fromRound, fixed, keep, keepWeight, options, bound });
  // finished rounds exactly as published (also meetings the compiled problem no longer knows)
  const future = result.meetings.filter((m) => m.round >= fromRound);
  const meetings = sortMeetings([...finishedMeetings.map((m) => ({ ...m })), ...future]);
  const kept = new Set(future.map((m) => `${m.firm}|${m.candidate}|${m.round}`));
  const moved = input.previous.filter((m) => m.round >= fromRound && !kept.has(`${m.firm}|${m.candidate}|${m.round}`)).length;
  const score = scoreOf(problem, meetings);
  const b = Math.max(score, result.bound);
  return {
    ...result,
    meetings: result.status === 'infeasible' ? [] : meetings,
    score,
    bound: b,
    gap: b > 0 ? (b - score) / b : 0,
    fairness: { minMeetings: cp.minMeetings, reached: fairnessOf(problem, meetings), candidates: cp.candidates.length },
    moved: result.status === 'infeasible' ? published : moved,
    millis: now() - start,
  };
}
