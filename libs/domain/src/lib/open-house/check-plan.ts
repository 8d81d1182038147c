// Every conflict of an open-house plan, e.g. after a coordinator moved, added or removed a visit
// by hand. The planner's own plans have none (the property tests check that).
import { compileOpenHouse, formatClock, type CompiledInstance } from './compile';
import type { TravelTimeEstimator } from './travel-time';
import type { OpenHouseInstance, OpenHousePlan, PlanConflict, Visit } from './types';

export function checkPlan(
  instance: OpenHouseInstance,
  plan: OpenHousePlan,
  travel?: TravelTimeEstimator | CompiledInstance,
): PlanConflict[] {
  const compiled = travel && 'parties' in travel ? travel : compileOpenHouse(instance, travel);
  const conflicts: PlanConflict[] = [];
  const load = new Map<string, number>();
  const seen = new Set<string>();

  for (const route of plan.routes) {
    const party = route.party;
    const p = compiled.partyIndex.get(party);
    if (p === undefined) {
      const group = compiled.groupOf.get(party);
      if (group !== undefined) {
        if (route.visits.length > 0)
          conflicts.push({ code: 'group_split', party, detail: `${party} travels with group ${group} and has no route of their own` });
      } else conflicts.push({ code: 'unknown_party', party, detail: `no candidate or group ${party}` });
      continue;
    }
    if (seen.has(party)) {
      conflicts.push({ code: 'duplicate_route', party, detail: `${party} has more than one route` });
      continue;
    }
    seen.add(party);
    const visitor = compiled.parties[p];
    const t = visitor.travel;
    if (!t) {
      if (route.visits.length > 0) conflicts.push({ code: 'no_travel', party, detail: `${party} has no travel details` });
      continue;
    }
    if (route.visits.length > t.maxVisits)
      conflicts.push({
        code: 'too_many_visits',
        party,
        detail: `${route.visits.length} visits, at most ${t.maxVisits}`,
        needed: route.visits.length,
        available: t.maxVisits,
      });
    const visits = [...route.visits].sort((a, b) => a.start - b.start || a.end - b.end);
    const sitesSeen = new Set<string>();
    let previous: { visit: Visit; site: number } | null = null;
    for (const visit of visits) {
      const where = { party, site: visit.site, start: visit.start };
      const s = compiled.siteIndex.get(visit.site);
      if (s === undefined) {
        conflicts.push({ code: 'unknown_site', ...where, detail: `no site ${visit.site}` });
        continue;
      }
      const site = compiled.sites[s];
      if (sitesSeen.has(visit.site))
        conflicts.push({ code: 'repeated_site', ...where, detail: `${party} visits ${visit.site} twice` });
      sitesSeen.add(visit.site);
      const slot = site.slotByStart.get(visit.start);
      const onSlot = slot !== undefined && site.slots[slot].end === visit.end;
      if (onSlot) {
        const key = `${s}@${visit.start}`;
        load.set(key, (load.get(key) ?? 0) + visitor.size);
      } else if (site.site.openings.some((w) => w.start <= visit.start && visit.end <= w.end && visit.start < visit.end))
        conflicts.push({
          code: 'not_a_slot',
          ...where,
          detail: `${formatClock(visit.start)}–${formatClock(visit.end)} is not one of the ${site.site.slotMinutes}-minute slots of ${visit.site}`,
        });
      else
        conflicts.push({
          code: 'outside_opening',
          ...where,
          detail: `${visit.site} is not open ${formatClock(visit.start)}–${formatClock(visit.end)}`,
        });
      if (visit.start < t.available.start || visit.end > t.available.end)
        conflicts.push({
          code: 'outside_availability',
          ...where,
          detail: `${party} is free ${formatClock(t.available.start)}–${formatClock(t.available.end)}`,
        });
      const km = compiled.startDistanceKm(p, s);
      if (km > t.radiusKm + 1e-9)
        conflicts.push({
          code: 'beyond_radius',
          ...where,
          detail: `${visit.site} is ${km.toFixed(1)} km away, radius ${t.radiusKm} km`,
          needed: Math.round(km * 10) / 10,
          available: t.radiusKm,
        });
      if (previous === null) {
        const needed = compiled.startToSite(p, s);
        const available = visit.start - t.available.start;
        if (needed > available)
          conflicts.push({
            code: 'unreachable',
            ...where,
            detail: `${needed} min from the start to ${visit.site}, ${Math.max(0, available)} min from ${formatClock(t.available.start)}`,
            needed,
            available,
          });
      } else if (visit.start < previous.visit.end)
        conflicts.push({
          code: 'overlap',
          ...where,
          detail: `overlaps the visit to ${previous.visit.site} at ${formatClock(previous.visit.start)}`,
        });
      else {
        const needed = compiled.siteToSite(previous.site, s, t.mode);
        const available = visit.start - previous.visit.end;
        if (needed > available)
          conflicts.push({
            code: 'unreachable',
            ...where,
            detail: `${needed} min from ${previous.visit.site} to ${visit.site}, ${available} min between the visits`,
            needed,
            available,
          });
      }
      previous = { visit, site: s };
    }
  }

  for (const [key, people] of load) {
    const [s, start] = key.split('@').map(Number);
    const site = compiled.sites[s].site;
    if (people > site.capacity)
      conflicts.push({
        code: 'capacity',
        site: site.id,
        start,
        detail: `${people} visitors at ${site.id} ${formatClock(start)}, capacity ${site.capacity}`,
        needed: people,
        available: site.capacity,
      });
  }
  return conflicts;
}
