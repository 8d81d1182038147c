import fc from 'fast-check';
import { distanceKm } from '../companies';
import { checkPlan } from './check-plan';
import { planOpenHouse } from './plan';
import { greatCircleEstimator, TRAVEL_MODEL, TRAVEL_MODES, wholeMinutes, type TravelTimeEstimator } from './travel-time';
import type { OpenHouseInstance } from './types';

const backnang = { lat: 48.947075, lon: 9.429792 };
const waiblingen = { lat: 48.832565, lon: 9.316382 };
const point = fc.record({ lat: fc.double({ min: 48.7, max: 49.1, noNaN: true }), lon: fc.double({ min: 9.2, max: 9.8, noNaN: true }) });

describe('travel time estimate', () => {
  const estimate = greatCircleEstimator();

  it('takes the model’s detour factor, speed and fixed time (Backnang → Waiblingen, ≈ 15.3 km)', () => {
    const km = distanceKm(backnang, waiblingen);
    expect(km).toBeGreaterThan(15);
    expect(km).toBeLessThan(15.6);
    expect(estimate.minutes(backnang, waiblingen, 'car')).toBeCloseTo(5 + ((km * 1.3) / 45) * 60, 9);
    expect(estimate.minutes(backnang, waiblingen, 'transit')).toBeCloseTo(15 + ((km * 1.4) / 22) * 60, 9);
    expect(estimate.minutes(backnang, waiblingen, 'foot')).toBeCloseTo(((km * 1.35) / 4.5) * 60, 9);
    // about 32 min by car, 73 by bus and train, 4½ hours on foot
    expect(wholeMinutes(estimate.minutes(backnang, waiblingen, 'car'))).toBe(32);
  });

  it('is 0 for the same place and symmetric, grows with distance, and never beats the direct line', () => {
    fc.assert(
      fc.property(point, point, fc.constantFrom(...TRAVEL_MODES), (a, b, mode) => {
        expect(estimate.minutes(a, a, mode)).toBe(0);
        expect(estimate.minutes(a, b, mode)).toBeCloseTo(estimate.minutes(b, a, mode), 9);
        const p = TRAVEL_MODEL[mode];
        if (a.lat !== b.lat || a.lon !== b.lon)
          expect(estimate.minutes(a, b, mode)).toBeGreaterThanOrEqual((distanceKm(a, b) / p.speedKmh) * 60 + p.fixedMinutes - 1e-9);
      }),
    );
  });

  it('keeps the triangle inequality, so a stop on the way never saves time', () => {
    fc.assert(
      fc.property(point, point, point, fc.constantFrom(...TRAVEL_MODES), (a, b, c, mode) => {
        expect(estimate.minutes(a, c, mode)).toBeLessThanOrEqual(estimate.minutes(a, b, mode) + estimate.minutes(b, c, mode) + 1e-9);
      }),
    );
  });

  it('lets a router be plugged in: a site it cannot reach is never planned and the check names it', () => {
    const site = { lat: 48.95, lon: 9.44 };
    const instance: OpenHouseInstance = {
      sites: [
        { id: 'near', kind: 'firm', location: site, town: 'Backnang', openings: [{ start: 600, end: 660 }], capacity: 5, slotMinutes: 30 },
        { id: 'cut-off', kind: 'firm', location: { lat: 48.951, lon: 9.441 }, town: 'Backnang', openings: [{ start: 600, end: 660 }], capacity: 5, slotMinutes: 30 },
      ],
      candidates: [{ id: 'c1', travel: { start: backnang, mode: 'foot', radiusKm: 5, available: { start: 540, end: 720 }, maxVisits: 2 } }],
      scores: { 'near|c1': 0.4, 'cut-off|c1': 0.9 },
    };
    const router: TravelTimeEstimator = {
      minutes: (from, to) => (to.lat === 48.951 || from.lat === 48.951 ? Infinity : from.lat === to.lat && from.lon === to.lon ? 0 : 10),
    };
    const result = planOpenHouse(instance, { travel: router });
    expect(result.plan.routes).toEqual([{ party: 'c1', visits: [{ site: 'near', start: 600, end: 630 }] }]);
    expect(checkPlan(instance, { routes: [{ party: 'c1', visits: [{ site: 'cut-off', start: 630, end: 660 }] }] }, router)).toEqual([
      expect.objectContaining({ code: 'unreachable', site: 'cut-off' }),
    ]);
    // with the great-circle estimate the better site is a short walk; the other is 150 m further,
    // but back-to-back slots leave no minute for the walk, so only one of them
    const estimated = planOpenHouse(instance);
    expect(estimated.plan.routes[0].visits.map((v) => v.site)).toEqual(['cut-off']);
    expect(estimated.score).toBeCloseTo(0.9, 9);
  });
});
