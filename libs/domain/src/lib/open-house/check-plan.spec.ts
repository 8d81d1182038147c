import { checkPlan } from './check-plan';
import { formatClock, parseClock, siteSlots } from './compile';
import { planOpenHouse } from './plan';
import type { OpenHouseInstance, OpenHousePlan, Travel } from './types';

// Backnang and Winnenden town centres (apps/api/reference-data), about 8.4 km apart
const backnang = { lat: 48.947075, lon: 9.429792 };
const winnenden = { lat: 48.875458, lon: 9.397848 };
const backnangEast = { lat: 48.947075, lon: 9.445 }; // ~1.1 km east

const byBus: Travel = { start: backnang, mode: 'transit', radiusKm: 15, available: { start: 780, end: 1020 }, maxVisits: 3 };

const instance: OpenHouseInstance = {
  sites: [
    { id: 'bakery', kind: 'firm', location: backnangEast, town: 'Backnang', openings: [{ start: 780, end: 900 }], capacity: 3, slotMinutes: 30 },
    { id: 'garage', kind: 'firm', location: winnenden, town: 'Winnenden', openings: [{ start: 840, end: 960 }], capacity: 3, slotMinutes: 30 },
    { id: 'home', kind: 'housing', location: backnang, town: 'Backnang', openings: [{ start: 780, end: 840 }, { start: 900, end: 1020 }], capacity: 6, slotMinutes: 60 },
  ],
  candidates: [
    { id: 'amal', travel: byBus },
    { id: 'bogdan', travel: { ...byBus, mode: 'foot', radiusKm: 3 } },
    { id: 'dina' },
    { id: 'elias' },
  ],
  groups: [{ id: 'g1', members: ['dina', 'elias'], companions: 1, housingSiteId: 'home', travel: byBus }],
  scores: { 'bakery|amal': 0.8, 'garage|amal': 0.6, 'bakery|bogdan': 0.7, 'bakery|dina': 0.5, 'garage|elias': 0.9 },
};

const route = (party: string, ...visits: [string, string, string][]) => ({
  party,
  visits: visits.map(([site, start, end]) => ({ site, start: parseClock(start), end: parseClock(end) })),
});

