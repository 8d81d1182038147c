// The visits each party could make on its own; the planner and the LP bound build on them.
import { partySiteScore, type CompiledInstance } from './compile';

const EPS = 1e-9;

/** A visit a party could make on its own: fitting site, in radius, open, reachable from the start. */
export interface Option {
  party: number;
  site: number;
  /** Index over all sites' slots. */
  slot: number;
  start: number;
  end: number;
  score: number;
  fitting: string[];
}

/** The visits each party could make, capacity and other visits ignored. */
export function partyOptions(compiled: CompiledInstance, slotOffset: number[]): Option[][] {
  return compiled.parties.map((party, p) => {
    const t = party.travel;
    const options: Option[] = [];
    if (!t) return options;
    compiled.sites.forEach((site, s) => {
      if (site.site.capacity < party.size) return;
      if (compiled.startDistanceKm(p, s) > t.radiusKm + EPS) return;
      const { score, fitting } = partySiteScore(compiled, p, s);
      if (fitting.length === 0) return;
      const earliest = t.available.start + compiled.startToSite(p, s);
      site.slots.forEach((slot, i) => {
        if (slot.start >= earliest && slot.start >= t.available.start && slot.end <= t.available.end)
          options.push({ party: p, site: s, slot: slotOffset[s] + i, start: slot.start, end: slot.end, score, fitting });
      });
    });
    return options.sort((a, b) => b.score - a.score || a.start - b.start || a.site - b.site);
  });
}

