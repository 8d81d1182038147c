/**
 * Travel time between two places of an open-house day, estimated from coordinates.
 *
 *   minutes = fixed(mode) + greatCircleKm × detour(mode) ÷ speed(mode) × 60
 *
 * The great-circle distance is the haversine distance of `distanceKm` (companies.ts). The detour
 * factor turns it into a network distance, the speed is a door-to-door average, and the fixed
 * time covers what does not grow with distance (waiting at the stop and one change for public
 * transport, parking for a car, unlocking a bike). The numbers are estimates; docs/open-house.md
 * gives their sources. A real router (OSRM for roads, a GTFS-based one for buses and trains) can
 * be plugged in later through {@link TravelTimeEstimator}.
 */
import { distanceKm, type GeoPoint } from '../companies';

export const TRAVEL_MODES = ['foot', 'bike', 'transit', 'car'] as const;
export type TravelMode = (typeof TRAVEL_MODES)[number];

export interface TravelModeParameters {
  /** Network distance ÷ great-circle distance. */
  detourFactor: number;
  /** Average door-to-door speed over the network distance, km/h. */
  speedKmh: number;
  /** Minutes added to every trip that leaves the place (wait, change, parking). */
  fixedMinutes: number;
}

/** The estimate's numbers (see docs/open-house.md, "Travel time"). */
export const TRAVEL_MODEL: Readonly<Record<TravelMode, Readonly<TravelModeParameters>>> = {
  foot: { detourFactor: 1.35, speedKmh: 4.5, fixedMinutes: 0 },
  bike: { detourFactor: 1.3, speedKmh: 14, fixedMinutes: 2 },
  transit: { detourFactor: 1.4, speedKmh: 22, fixedMinutes: 15 },
  car: { detourFactor: 1.3, speedKmh: 45, fixedMinutes: 5 },
};

/**
 * Anything that tells how many minutes a trip takes. Must return a finite number ≥ 0, or
 * `Infinity` when the place cannot be reached by that mode; the same place takes 0 minutes.
 */
export interface TravelTimeEstimator {
  minutes(from: GeoPoint, to: GeoPoint, mode: TravelMode): number;
}

function samePlace(a: GeoPoint, b: GeoPoint): boolean {
  return a.lat === b.lat && a.lon === b.lon;
}

/** The coordinate-based estimate with {@link TRAVEL_MODEL}, or other numbers for a what-if. */
export function greatCircleEstimator(
  model: Readonly<Record<TravelMode, Readonly<TravelModeParameters>>> = TRAVEL_MODEL,
): TravelTimeEstimator {
  return {
    minutes(from, to, mode) {
      if (samePlace(from, to)) return 0;
      const p = model[mode];
      return p.fixedMinutes + ((distanceKm(from, to) * p.detourFactor) / p.speedKmh) * 60;
    },
  };
}

/** Rounds a trip up to whole minutes, so plans never count on seconds. */
export function wholeMinutes(minutes: number): number {
  return Number.isFinite(minutes) ? Math.ceil(minutes - 1e-9) : minutes;
}
