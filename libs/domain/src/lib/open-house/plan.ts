/**
 * Open-house planner: greedy construction and local search over routes, lexicographic objective
 * (first the number of candidates with at least one fitting visit, then the total score), with an
 * upper bound reported next to the result. See docs/open-house.md for the method.
 */
import { compileOpenHouse, validateOpenHouseInstance, type CompiledInstance } from './compile';
import { checkPlan } from './check-plan';
import { lpBound, solveMip } from './mip';
import { partyOptions, type Option } from './options';
import type { OpenHouseInstance, OpenHouseResult, PlanOptions, Route } from './types';

const EPS = 1e-9;
/** Above this many option pairs (summed over visitors) the MIP is not built. */
const MAX_PAIR_WORK = 2_000_000;

/** Upper bounds on coverage and score, capacity and timing partly ignored (see OpenHouseResult.bound). */
function bounds(
  compiled: CompiledInstance,
  options: Option[][],
): { visitors: number; seats: number; coverage: number } {
  const reachable = new Set<string>();
  let perParty = 0;
  // per site: the parties that could visit it, with their size and score there
  const bySite: { size: number; score: number }[][] = compiled.sites.map(() => []);
  options.forEach((opts, p) => {
    const best = new Map<number, number>();
    for (const o of opts) {
      o.fitting.forEach((m) => reachable.add(m));
      if (!best.has(o.site)) best.set(o.site, o.score);
    }
    const maxVisits = compiled.parties[p].travel?.maxVisits ?? 0;
    const scores = [...best.values()].sort((a, b) => b - a);
    perParty += scores.slice(0, maxVisits).reduce((a, b) => a + b, 0);
    for (const [s, score] of best) bySite[s].push({ size: compiled.parties[p].size, score });
  });
  // fractional knapsack per site: seats = capacity × slots, each party at most once
  let perSite = 0;
  bySite.forEach((items, s) => {
    let seats = compiled.sites[s].site.capacity * compiled.sites[s].slots.length;
    items.sort((a, b) => b.score / b.size - a.score / a.size);
    for (const item of items) {
      if (seats <= 0) break;
      const take = Math.min(1, seats / item.size);
      perSite += take * item.score;
      seats -= take * item.size;
    }
  });
  return { visitors: perParty, seats: perSite, coverage: reachable.size };
}

class PlanState {
  readonly routes: Option[][];
  readonly load: Float64Array;
  readonly occupants: Set<number>[];
  readonly capacity: Float64Array;

  constructor(
    private readonly compiled: CompiledInstance,
    slotSite: number[],
  ) {
    this.routes = compiled.parties.map(() => []);
    this.load = new Float64Array(slotSite.length);
    this.occupants = slotSite.map(() => new Set<number>());
    this.capacity = Float64Array.from(slotSite, (s) => compiled.sites[s].site.capacity);
  }

  coverage(p: number): number {
    const route = this.routes[p];
    if (route.length === 0) return 0;
    if (!this.compiled.parties[p].group) return 1;
    const members = new Set<string>();
    for (const o of route) o.fitting.forEach((m) => members.add(m));
    return members.size;
  }

  score(p: number): number {
    return this.routes[p].reduce((sum, o) => sum + o.score, 0);
  }

  /** Room for the option's party in its slot. */
  hasRoom(o: Option): boolean {
    return this.load[o.slot] + this.compiled.parties[o.party].size <= this.capacity[o.slot] + EPS;
  }

  /** The option fits the party's route in time (and visit count, and not the same site twice). */
  fitsRoute(o: Option): boolean {
    const p = o.party;
    const route = this.routes[p];
    const travel = this.compiled.parties[p].travel;
    if (!travel || route.length >= travel.maxVisits) return false;
    let i = 0;
    for (const r of route) {
      if (r.site === o.site) return false;
      if (r.start < o.start) i++;
    }
    const previous = route[i - 1];
    const next = route[i];
    if (previous && previous.end + this.compiled.siteToSite(previous.site, o.site, travel.mode) > o.start) return false;
    if (next && o.end + this.compiled.siteToSite(o.site, next.site, travel.mode) > next.start) return false;
    return true;
  }

