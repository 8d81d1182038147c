import type { TFunction } from 'i18next';
import type { OpenHouseDay, OpenHouseSite, PlanConflict, PlannedRoute } from '../api';

function minutes(clock: string): number {
  const [h, m] = clock.split(':').map(Number);
  return h! * 60 + m!;
}

function clock(total: number): string {
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** The site's visit slots (HH:MM starts), back to back from the start of each opening window. */
export function slotStarts(site: OpenHouseSite): string[] {
  return site.openings.flatMap((w) => {
    const starts: string[] = [];
    for (let s = minutes(w.start); s + site.slotMinutes <= minutes(w.end); s += site.slotMinutes)
      starts.push(clock(s));
    return starts;
  });
}

/** Who a route is for: a pseudonym, or the group's pseudonyms. */
export function partyLabel(t: TFunction, route: Pick<PlannedRoute, 'kind' | 'pseudonyms'>): string {
  return route.kind === 'group'
    ? t('openHouse.day.group', { names: route.pseudonyms.join(', ') })
    : t('openHouse.day.alone', { name: route.pseudonyms[0] ?? '' });
}

/** A conflict in the reader's language, built from its fields (the API's detail is English). */
export function conflictText(
  t: TFunction,
  conflict: PlanConflict,
  day: OpenHouseDay,
  routes: PlannedRoute[],
): string {
  const route = routes.find((r) => r.party === conflict.party);
  const site = day.siteList.find((s) => s.id === conflict.site);
  return t(`openHouse.conflict.${conflict.code}`, {
    party: route ? partyLabel(t, route) : '',
    site: site?.name ?? '',
    start: conflict.start ?? '',
    needed: conflict.needed ?? '',
    // A visit before the visitor's free time leaves negative minutes; none is what they have.
    available: conflict.available === null ? '' : Math.max(0, conflict.available),
  });
}