describe('open-house conflict check', () => {
  it('accepts a plan that keeps every rule', () => {
    const plan: OpenHousePlan = {
      routes: [
        route('amal', ['bakery', '13:30', '14:00'], ['garage', '15:00', '15:30']),
        route('bogdan', ['bakery', '13:30', '14:00']),
        route('g1', ['bakery', '14:00', '14:30']),
      ],
    };
    expect(checkPlan(instance, plan)).toEqual([]);
  });

  it('finds a slot over capacity once a coordinator moves a visit into it', () => {
    const plan: OpenHousePlan = {
      routes: [route('amal', ['bakery', '13:30', '14:00']), route('g1', ['bakery', '13:30', '14:00'])],
    };
    expect(checkPlan(instance, plan)).toEqual([
      expect.objectContaining({ code: 'capacity', site: 'bakery', start: 810, needed: 4, available: 3 }),
    ]);
  });

  it('finds overlapping visits and too little time to travel between sites', () => {
    const overlap = checkPlan(instance, {
      routes: [route('amal', ['garage', '14:00', '14:30'], ['home', '14:00', '15:00'])],
    });
    expect(overlap.map((c) => c.code)).toContain('overlap');
    // bakery ends 14:30, garage 14:30 leaves no time for the bus (≈ 15 + 33 min)
    const tight = checkPlan(instance, { routes: [route('amal', ['bakery', '14:00', '14:30'], ['garage', '14:30', '15:00'])] });
    expect(tight).toEqual([expect.objectContaining({ code: 'unreachable', party: 'amal', site: 'garage', available: 0 })]);
    expect(tight[0].needed).toBeGreaterThan(30);
  });

  it('finds a first visit that cannot be reached from the start in time', () => {
    // the bus from Backnang to Winnenden takes about 48 minutes: fine from 13:00, not from 13:45
    const conflicts = checkPlan(instance, { routes: [route('amal', ['garage', '14:00', '14:30'])] });
    expect(conflicts).toEqual([]);
    const late = checkPlan(
      { ...instance, candidates: instance.candidates.map((c) => (c.id === 'amal' ? { ...c, travel: { ...byBus, available: { start: 825, end: 1020 } } } : c)) },
      { routes: [route('amal', ['garage', '14:00', '14:30'])] },
    );
    expect(late).toEqual([expect.objectContaining({ code: 'unreachable', needed: expect.any(Number), available: 15 })]);
  });

  it('finds visits outside the opening hours, off the slot grid and outside the visitor’s time', () => {
    const conflicts = checkPlan(instance, {
      routes: [
        route('amal', ['bakery', '15:00', '15:30'], ['garage', '16:00', '16:30'], ['home', '13:10', '13:40']),
        route('bogdan', ['bakery', '13:15', '13:45']),
      ],
    });
    const codes = conflicts.map((c) => `${c.code}:${c.site}`);
    expect(codes).toEqual(
      expect.arrayContaining(['outside_opening:bakery', 'outside_opening:garage', 'not_a_slot:home', 'not_a_slot:bakery']),
    );
  });

  it('finds a site beyond the radius, too many visits, a repeated site and a visitor out of time', () => {
    const conflicts = checkPlan(instance, {
      routes: [
        route('bogdan', ['garage', '15:00', '15:30']),
        route('amal', ['bakery', '13:00', '13:30'], ['bakery', '14:00', '14:30'], ['home', '15:00', '16:00'], ['garage', '15:30', '16:00']),
      ],
    });
    const codes = conflicts.map((c) => `${c.code}:${c.party}`);
    expect(codes).toEqual(
      expect.arrayContaining(['beyond_radius:bogdan', 'too_many_visits:amal', 'repeated_site:amal']),
    );
    const out = checkPlan(instance, { routes: [route('amal', ['home', '16:00', '17:00'])] });
    expect(out).toEqual([]);
    const after = checkPlan(
      { ...instance, candidates: instance.candidates.map((c) => (c.id === 'amal' ? { ...c, travel: { ...byBus, available: { start: 780, end: 990 } } } : c)) },
      { routes: [route('amal', ['home', '16:00', '17:00'])] },
    );
    expect(after.map((c) => c.code)).toEqual(['outside_availability']);
  });

  it('finds a group split, unknown people and sites, a second route and a visitor without travel details', () => {
    const conflicts = checkPlan(
      { ...instance, candidates: [...instance.candidates, { id: 'farid' }] },
      {
        routes: [
          route('dina', ['bakery', '13:30', '14:00']),
          route('nobody', ['bakery', '13:30', '14:00']),
          route('amal', ['mill', '13:30', '14:00']),
          route('amal'),
          route('farid', ['bakery', '14:00', '14:30']),
          route('elias'),
        ],
      },
    );
    expect(conflicts.map((c) => `${c.code}:${c.party}`)).toEqual([
      'group_split:dina',
      'unknown_party:nobody',
      'unknown_site:amal',
      'duplicate_route:amal',
      'no_travel:farid',
    ]);
  });

  it("has nothing to say about the planner's own plan of this day", () => {
    const result = planOpenHouse(instance);
    expect(checkPlan(instance, result.plan)).toEqual([]);
    expect(result.coverage).toEqual({ reached: 4, bound: 4, candidates: 4 });
    expect(result.unreached).toEqual([]);
  });
});

describe('clock and slots', () => {
  it('reads and writes times of day', () => {
    expect(parseClock('09:30')).toBe(570);
    expect(parseClock('9:05')).toBe(545);
    expect(formatClock(1020)).toBe('17:00');
    expect(() => parseClock('24:00')).toThrow(/HH:MM/);
    expect(() => parseClock('12.30')).toThrow(/HH:MM/);
  });

  it('lays slots back to back from each window and drops a short remainder', () => {
    expect(siteSlots({ openings: [{ start: 900, end: 1000 }, { start: 780, end: 840 }], slotMinutes: 45 })).toEqual([
      { start: 780, end: 825 },
      { start: 900, end: 945 },
      { start: 945, end: 990 },
    ]);
  });
});
