// What people read from an open-house plan, and the coordinator's hand edits: a site's visitors
// per slot, one candidate's route, and move/add/remove of a visit (then `checkPlan` at once).
import { siteSlots } from './compile';
import type { OpenHouseInstance, OpenHousePlan, Route, Visit } from './types';

export interface SlotVisitors {
  start: number;
  end: number;
  /** Candidate ids (a group's members), in plan order. */
  candidates: string[];
  /** The groups among them. */
  groups: string[];
  /** People in the slot: candidates and the groups' companions. */
  people: number;
  capacity: number;
}

/** A site's slots with who comes (every slot, empty ones too), for the firm's list of visitors. */
export function siteVisitors(instance: OpenHouseInstance, plan: OpenHousePlan, siteId: string): SlotVisitors[] {
  const site = instance.sites.find((s) => s.id === siteId);
  if (!site) return [];
  const groups = new Map((instance.groups ?? []).map((g) => [g.id, g]));
  return siteSlots(site).map((slot) => {
    const entry: SlotVisitors = { ...slot, candidates: [], groups: [], people: 0, capacity: site.capacity };
    for (const route of plan.routes)
      for (const v of route.visits) {
        if (v.site !== siteId || v.start !== slot.start) continue;
        const group = groups.get(route.party);
        if (group) {
          entry.groups.push(group.id);
          entry.candidates.push(...group.members);
          entry.people += group.members.length + (group.companions ?? 1);
        } else {
          entry.candidates.push(route.party);
          entry.people += 1;
        }
      }
    return entry;
  });
}

/** A candidate's day: their own route, or their group's (with the group id). */
export function candidateRoute(
  instance: OpenHouseInstance,
  plan: OpenHousePlan,
  candidateId: string,
): { group: string | null; visits: Visit[] } {
  const group = (instance.groups ?? []).find((g) => g.members.includes(candidateId));
  const party = group ? group.id : candidateId;
  const route = plan.routes.find((r) => r.party === party);
  return { group: group?.id ?? null, visits: [...(route?.visits ?? [])].sort((a, b) => a.start - b.start) };
}

export type PlanEdit =
  | { op: 'add'; party: string; visit: Visit }
  | { op: 'remove'; party: string; site: string; start: number }
  | { op: 'move'; party: string; site: string; start: number; to: Visit };

/**
 * The plan after one hand edit (a new object; the input is not changed). Removing or moving a
 * visit that is not there throws; everything else (capacity, times, travel) is for `checkPlan`.
 */
export function editPlan(plan: OpenHousePlan, edit: PlanEdit): OpenHousePlan {
  const routes: Route[] = plan.routes.map((r) => ({ party: r.party, visits: [...r.visits] }));
  let route = routes.find((r) => r.party === edit.party);
  if (!route) routes.push((route = { party: edit.party, visits: [] }));
  if (edit.op !== 'add') {
    const at = route.visits.findIndex((v) => v.site === edit.site && v.start === edit.start);
    if (at < 0) throw new Error(`${edit.party} has no visit to ${edit.site} at ${edit.start}`);
    route.visits.splice(at, 1);
  }
  if (edit.op === 'add') route.visits.push({ ...edit.visit });
  if (edit.op === 'move') route.visits.push({ ...edit.to });
  route.visits.sort((a, b) => a.start - b.start);
  return { routes };
}
