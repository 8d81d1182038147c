import fc from 'fast-check';
import { distanceKm } from '../companies';
import { checkPlan } from './check-plan';
import { siteSlots, visitPairKey } from './compile';
import { planOpenHouse } from './plan';
import { bruteForcePlan, instanceArbitrary, partiesOf, valueOf } from './test-helpers';
import { greatCircleEstimator, wholeMinutes } from './travel-time';
import type { OpenHouseInstance, Travel } from './types';

const small = instanceArbitrary({ maxSites: 5, maxCandidates: 8, maxSlots: 6, groups: true });
const tiny = instanceArbitrary({ maxSites: 3, maxCandidates: 3, maxSlots: 3, groups: true });

function travelOf(instance: OpenHouseInstance, party: string): Travel {
  const group = instance.groups?.find((g) => g.id === party);
  return group ? group.travel : instance.candidates.find((c) => c.id === party)!.travel!;
}

describe('open-house planner', () => {
  it("plans without a conflict the checker finds, and its score is the plan's", () => {
    fc.assert(
      fc.property(small, (instance) => {
        const result = planOpenHouse(instance);
        expect(checkPlan(instance, result.plan)).toEqual([]);
        const value = valueOf(instance, result.plan.routes);
        expect(result.score).toBeCloseTo(value.score, 9);
        expect(result.coverage.reached).toBe(value.coverage);
        expect(result.unreached.length).toBe(instance.candidates.length - value.coverage);
      }),
      { numRuns: 150 },
    );
  });

  it('never puts more people in a slot than the site takes, and only in its opening windows', () => {
    fc.assert(
      fc.property(small, (instance) => {
        const { plan } = planOpenHouse(instance);
        const size = (party: string) => {
          const g = instance.groups?.find((x) => x.id === party);
          return g ? g.members.length + (g.companions ?? 1) : 1;
        };
        const load = new Map<string, number>();
        for (const route of plan.routes)
          for (const v of route.visits) {
            const site = instance.sites.find((s) => s.id === v.site)!;
            expect(site.openings.some((w) => w.start <= v.start && v.end <= w.end)).toBe(true);
            expect(siteSlots(site)).toContainEqual({ start: v.start, end: v.end });
            const key = `${v.site}@${v.start}`;
            load.set(key, (load.get(key) ?? 0) + size(route.party));
            expect(load.get(key)).toBeLessThanOrEqual(site.capacity);
          }
      }),
      { numRuns: 150 },
    );
  });

  it('leaves time to travel from the start and between consecutive visits, within the radius', () => {
    const estimate = greatCircleEstimator();
    fc.assert(
      fc.property(small, (instance) => {
        const { plan } = planOpenHouse(instance);
        for (const route of plan.routes) {
          const t = travelOf(instance, route.party);
          let at = t.start;
          let free = t.available.start;
          expect(route.visits.length).toBeLessThanOrEqual(t.maxVisits);
          for (const v of route.visits) {
            const site = instance.sites.find((s) => s.id === v.site)!;
            expect(distanceKm(t.start, site.location)).toBeLessThanOrEqual(t.radiusKm);
            expect(free + wholeMinutes(estimate.minutes(at, site.location, t.mode))).toBeLessThanOrEqual(v.start);
            expect(v.end).toBeLessThanOrEqual(t.available.end);
            at = site.location;
            free = v.end;
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('keeps groups together: members have no routes of their own and every group visit fits a member', () => {
    fc.assert(
      fc.property(small, (instance) => {
        const { plan } = planOpenHouse(instance);
        for (const group of instance.groups ?? []) {
          for (const m of group.members) expect(plan.routes.find((r) => r.party === m)).toBeUndefined();
          const route = plan.routes.find((r) => r.party === group.id)!;
          for (const v of route.visits)
            expect(group.members.some((m) => instance.scores[visitPairKey(v.site, m)] !== undefined)).toBe(true);
        }
        expect(plan.routes.map((r) => r.party).sort()).toEqual(partiesOf(instance).map((p) => p.id).sort());
      }),
      { numRuns: 100 },
    );
  });

  it('stays within its bounds, and the bounds hold for the brute-force optimum (tiny instances)', () => {
    fc.assert(
      fc.property(tiny, (instance) => {
        const result = planOpenHouse(instance);
        const best = bruteForcePlan(instance);
        // the planner is a heuristic: never better than the optimum, lexicographically
        expect(
          result.coverage.reached < best.coverage ||
            (result.coverage.reached === best.coverage && result.score <= best.score + 1e-9),
        ).toBe(true);
        expect(best.coverage).toBeLessThanOrEqual(result.coverage.bound);
        expect(best.score).toBeLessThanOrEqual(result.bound + 1e-9);
        expect(result.score).toBeLessThanOrEqual(result.bound + 1e-9);
        expect(result.gap).toBeGreaterThanOrEqual(-1e-12);
      }),
      { numRuns: 150 },
    );
  });

  it('reaches the brute-force optimum on most tiny instances (fixed seed)', () => {
    let optimal = 0;
    let runs = 0;
    let worst = 1;
    fc.assert(
      fc.property(tiny, (instance) => {
        const result = planOpenHouse(instance);
        const best = bruteForcePlan(instance);
        runs++;
        if (result.coverage.reached === best.coverage && Math.abs(result.score - best.score) < 1e-9) optimal++;
        if (best.score > 0 && result.coverage.reached === best.coverage) worst = Math.min(worst, result.score / best.score);
      }),
      { numRuns: 300, seed: 13 },
    );
    expect(runs).toBe(300);
    expect(optimal / runs).toBeGreaterThanOrEqual(0.97);
    expect(worst).toBeGreaterThan(0.9);
  });

  it('gives everyone one visit before anyone a second', () => {
    // one site, one slot of two seats; c1 fits best but may make two visits
    const place = { lat: 48.95, lon: 9.43 };
    const travel: Travel = { start: place, mode: 'foot', radiusKm: 5, available: { start: 540, end: 720 }, maxVisits: 2 };
    const instance: OpenHouseInstance = {
      sites: [
        { id: 'a', kind: 'firm', location: place, town: 'Backnang', openings: [{ start: 600, end: 630 }], capacity: 1, slotMinutes: 30 },
        { id: 'b', kind: 'firm', location: place, town: 'Backnang', openings: [{ start: 630, end: 660 }], capacity: 1, slotMinutes: 30 },
      ],
      candidates: [
        { id: 'c1', travel },
        { id: 'c2', travel },
      ],
      scores: { 'a|c1': 0.9, 'b|c1': 0.8, 'a|c2': 0.2 },
    };
    const result = planOpenHouse(instance);
    expect(result.coverage).toEqual({ reached: 2, bound: 2, candidates: 2 });
    expect(result.plan.routes).toEqual([
      { party: 'c1', visits: [{ site: 'b', start: 630, end: 660 }] },
      { party: 'c2', visits: [{ site: 'a', start: 600, end: 630 }] },
    ]);
    expect(result.score).toBeCloseTo(1.0, 9);
  });

  it('counts a group with its companion against the capacity and scores each fitting member', () => {
    const place = { lat: 48.95, lon: 9.43 };
    const travel: Travel = { start: place, mode: 'transit', radiusKm: 5, available: { start: 540, end: 720 }, maxVisits: 1 };
    const instance: OpenHouseInstance = {
      sites: [
        { id: 'small', kind: 'firm', location: place, town: 'Backnang', openings: [{ start: 600, end: 630 }], capacity: 2, slotMinutes: 30 },
        { id: 'big', kind: 'firm', location: place, town: 'Backnang', openings: [{ start: 600, end: 630 }], capacity: 3, slotMinutes: 30 },
      ],
      candidates: [{ id: 'c1' }, { id: 'c2' }],
      groups: [{ id: 'g', members: ['c1', 'c2'], companions: 1, travel }],
      scores: { 'small|c1': 1, 'small|c2': 1, 'big|c1': 0.4 },
    };
    const result = planOpenHouse(instance);
    expect(result.plan.routes).toEqual([{ party: 'g', visits: [{ site: 'big', start: 600, end: 630 }] }]);
    expect(result.score).toBeCloseTo(0.4, 9);
    expect(result.coverage.reached).toBe(1);
  });

  it('refuses an invalid instance with the reasons', () => {
    const instance: OpenHouseInstance = {
      sites: [{ id: 's', kind: 'firm', location: { lat: 48.9, lon: 9.4 }, town: 'X', openings: [{ start: 600, end: 500 }], capacity: 1, slotMinutes: 30 }],
      candidates: [{ id: 'c1' }],
      groups: [{ id: 'g', members: ['c9'], travel: { start: { lat: 48.9, lon: 9.4 }, mode: 'car', radiusKm: 5, available: { start: 0, end: 60 }, maxVisits: 0 } }],
      scores: { 'x|c1': 1 },
    };
    expect(() => planOpenHouse(instance)).toThrow(/start < end.*unknown candidate c9.*maxVisits.*unknown pair: x\|c1/);
  });
});

describe('open-house planner with the MIP (HiGHS)', () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let highs: any;
  beforeAll(async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    highs = await require('highs')();
  });

  it('proves the optimum on tiny instances: it equals the brute force when the coverage does', () => {
    let proved = 0;
    fc.assert(
      fc.property(tiny, (instance) => {
        const result = planOpenHouse(instance, { highs, timeLimitMs: 5000, mipRelGap: 0 });
        const best = bruteForcePlan(instance);
        expect(checkPlan(instance, result.plan)).toEqual([]);
        expect(result.score).toBeLessThanOrEqual(result.bound + 1e-9);
        expect(best.score).toBeLessThanOrEqual(result.bound + 1e-6);
        expect(result.coverage.reached).toBeLessThanOrEqual(best.coverage);
        expect(best.coverage).toBeLessThanOrEqual(result.coverage.bound);
        if (result.status === 'optimal' && result.coverage.reached === best.coverage) {
          proved++;
          expect(result.score).toBeCloseTo(best.score, 6);
          expect(result.bound).toBeCloseTo(best.score, 5);
        }
      }),
      { numRuns: 80, seed: 13 },
    );
    expect(proved).toBeGreaterThanOrEqual(76);
  });

  it('keeps every rule on small instances and never does worse than the local search alone', () => {
    fc.assert(
      fc.property(small, (instance) => {
        const alone = planOpenHouse(instance, { rounds: 200 });
        const result = planOpenHouse(instance, { highs, rounds: 200, timeLimitMs: 5000 });
        expect(checkPlan(instance, result.plan)).toEqual([]);
        expect(result.coverage.reached).toBeGreaterThanOrEqual(alone.coverage.reached);
        if (result.coverage.reached === alone.coverage.reached) expect(result.score).toBeGreaterThanOrEqual(alone.score - 1e-9);
        expect(result.score).toBeLessThanOrEqual(result.bound + 1e-9);
        expect(result.bound).toBeLessThanOrEqual(alone.bound + 1e-9);
        expect(valueOf(instance, result.plan.routes).score).toBeCloseTo(result.score, 9);
      }),
      { numRuns: 40 },
    );
  });
});

describe('open-house input from outside', () => {
  it('refuses malformed instances with a reason instead of failing on them', () => {
    const bad: unknown[] = [
      null,
      { sites: 'x', candidates: [], scores: {} },
      { sites: [{ id: 's', location: { lat: 91, lon: 0 }, openings: [] }], candidates: [], scores: {} },
      { sites: [{ id: 's', location: { lat: 48, lon: 9 }, openings: 'always' }], candidates: [], scores: {} },
      { sites: [], candidates: [{ id: 'c', travel: { start: null } }], scores: {} },
      { sites: [], candidates: [], groups: [{ id: 'g', members: 'c1', travel: {} }], scores: {} },
      { sites: [], candidates: [7], scores: [] },
    ];
    for (const instance of bad) expect(() => planOpenHouse(instance as OpenHouseInstance)).toThrow(/invalid open-house instance: \S/);
  });
});
