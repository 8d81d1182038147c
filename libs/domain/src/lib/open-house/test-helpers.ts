import fc from 'fast-check';
import { checkPlan } from './check-plan';
import { siteSlots, visitPairKey } from './compile';
import { TRAVEL_MODES } from './travel-time';
import type { OpenHouseInstance, OpenHouseSite, Route, Travel, Visit } from './types';

/** Random open-house days around Backnang (within ~7 km), for the property tests. */
export function instanceArbitrary(opts: {
  maxSites: number;
  maxCandidates: number;
  maxSlots: number;
  groups: boolean;
}): fc.Arbitrary<OpenHouseInstance> {
  return fc
    .record({
      sites: fc.integer({ min: 1, max: opts.maxSites }),
      candidates: fc.integer({ min: 1, max: opts.maxCandidates }),
      seed: fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 300, maxLength: 300 }),
    })
    .map(({ sites: siteCount, candidates: candidateCount, seed }) => {
      let k = 0;
      const next = () => (seed[k++ % seed.length] + k * 7919) % 10_000;
      const unit = () => next() / 10_000;
      const place = () => ({ lat: 48.95 + (unit() - 0.5) * 0.06, lon: 9.43 + (unit() - 0.5) * 0.08 });
      const dayStart = 9 * 60;
      const sites: OpenHouseSite[] = Array.from({ length: siteCount }, (_, i) => {
        const slotMinutes = [30, 30, 45][next() % 3];
        const slots = 1 + (next() % opts.maxSlots);
        const opensAt = dayStart + 30 * (next() % 4);
        const openings =
          slots > 2 && next() % 3 === 0
            ? [
                { start: opensAt, end: opensAt + slotMinutes },
                { start: opensAt + 2 * slotMinutes, end: opensAt + (slots + 1) * slotMinutes },
              ]
            : [{ start: opensAt, end: opensAt + slots * slotMinutes }];
        return {
          id: `s${i + 1}`,
          kind: next() % 4 === 0 ? 'housing' : 'firm',
          location: place(),
          town: `T${1 + (next() % 3)}`,
          openings,
          capacity: 1 + (next() % 4),
          slotMinutes,
        };
      });
      const travel = (): Travel => {
        const from = dayStart + 15 * (next() % 3);
        return {
          start: place(),
          mode: TRAVEL_MODES[next() % TRAVEL_MODES.length],
          radiusKm: 3 + (next() % 20),
          available: { start: from, end: from + 90 + 30 * (next() % 6) },
          maxVisits: 1 + (next() % 3),
        };
      };
      const candidates = Array.from({ length: candidateCount }, (_, i) => ({ id: `c${i + 1}`, travel: travel() }));
      const groups =
        opts.groups && candidateCount >= 3 && next() % 2 === 0
          ? [{ id: 'g1', members: ['c1', 'c2'], companions: next() % 2, housingSiteId: undefined, travel: travel() }]
          : [];
      const scores: Record<string, number> = {};
      for (const s of sites)
        for (const c of candidates) if (next() % 10 < 7) scores[visitPairKey(s.id, c.id)] = Math.round(unit() * 100) / 100;
      return { sites, candidates, groups, scores };
    });
}

/** Every visitor of the instance: groups, then candidates who come alone. */
export function partiesOf(instance: OpenHouseInstance): { id: string; members: string[] }[] {
  const grouped = new Set((instance.groups ?? []).flatMap((g) => g.members));
  return [
    ...(instance.groups ?? []).map((g) => ({ id: g.id, members: g.members })),
    ...instance.candidates.filter((c) => !grouped.has(c.id)).map((c) => ({ id: c.id, members: [c.id] })),
  ];
}

/** Score and coverage of a plan, counted from the instance (independent of the planner). */
export function valueOf(instance: OpenHouseInstance, routes: Route[]): { coverage: number; score: number } {
  const members = new Map(partiesOf(instance).map((p) => [p.id, p.members]));
  const reached = new Set<string>();
  let score = 0;
  for (const route of routes)
    for (const visit of route.visits)
      for (const m of members.get(route.party) ?? []) {
        const value = instance.scores[visitPairKey(visit.site, m)];
        if (value !== undefined) {
          score += value;
          reached.add(m);
        }
      }
  return { coverage: reached.size, score };
}

/**
 * Brute force over every plan: all routes of each visitor over fitting sites' slots that the
 * conflict checker accepts alone, combined under the slot capacities; lexicographic optimum
 * (coverage, then score). Only for tiny instances.
 */
export function bruteForcePlan(instance: OpenHouseInstance): { coverage: number; score: number } {
  const parties = partiesOf(instance);
  const routesOf = parties.map((party) => {
    const visits: Visit[] = [];
    for (const site of instance.sites)
      if (party.members.some((m) => instance.scores[visitPairKey(site.id, m)] !== undefined))
        for (const slot of siteSlots(site)) visits.push({ site: site.id, start: slot.start, end: slot.end });
    const routes: Visit[][] = [[]];
    const extend = (from: number, route: Visit[]) => {
      for (let i = from; i < visits.length; i++) {
        const candidate = [...route, visits[i]];
        if (checkPlan(instance, { routes: [{ party: party.id, visits: candidate }] }).length === 0) {
          routes.push(candidate);
          extend(i + 1, candidate);
        }
      }
    };
    extend(0, []);
    return routes;
  });
  const capacity = new Map(instance.sites.map((s) => [s.id, s.capacity]));
  const sizeOf = new Map(
    parties.map((p) => {
      const group = (instance.groups ?? []).find((g) => g.id === p.id);
      return [p.id, group ? group.members.length + (group.companions ?? 1) : 1];
    }),
  );
  const load = new Map<string, number>();
  let best = { coverage: -1, score: -1 };
  const chosen: Route[] = [];
  const search = (i: number) => {
    if (i === parties.length) {
      const v = valueOf(instance, chosen);
      if (v.coverage > best.coverage || (v.coverage === best.coverage && v.score > best.score + 1e-9)) best = v;
      return;
    }
    const party = parties[i];
    const size = sizeOf.get(party.id)!;
    for (const route of routesOf[i]) {
      const keys = route.map((v) => `${v.site}@${v.start}`);
      if (route.some((v, j) => (load.get(keys[j]) ?? 0) + size > capacity.get(v.site)!)) continue;
      keys.forEach((key) => load.set(key, (load.get(key) ?? 0) + size));
      chosen.push({ party: party.id, visits: route });
      search(i + 1);
      chosen.pop();
      keys.forEach((key) => load.set(key, load.get(key)! - size));
    }
  };
  search(0);
  return best;
}
