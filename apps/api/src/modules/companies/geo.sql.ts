import { EARTH_RADIUS_KM } from '@passgenau/domain';

/**
 * Haversine distance in kilometres as a SQL expression, the same formula as `distanceKm` in
 * @passgenau/domain (an integration test compares the two). `lat`/`lon` are column expressions,
 * `latParam`/`lonParam` placeholders of the reference point.
 */
export function distanceKmSql(lat: string, lon: string, latParam: string, lonParam: string): string {
  return `(2 * ${EARTH_RADIUS_KM} * asin(least(1, sqrt(
      power(sin(radians(${lat} - ${latParam}::float8) / 2), 2)
    + cos(radians(${latParam}::float8)) * cos(radians(${lat})) * power(sin(radians(${lon} - ${lonParam}::float8) / 2), 2)))))`;
}

/** A LIKE pattern that matches `text` literally anywhere, folded like `offer_search_fold` in SQL. */
export function foldedContainsPattern(text: string): string {
  const folded = text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .trim();
  return `%${folded.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
