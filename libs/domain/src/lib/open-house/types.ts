/**
 * Open-house day: firms and housing sites open their doors on one day; candidates visit them
 * alone or as a group from one housing site with its mentor. Times are minutes since midnight of
 * the day (`9 * 60 + 30` is 09:30; `parseClock('09:30')` reads the written form). A pair is
 * written `"<siteId>|<candidateId>"` as in the speed-dating scheduler.
 */
import type { GeoPoint } from '../companies';
import type { HighsLike } from '../speed-dating/types';
import type { TravelMode, TravelTimeEstimator } from './travel-time';

export interface TimeWindow {
  /** Minutes since midnight, inclusive. */
  start: number;
  /** Minutes since midnight, exclusive (a slot may end exactly here). */
  end: number;
}

export type SiteKind = 'firm' | 'housing';

export interface OpenHouseSite {
  id: string;
  kind: SiteKind;
  location: GeoPoint;
  /** Town name (informational: plans and firms' lists show it). */
  town: string;
  /** When the doors are open; slots start at each window's start. Must not overlap. */
  openings: TimeWindow[];
  /** Visitors per slot (people, a group counts all its members and companions). */
  capacity: number;
  /** Length of one visit slot in minutes. */
  slotMinutes: number;
}

/** How a visitor (a candidate alone, or a group) gets around and how long they have. */
export interface Travel {
  /** Where the day starts (home or housing site). */
  start: GeoPoint;
  mode: TravelMode;
  /** Furthest great-circle distance from the start to a site, km. */
  radiusKm: number;
  /** When the visitor is free: from leaving the start to the end of the last visit. */
  available: TimeWindow;
  /** At most this many visits (≥ 1). */
  maxVisits: number;
}

/** A candidate; `travel` may be left out for a candidate who only comes with a group. */
export interface OpenHouseCandidate {
  id: string;
  travel?: Travel;
}

/** Candidates from one housing site with a mentor; they travel together and visit together. */
export interface OpenHouseGroup {
  id: string;
  /** Candidate ids; each candidate belongs to at most one group. */
  members: string[];
  /** Mentors and other companions who also take a place at each site (default 1). */
  companions?: number;
  /** The housing site the group comes from, when it is one of the sites. */
  housingSiteId?: string;
  travel: Travel;
}

export interface OpenHouseInstance {
  sites: OpenHouseSite[];
  candidates: OpenHouseCandidate[];
  groups?: OpenHouseGroup[];
  /**
   * Match quality for pairs that fit (`"site1|c1": 0.83`), 0..1, e.g. the best matching score
   * (score-match.ts) of the candidate over the offers the firm shows. Pairs not listed do not fit.
   */
  scores: Record<string, number>;
}

/** One visit of a route. */
export interface Visit {
  site: string;
  start: number;
  end: number;
}

/** A visitor's day: `party` is a candidate id (alone) or a group id. Visits in time order. */
export interface Route {
  party: string;
  visits: Visit[];
}

export interface OpenHousePlan {
  routes: Route[];
}

export type PlanConflictCode =
  | 'unknown_party'
  | 'unknown_site'
  | 'duplicate_route'
  | 'group_split'
  | 'no_travel'
  | 'too_many_visits'
  | 'repeated_site'
  | 'not_a_slot'
  | 'outside_opening'
  | 'outside_availability'
  | 'overlap'
  | 'unreachable'
  | 'beyond_radius'
  | 'capacity';

/** A conflict of a plan; `party`, `site` and `start` name where it is, when they apply. */
export interface PlanConflict {
  code: PlanConflictCode;
  party?: string;
  site?: string;
  start?: number;
  /** Human-readable detail (English; the UI builds its own text from the fields). */
  detail: string;
  /** capacity: people in the slot and the capacity; unreachable: minutes needed and available. */
  needed?: number;
  available?: number;
}

export interface PlanOptions {
  /** Defaults to the great-circle estimate. */
  travel?: TravelTimeEstimator;
  /**
   * Wall-clock budget in milliseconds (default 3000): all of it for the local search, or with
   * `highs` 60 % for it and the rest for the MIP.
   */
  timeLimitMs?: number;
  /**
   * Loaded HiGHS module (npm `highs`, as for the speed-dating scheduler): the plan is then
   * improved by the exact MIP (mip.ts) started from the heuristic's plan, and LP relaxations
   * and the MIP's dual bound tighten the bounds.
   */
  highs?: HighsLike;
  /** Time limit of each LP (score, coverage) in seconds (default 2); one not solved in time gives no bound. */
  lpTimeLimitSeconds?: number;
  /** Seed of the ruin-and-recreate rounds (default 1). */
  seed?: number;
  /**
   * At most this many ruin-and-recreate rounds (default 20000); they also stop at the time budget
   * and after max(300, 5 × visitors) rounds without a gain.
   */
  rounds?: number;
  /** Relative gap at which the MIP may stop (default 1e-4). */
  mipRelGap?: number;
}

export interface OpenHouseResult {
  plan: OpenHousePlan;
  /** Sum over visits of the visitors' scores (a group's visit scores each member who fits). */
  score: number;
  /**
   * Upper bound on the score of any plan that reaches at least this plan's coverage: the
   * smallest of (a) each visitor's best `maxVisits` reachable sites, (b) each site's seats filled
   * by its best-scoring visitors and, with `highs`, (c) the LP relaxation of mip.ts and (d) the
   * MIP's dual bound.
   */
  bound: number;
  /** Which bound was the smallest. */
  boundMethod: 'visitors' | 'seats' | 'lp-relaxation' | 'mip';
  /** (bound − score) ÷ bound; 0 when the bound is 0. */
  gap: number;
  coverage: {
    /** Candidates with at least one fitting visit. */
    reached: number;
    /** Upper bound: candidates with some reachable fitting site in time, or the LP's floor if smaller. */
    bound: number;
    candidates: number;
  };
  /** Candidates (ids) with no fitting visit in the plan. */
  unreached: string[];
  /** Milliseconds spent in the heuristic (steps 1–5), the bounds' LPs and the MIP (informational). */
  phases: { heuristic: number; lp: number; mip: number };
  method: 'greedy+local-search' | 'mip';
  /**
   * - `optimal`: the MIP proved the score optimal (within `mipRelGap`) for this coverage,
   * - `time-limit`: the MIP stopped at the time limit with a better plan than the heuristic's,
   * - `heuristic`: the local search's plan (no HiGHS, or the MIP found nothing better and
   *   did not prove it optimal; `optimal` when it did).
   */
  status: 'optimal' | 'time-limit' | 'heuristic';
  millis: number;
}