  canAdd(o: Option): boolean {
    return this.hasRoom(o) && this.fitsRoute(o);
  }

  add(o: Option): void {
    const route = this.routes[o.party];
    let i = 0;
    while (i < route.length && route[i].start < o.start) i++;
    route.splice(i, 0, o);
    this.load[o.slot] += this.compiled.parties[o.party].size;
    this.occupants[o.slot].add(o.party);
  }

  remove(o: Option): void {
    const route = this.routes[o.party];
    route.splice(route.indexOf(o), 1);
    this.load[o.slot] -= this.compiled.parties[o.party].size;
    this.occupants[o.slot].delete(o.party);
  }
}

/** xorshift32, so a plan is the same for the same seed and number of rounds. */
function xorshift(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

type Value = [coverage: number, score: number];
const better = (a: Value, b: Value) => a[0] > b[0] || (a[0] === b[0] && a[1] > b[1] + EPS);

export function planOpenHouse(instance: OpenHouseInstance, options: PlanOptions = {}): OpenHouseResult {
  const began = Date.now();
  const errors = validateOpenHouseInstance(instance);
  if (errors.length) throw new Error(`invalid open-house instance: ${errors.join('; ')}`);
  const compiled = compileOpenHouse(instance, options.travel);
  const budget = options.timeLimitMs ?? 3000;
  const highs = options.highs;
  // with HiGHS the local search gets 60 % of the time, the MIP the rest
  const deadline = began + (highs ? budget * 0.6 : budget);

  const slotOffset: number[] = [];
  const slotSite: number[] = [];
  compiled.sites.forEach((site, s) => {
    slotOffset.push(slotSite.length);
    site.slots.forEach(() => slotSite.push(s));
  });
  const opts = partyOptions(compiled, slotOffset);
  const bound = bounds(compiled, opts);
  const lpTime = options.lpTimeLimitSeconds ?? 2;
  const state = new PlanState(compiled, slotSite);
  const value = (parties: Iterable<number>): Value => {
    let coverage = 0;
    let score = 0;
    for (const p of parties) {
      coverage += state.coverage(p);
      score += state.score(p);
    }
    return [coverage, score];
  };

  // 1. coverage: every party one visit, the most constrained first, the slot with most room left
  const order = compiled.parties
    .map((_, p) => p)
    .filter((p) => opts[p].length > 0)
    .sort(
      (a, b) =>
        new Set(opts[a].map((o) => o.site)).size - new Set(opts[b].map((o) => o.site)).size ||
        compiled.parties[b].size - compiled.parties[a].size ||
        a - b,
    );
  for (const p of order) {
    let best: Option | null = null;
    for (const o of opts[p]) {
      if (!state.canAdd(o)) continue;
      if (
        !best ||
        o.fitting.length > best.fitting.length ||
        (o.fitting.length === best.fitting.length && o.score > best.score + EPS) ||
        (o.fitting.length === best.fitting.length &&
          Math.abs(o.score - best.score) <= EPS &&
          state.capacity[o.slot] - state.load[o.slot] > state.capacity[best.slot] - state.load[best.slot])
      )
        best = o;
    }
    if (best) state.add(best);
  }

  /** The party's best visit that can be added now (ties: the same site as `prefer` first). */
  const bestAddable = (party: number, except: Option, prefer?: Option): Option | null => {
    let found: Option | null = null;
    for (const a of opts[party]) {
      if (a === except) continue;
      if (found && a.score < found.score - EPS) break;
      if (state.canAdd(a) && (!found || (prefer && a.site === prefer.site && found.site !== prefer.site))) found = a;
    }
    return found;
  };

  /**
   * Tries to make room for `o` by moving one occupant of its slot elsewhere, also dropping one
   * of the party's own visits when `o` does not fit its route otherwise; keeps it if better.
   */
  const tryEject = (o: Option): boolean => {
    const p = o.party;
    for (const v of [...state.occupants[o.slot]]) {
      if (v === p) continue;
      const before = value([p, v]);
      const moved = state.routes[v].find((r) => r.slot === o.slot)!;
      for (const own of [null, ...state.routes[p]]) {
        state.remove(moved);
        if (own) state.remove(own);
        if (!state.canAdd(o)) {
          if (own) state.add(own);
          state.add(moved);
          continue;
        }
        state.add(o);
        const alternative = bestAddable(v, moved, moved);
        if (alternative) state.add(alternative);
        const refill = own ? bestAddable(p, own) : null;
        if (refill) state.add(refill);
        if (better(value([p, v]), before)) return true;
        if (refill) state.remove(refill);
        if (alternative) state.remove(alternative);
        state.remove(o);
        if (own) state.add(own);
        state.add(moved);
      }
    }
    return false;
  };

  /** Tries `o` for its party: add it, or swap it for one of the route's visits, or make room. */
  const tryOption = (o: Option): boolean => {
    const p = o.party;
    const route = state.routes[p];
    if (route.includes(o)) return false;
    if (state.canAdd(o)) {
      state.add(o);
      return true;
    }
    const before = value([p]);
    // swap a visit of the route for `o`, then fill the freed time with the best visit that fits
    // (often the removed site at another slot)
    for (const r of [...route].sort((a, b) => a.score - b.score)) {
      state.remove(r);
      if (state.canAdd(o)) {
        state.add(o);
        const refill = bestAddable(p, r);
        if (refill) state.add(refill);
        if (better(value([p]), before)) return true;
        if (refill) state.remove(refill);
        state.remove(o);
      }
      state.add(r);
    }
    if (!state.hasRoom(o)) return tryEject(o);
    return false;
  };

  // 2. repair: parties without a visit try to take a seat from someone who can go elsewhere
  for (const p of order) if (state.routes[p].length === 0) for (const o of opts[p]) if (tryOption(o)) break;

  // 3. fill: the best remaining visits over all parties, per seat
  const all = opts.flat().sort(
    (a, b) =>
      b.score / compiled.parties[b.party].size - a.score / compiled.parties[a.party].size ||
      a.party - b.party ||
      a.start - b.start,
  );
  for (const o of all) if (state.canAdd(o)) state.add(o);

  // 4. local search until nothing improves or the time is up
  // (the first pass always runs to its end)
  let improved = true;
  for (let pass = 0; improved && (pass === 0 || Date.now() < deadline); pass++) {
    improved = false;
    for (const p of order) {
      if (pass > 0 && Date.now() >= deadline) break;
      for (const o of opts[p]) if (tryOption(o)) improved = true;
    }
  }

  // 5. ruin and recreate: empty the routes of the visitors around one site and slot, plan them
  // again in a random order (then the local search on them); keep the result when it is not worse
  const random = xorshift(options.seed ?? 1);
  const everyone = compiled.parties.map((_, p) => p);
  const visitorsAt = (slot: number) => [...state.occupants[slot]];
  const allSlots = slotSite.length;
  let current = value(everyone);
  const patience = Math.max(300, 5 * compiled.parties.length);
  let lastGain = 0;
  for (
    let round = 0;
    allSlots > 0 && Date.now() < deadline && round < (options.rounds ?? 20000) && round - lastGain <= patience;
    round++
  ) {
    const snapshot = state.routes.map((r) => [...r]);
    // the visitors of a random slot and of its neighbours at the same site, plus a few others
    const slot = Math.floor(random() * allSlots);
    const ruined = new Set<number>();
    for (const s of [slot - 1, slot, slot + 1])
      if (s >= 0 && s < allSlots && slotSite[s] === slotSite[slot]) visitorsAt(s).forEach((p) => ruined.add(p));
    for (let extra = 0; extra < 3 && order.length > 0; extra++) ruined.add(order[Math.floor(random() * order.length)]);
    const again = [...ruined];
    for (let i = again.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [again[i], again[j]] = [again[j], again[i]];
    }
    for (const p of again) [...state.routes[p]].forEach((o) => state.remove(o));
    // the reached first, then by score (a random tie-break through the order)
    for (const p of again) {
      const first = opts[p].find((o) => state.canAdd(o));
      if (first) state.add(first);
    }
    for (const p of again) for (const o of opts[p]) if (state.canAdd(o)) state.add(o);
    for (const p of again) for (const o of opts[p]) tryOption(o);
    const next = value(everyone);
    if (better(current, next)) {
      everyone.forEach((p) => [...state.routes[p]].forEach((o) => state.remove(o)));
      snapshot.forEach((route) => route.forEach((o) => state.add(o)));
    } else {
      if (better(next, current)) lastGain = round;
      current = next;
    }
  }

  const toRoutes = (): Route[] =>
    compiled.parties.map((party, p) => ({
      party: party.id,
      visits: state.routes[p].map((o) => ({ site: compiled.sites[o.site].site.id, start: o.start, end: o.end })),
    }));

  // 6. with HiGHS: the exact MIP from the heuristic's plan, keeping at least its coverage
  const heuristicDone = Date.now();
  let method: OpenHouseResult['method'] = 'greedy+local-search';
  let status: OpenHouseResult['status'] = 'heuristic';
  let mipBound = Infinity;
  // each solve only while the budget lasts (reading a model takes time beyond the solver's limit)
  const left = () => (began + budget - Date.now()) / 1000;
  const lpStart = Date.now();
  const lpScore = highs && left() > 0.3 ? lpBound(highs, compiled, opts, 'score', Math.min(lpTime, left() / 3)) : null;
  // (no coverage LP when every candidate who could be reached is)
  const lpCoverage = highs && left() > 0.3 && value(everyone)[0] < bound.coverage ? lpBound(highs, compiled, opts, 'coverage', Math.min(lpTime, left() / 3)) : null;
  // the MIP's pair rows grow with the square of each visitor's options: very large days skip it
  const pairWork = opts.reduce((sum, list) => sum + (list.length * (list.length - 1)) / 2, 0);
  const mipStart = Date.now();
  if (highs && left() > 0.5 && pairWork <= MAX_PAIR_WORK) {
    const heuristic = state.routes.flat();
    const heuristicValue = value(everyone);
    const seconds = left() - 0.3; // 0.3 s to read the model
    const run = solveMip(highs, compiled, opts, heuristic, heuristicValue[0], seconds, options.mipRelGap ?? 1e-4);
    mipBound = run.dualBound * (1 + 1e-7) + 1e-6; // solver tolerance
    if (run.chosen) {
      heuristic.forEach((o) => state.remove(o));
      [...run.chosen].sort((a, b) => a.start - b.start).forEach((o) => state.add(o));
      const mipValue = value(everyone);
      const conflicts = checkPlan(instance, { routes: toRoutes() }, compiled);
      if (conflicts.length === 0 && better(mipValue, heuristicValue)) {
        method = 'mip';
        status = run.optimal ? 'optimal' : 'time-limit';
      } else {
        if (conflicts.length === 0 && run.optimal && !better(heuristicValue, mipValue)) status = 'optimal';
        run.chosen.forEach((o) => state.remove(o));
        heuristic.forEach((o) => state.add(o));
      }
    }
  }

  const routes = toRoutes();
  const [reached, score] = value(everyone);
  const reachedIds = new Set<string>();
  state.routes.forEach((route) => route.forEach((o) => o.fitting.forEach((m) => reachedIds.add(m))));
  const candidatesBound: [OpenHouseResult['boundMethod'], number][] = [
    ['visitors', bound.visitors],
    ['seats', bound.seats],
  ];
  if (lpScore !== null) candidatesBound.push(['lp-relaxation', lpScore * (1 + 1e-7) + 1e-6]); // solver tolerance
  if (mipBound < Infinity) candidatesBound.push(['mip', mipBound]);
  const [boundMethod, boundScore] = candidatesBound.reduce((a, b) => (b[1] < a[1] ? b : a));
  const coverageBound = Math.min(bound.coverage, lpCoverage === null ? Infinity : Math.floor(lpCoverage + 1e-6));
  return {
    plan: { routes },
    score,
    bound: boundScore,
    boundMethod,
    gap: boundScore > 0 ? (boundScore - score) / boundScore : 0,
    coverage: { reached, bound: coverageBound, candidates: instance.candidates.length },
    unreached: instance.candidates.map((c) => c.id).filter((id) => !reachedIds.has(id)),
    method,
    status,
    millis: Date.now() - began,
    phases: { heuristic: heuristicDone - began, lp: mipStart - lpStart, mip: Date.now() - mipStart },
  };
}
