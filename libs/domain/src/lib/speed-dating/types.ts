/**
 * Speed-dating scheduler: the planning problem and its result.
 *
 * The problem is the instance-file format of docs/speed-dating-format.md: firms sit at tables,
 * candidates rotate, R rounds, a quality score per pair that may meet. Everything is keyed by
 * person id; a pair is written `"<firmId>|<candidateId>"`. Rounds are 0-based.
 */
export interface SpeedDatingProblem {
  /** Number of rounds R (≥ 1). */
  rounds: number;
  /** Firm ids (one table each). */
  firms: string[];
  /** Candidate ids. Firm and candidate ids must be distinct from each other. */
  candidates: string[];
  /** Quality of a meeting, only for pairs that may meet (`"f1|c1": 0.83`). */
  scores: Record<string, number>;
  /** Pairs that need an interpreter, by language (`"f1|c7": "ar"`). */
  interpreter?: Record<string, string>;
  /**
   * Interpreters available per language: a count for every round, or one count per round
   * (`{"ar": 1}` or `{"ar": [1, 1, 0, 2]}`). One interpreter serves one table per round.
   */
  interpreters?: Record<string, number | number[]>;
  /**
   * Individual interpreters (for example from a town's pool) who may speak several languages and
   * are free only in some rounds; each serves at most one table per round. Adds to `interpreters`.
   */
  interpreterPool?: InterpreterSpec[];
  /** Rounds a firm or candidate is not there (late arrival, early leave, breaks): `{"c3": [0, 1]}`. */
  unavailable?: Record<string, number[]>;
  /** Pairs that must not meet. */
  mustNot?: string[];
  /** Pairs that must meet (hard constraint). A must-meet pair without a score scores 0. */
  mustMeet?: string[];
  /**
   * Fairness floor: maximise first how many candidates get at least this many meetings, then the
   * total quality. 0 (default) switches the floor off.
   */
  minMeetings?: number;
}

export interface InterpreterSpec {
  id: string;
  languages: string[];
  /** Rounds in which the interpreter is free; all rounds when omitted. */
  rounds?: number[];
}

/** One meeting of the schedule. */
export interface Meeting {
  firm: string;
  candidate: string;
  round: number;
  /** Interpreter language when the pair needs one. */
  language?: string;
  /** Which interpreter serves the table (a pool id, or `"<language>#<n>"` for counted ones). */
  interpreter?: string;
}

export type ScheduleMethod = 'exact-flow' | 'ilp' | 'heuristic';

/**
 * - `optimal`: proved optimal (exact flow, or the MIP solved to the relative gap option),
 * - `time-limit`: the solver stopped at the time limit; the best schedule found is returned,
 * - `heuristic`: no MIP solver was given; flow plus local repair, with the bound,
 * - `infeasible`: the hard constraints (must-meet pairs) cannot all be met; no schedule.
 */
export type ScheduleStatus = 'optimal' | 'time-limit' | 'heuristic' | 'infeasible';

export interface ScheduleResult {
  meetings: Meeting[];
  /** Total quality: sum of the scores of all meetings. */
  score: number;
  /**
   * Upper bound on the total quality of any schedule that reaches the same fairness level: the
   * smaller of the flow optimum without side constraints and the MIP's dual bound.
   */
  bound: number;
  /** Relative gap (bound − score) / bound; 0 when the bound is 0. */
  gap: number;
  method: ScheduleMethod;
  status: ScheduleStatus;
  /** Candidates reaching `minMeetings` (all candidates when the floor is off). */
  fairness: {
    minMeetings: number;
    reached: number;
    candidates: number;
    /** Upper bound on how many candidates can reach the floor (equal to `reached` when proved). */
    bound: number;
  };
  /** Solver wall time in milliseconds (informational). */
  millis: number;
  /** Why the problem is infeasible (must-meet pairs), when `status` is `infeasible`. */
  reasons?: string[];
  /** Re-plan only: must-meet wishes dropped because the changes made them impossible. */
  warnings?: string[];
  /** Re-plan only: published future meetings that were moved or dropped. */
  moved?: number;
}

/**
 * The part of the HiGHS (npm `highs`) persistent API the scheduler uses. Pass the loaded module,
 * e.g. `await (await import('highs')).default()`; the library itself does not load it.
 */
export interface HighsLike {
  createModel(data: { format: 'lp'; data: string }): HighsModelLike;
}

export interface HighsModelLike {
  options: { set(values: Record<string, number | string | boolean>): unknown };
  info: { get(name: string): unknown };
  setSolution(
    solution: { colValue: ArrayLike<number> } | { indices: ArrayLike<number>; values: ArrayLike<number> },
  ): unknown;
  run(): unknown;
  getModelStatus(): number;
  getObjectiveValue(): number;
  getSolution(): { colValue: ArrayLike<number> };
  getColByName(name: string): number | undefined;
  dispose(): void;
}

export interface ScheduleOptions {
  /** Loaded HiGHS module; needed for side constraints to get a proved optimum. */
  highs?: HighsLike;
  /** Time limit for the MIP solver in seconds (default 10). */
  timeLimitSeconds?: number;
  /** Relative MIP gap at which the solver may stop (default 1e-4). */
  mipRelGap?: number;
}
