// The open-house instance with ids resolved to indexes, slots laid out and travel times cached;
// shared by the planner and the conflict checker so both read the rules the same way.
import { distanceKm, isValidGeoPoint } from '../companies';
import { greatCircleEstimator, wholeMinutes, type TravelMode, type TravelTimeEstimator } from './travel-time';
import type { OpenHouseInstance, OpenHouseSite, TimeWindow, Travel } from './types';

export const PAIR_SEPARATOR = '|';

export function visitPairKey(site: string, candidate: string): string {
  return `${site}${PAIR_SEPARATOR}${candidate}`;
}

/** Reads `"09:30"` as minutes since midnight. */
export function parseClock(text: string): number {
  const match = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(text.trim());
  if (!match) throw new Error(`not a time of day (HH:MM): ${text}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** Writes minutes since midnight as `"09:30"`. */
export function formatClock(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = Math.round(minutes - h * 60);
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** The visit slots of a site: back to back from each opening window's start. */
export function siteSlots(site: Pick<OpenHouseSite, 'openings' | 'slotMinutes'>): TimeWindow[] {
  const slots: TimeWindow[] = [];
  if (!(site.slotMinutes > 0)) return slots;
  for (const window of [...site.openings].sort((a, b) => a.start - b.start))
    for (let t = window.start; t + site.slotMinutes <= window.end; t += site.slotMinutes)
      slots.push({ start: t, end: t + site.slotMinutes });
  return slots;
}

/** A visitor as the planner sees it: a candidate alone or a group. */
export interface CompiledParty {
  id: string;
  group: boolean;
  /** Candidate ids. */
  members: string[];
  /** People who take a place at a site. */
  size: number;
  travel: Travel | null;
}

export interface CompiledSite {
  site: OpenHouseSite;
  slots: TimeWindow[];
  /** Index of each slot's start, for checking that a visit sits on a slot. */
  slotByStart: Map<number, number>;
}

export interface CompiledInstance {
  instance: OpenHouseInstance;
  sites: CompiledSite[];
  siteIndex: Map<string, number>;
  parties: CompiledParty[];
  partyIndex: Map<string, number>;
  /** The group of each grouped candidate. */
  groupOf: Map<string, string>;
  candidateIds: Set<string>;
  /** Whole minutes from one site to another by a mode (cached). */
  siteToSite(from: number, to: number, mode: TravelMode): number;
  /** Whole minutes from the party's start to a site (cached). */
  startToSite(party: number, site: number): number;
  /** Great-circle km from the party's start to a site. */
  startDistanceKm(party: number, site: number): number;
}

/** Everything wrong with an instance's own data (not with a plan); empty when it is usable. */
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isPoint = (v: unknown) => isRecord(v) && isValidGeoPoint({ lat: v.lat, lon: v.lon });

/** The parts the checks below read: lists are lists, records are records (input from outside). */
function shapeErrors(instance: unknown): string[] {
  if (!isRecord(instance)) return ['the instance must be an object'];
  const errors: string[] = [];
  const list = (v: unknown, what: string, each: (item: Record<string, unknown>, at: string) => void) => {
    if (!Array.isArray(v)) return void errors.push(`${what} must be a list`);
    v.forEach((item, i) => (isRecord(item) ? each(item, `${what}[${i}]`) : errors.push(`${what}[${i}] must be an object`)));
  };
  const travel = (t: unknown, at: string) => {
    if (!isRecord(t)) return void errors.push(`${at}.travel must be an object`);
    if (!isPoint(t.start)) errors.push(`${at}.travel.start needs lat/lon`);
    if (!isRecord(t.available)) errors.push(`${at}.travel.available must be a window`);
  };
  list(instance.sites, 'sites', (site, at) => {
    if (!isPoint(site.location)) errors.push(`${at}.location needs lat/lon`);
    list(site.openings, `${at}.openings`, () => undefined);
  });
  list(instance.candidates, 'candidates', (c, at) => c.travel !== undefined && travel(c.travel, at));
  if (instance.groups !== undefined)
    list(instance.groups, 'groups', (g, at) => {
      if (!Array.isArray(g.members)) errors.push(`${at}.members must be a list`);
      travel(g.travel, at);
    });
  if (!isRecord(instance.scores)) errors.push('scores must be an object');
  return errors;
}

export function validateOpenHouseInstance(instance: OpenHouseInstance): string[] {
  const shape = shapeErrors(instance);
  if (shape.length) return shape;
  const errors: string[] = [];
  const seen = new Set<string>();
  const unique = (id: string, what: string) => {
    if (typeof id !== 'string' || id === '' || id.includes(PAIR_SEPARATOR))
      errors.push(`${what} id must be a non-empty string without "${PAIR_SEPARATOR}": ${String(id)}`);
    else if (seen.has(id)) errors.push(`duplicate id: ${id}`);
    seen.add(id);
  };
  const window = (w: TimeWindow | undefined, what: string) => {
    if (!w || !Number.isFinite(w.start) || !Number.isFinite(w.end) || w.end <= w.start)
      errors.push(`${what}: a window needs finite start < end`);
  };
  const travel = (t: Travel, what: string) => {
    if (!t.start || !Number.isFinite(t.start.lat) || !Number.isFinite(t.start.lon)) errors.push(`${what}: start needs lat/lon`);
    if (!['foot', 'bike', 'transit', 'car'].includes(t.mode)) errors.push(`${what}: unknown mode ${String(t.mode)}`);
    if (!(t.radiusKm >= 0)) errors.push(`${what}: radiusKm must be ≥ 0`);
    if (!Number.isInteger(t.maxVisits) || t.maxVisits < 1) errors.push(`${what}: maxVisits must be an integer ≥ 1`);
    window(t.available, `${what} available`);
  };
  for (const site of instance.sites) {
    unique(site.id, 'site');
    if (!site.location || !Number.isFinite(site.location.lat) || !Number.isFinite(site.location.lon))
      errors.push(`site ${site.id}: location needs lat/lon`);
    if (!Number.isInteger(site.capacity) || site.capacity < 0) errors.push(`site ${site.id}: capacity must be an integer ≥ 0`);
    if (!Number.isInteger(site.slotMinutes) || site.slotMinutes < 1) errors.push(`site ${site.id}: slotMinutes must be an integer ≥ 1`);
    site.openings.forEach((w) => window(w, `site ${site.id} opening`));
    const sorted = [...site.openings].sort((a, b) => a.start - b.start);
    for (let i = 1; i < sorted.length; i++)
      if (sorted[i].start < sorted[i - 1].end) errors.push(`site ${site.id}: opening windows overlap`);
  }
  const candidates = new Set<string>();
  for (const c of instance.candidates) {
    unique(c.id, 'candidate');
    candidates.add(c.id);
    if (c.travel) travel(c.travel, `candidate ${c.id}`);
  }
  const grouped = new Set<string>();
  for (const g of instance.groups ?? []) {
    unique(g.id, 'group');
    if (g.members.length === 0) errors.push(`group ${g.id}: no members`);
    for (const m of g.members) {
      if (!candidates.has(m)) errors.push(`group ${g.id}: unknown candidate ${m}`);
      else if (grouped.has(m)) errors.push(`candidate ${m} is in two groups`);
      grouped.add(m);
    }
    if (g.companions !== undefined && (!Number.isInteger(g.companions) || g.companions < 0))
      errors.push(`group ${g.id}: companions must be an integer ≥ 0`);
    travel(g.travel, `group ${g.id}`);
  }
  const sites = new Set(instance.sites.map((s) => s.id));
  for (const [key, score] of Object.entries(instance.scores)) {
    const at = key.indexOf(PAIR_SEPARATOR);
    if (at < 0 || !sites.has(key.slice(0, at)) || !candidates.has(key.slice(at + 1)))
      errors.push(`score for an unknown pair: ${key}`);
    else if (!Number.isFinite(score) || score < 0) errors.push(`score of ${key} must be a finite number ≥ 0`);
  }
  return errors;
}

export function compileOpenHouse(
  instance: OpenHouseInstance,
  estimator: TravelTimeEstimator = greatCircleEstimator(),
): CompiledInstance {
  const sites: CompiledSite[] = instance.sites.map((site) => {
    const slots = siteSlots(site);
    return { site, slots, slotByStart: new Map(slots.map((s, i) => [s.start, i])) };
  });
  const siteIndex = new Map(instance.sites.map((s, i) => [s.id, i]));
  const groupOf = new Map<string, string>();
  const parties: CompiledParty[] = [];
  for (const g of instance.groups ?? []) {
    g.members.forEach((m) => groupOf.set(m, g.id));
    parties.push({
      id: g.id,
      group: true,
      members: [...g.members],
      size: g.members.length + (g.companions ?? 1),
      travel: g.travel,
    });
  }
  for (const c of instance.candidates)
    if (!groupOf.has(c.id)) parties.push({ id: c.id, group: false, members: [c.id], size: 1, travel: c.travel ?? null });
  const partyIndex = new Map(parties.map((p, i) => [p.id, i]));

  // trip minutes per mode, site × site, NaN until asked
  const siteCache = new Map<TravelMode, Float64Array>();
  const startCache = new Map<number, number>();
  const n = sites.length;
  return {
    instance,
    sites,
    siteIndex,
    parties,
    partyIndex,
    groupOf,
    candidateIds: new Set(instance.candidates.map((c) => c.id)),
    siteToSite(from, to, mode) {
      if (from === to) return 0;
      let table = siteCache.get(mode);
      if (!table) siteCache.set(mode, (table = new Float64Array(n * n).fill(NaN)));
      let value = table[from * n + to];
      if (Number.isNaN(value)) {
        value = wholeMinutes(estimator.minutes(sites[from].site.location, sites[to].site.location, mode));
        table[from * n + to] = value;
      }
      return value;
    },
    startToSite(party, site) {
      const key = party * n + site;
      let value = startCache.get(key);
      if (value === undefined) {
        const t = parties[party].travel;
        value = t ? wholeMinutes(estimator.minutes(t.start, sites[site].site.location, t.mode)) : Infinity;
        startCache.set(key, value);
      }
      return value;
    },
    startDistanceKm(party, site) {
      const t = parties[party].travel;
      return t ? distanceKm(t.start, sites[site].site.location) : Infinity;
    },
  };
}

/** The party's score at a site: each member who fits scores their pair (0 when none fits). */
export function partySiteScore(compiled: CompiledInstance, party: number, site: number): { score: number; fitting: string[] } {
  const siteId = compiled.sites[site].site.id;
  let score = 0;
  const fitting: string[] = [];
  for (const m of compiled.parties[party].members) {
    const value = compiled.instance.scores[visitPairKey(siteId, m)];
    if (value !== undefined) {
      score += value;
      fitting.push(m);
    }
  }
  return { score, fitting };
}
