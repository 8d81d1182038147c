/**
 * An offer is on the public job board while it is open and its closing date has not passed
 * (dates are the German calendar day).
 */
export function listedOfferSql(alias: string): string {
  return `(${alias}.status = 'open' AND (${alias}.closes_on IS NULL OR ${alias}.closes_on >= (now() AT TIME ZONE 'Europe/Berlin')::date))`;
}
