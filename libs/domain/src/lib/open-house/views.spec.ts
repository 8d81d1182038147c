import fc from 'fast-check';
import { checkPlan } from './check-plan';
import { parseClock } from './compile';
import { planOpenHouse } from './plan';
import { instanceArbitrary } from './test-helpers';
import type { OpenHouseInstance, Travel } from './types';
import { candidateRoute, editPlan, siteVisitors } from './views';

const backnang = { lat: 48.947075, lon: 9.429792 };
const travel: Travel = { start: backnang, mode: 'foot', radiusKm: 3, available: { start: 780, end: 1020 }, maxVisits: 2 };
const instance: OpenHouseInstance = {
  sites: [
    { id: 'bakery', kind: 'firm', location: { lat: 48.95, lon: 9.435 }, town: 'Backnang', openings: [{ start: 840, end: 930 }], capacity: 4, slotMinutes: 30 },
    { id: 'garage', kind: 'firm', location: { lat: 48.944, lon: 9.425 }, town: 'Backnang', openings: [{ start: 840, end: 1020 }], capacity: 3, slotMinutes: 30 },
  ],
  candidates: [{ id: 'amal', travel }, { id: 'dina' }, { id: 'elias' }],
  groups: [{ id: 'g1', members: ['dina', 'elias'], companions: 1, travel }],
  scores: { 'bakery|amal': 0.8, 'garage|amal': 0.5, 'bakery|dina': 0.7, 'garage|elias': 0.6 },
};

describe('open-house views and hand edits', () => {
  it("lists a site's visitors per slot, a group with its members and its companion", () => {
    const plan = {
      routes: [
        { party: 'amal', visits: [{ site: 'bakery', start: 840, end: 870 }] },
        { party: 'g1', visits: [{ site: 'bakery', start: 840, end: 870 }, { site: 'garage', start: 900, end: 930 }] },
      ],
    };
    expect(siteVisitors(instance, plan, 'bakery')).toEqual([
      { start: 840, end: 870, candidates: ['amal', 'dina', 'elias'], groups: ['g1'], people: 4, capacity: 4 },
      { start: 870, end: 900, candidates: [], groups: [], people: 0, capacity: 4 },
      { start: 900, end: 930, candidates: [], groups: [], people: 0, capacity: 4 },
    ]);
    expect(siteVisitors(instance, plan, 'nowhere')).toEqual([]);
    expect(candidateRoute(instance, plan, 'elias')).toEqual({
      group: 'g1',
      visits: [{ site: 'bakery', start: 840, end: 870 }, { site: 'garage', start: 900, end: 930 }],
    });
    expect(candidateRoute(instance, plan, 'amal')).toEqual({ group: null, visits: [{ site: 'bakery', start: 840, end: 870 }] });
  });

  it('moves, adds and removes a visit by hand, and the check shows the conflict at once', () => {
    const plan = planOpenHouse(instance).plan;
    expect(checkPlan(instance, plan)).toEqual([]);
    const groupVisit = plan.routes.find((r) => r.party === 'g1')!.visits.find((v) => v.site === 'garage')!;
    // the group (3 people) to the garage's last slot, then one more visitor into it (capacity 3)
    const moved = editPlan(plan, { op: 'move', party: 'g1', site: 'garage', start: groupVisit.start, to: { site: 'garage', start: parseClock('16:30'), end: parseClock('17:00') } });
    expect(plan.routes.find((r) => r.party === 'g1')!.visits).toContainEqual(groupVisit); // the input is unchanged
    expect(checkPlan(instance, moved)).toEqual([]);
    const crowded = editPlan(moved, { op: 'add', party: 'amal', visit: { site: 'garage', start: parseClock('16:30'), end: parseClock('17:00') } });
    expect(checkPlan(instance, crowded).map((c) => c.code)).toContain('capacity');
    const fixed = editPlan(crowded, { op: 'remove', party: 'amal', site: 'garage', start: parseClock('16:30') });
    expect(checkPlan(instance, fixed)).toEqual([]);
    expect(() => editPlan(fixed, { op: 'remove', party: 'amal', site: 'garage', start: 0 })).toThrow(/no visit/);
  });

  it('counts every planned person once in the site lists', () => {
    fc.assert(
      fc.property(instanceArbitrary({ maxSites: 4, maxCandidates: 6, maxSlots: 4, groups: true }), (day) => {
        const { plan } = planOpenHouse(day, { rounds: 50 });
        let listed = 0;
        for (const site of day.sites)
          for (const slot of siteVisitors(day, plan, site.id)) {
            expect(slot.people).toBeLessThanOrEqual(slot.capacity);
            listed += slot.candidates.length;
          }
        const planned = plan.routes.reduce((sum, r) => {
          const group = day.groups?.find((g) => g.id === r.party);
          return sum + r.visits.length * (group ? group.members.length : 1);
        }, 0);
        expect(listed).toBe(planned);
      }),
      { numRuns: 60 },
    );
  });
});
