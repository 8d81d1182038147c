/** The district's time zone: "today" and every calendar day of the product are days there. */
export const DISTRICT_TIME_ZONE = 'Europe/Berlin';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

let dayFormat: Intl.DateTimeFormat | null = null;
/** Made once: building a formatter with a time zone costs about half a millisecond. */
function districtDayFormat(): Intl.DateTimeFormat {
  dayFormat ??= new Intl.DateTimeFormat('en-CA', {
    timeZone: DISTRICT_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  return dayFormat;
}

/** The calendar day (YYYY-MM-DD) in the district at the given instant, whatever the machine's zone. */
export function districtDate(at: Date = new Date()): string {
  const parts = districtDayFormat().formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Today in the district (Europe/Berlin), as YYYY-MM-DD. */
export function districtToday(now: Date = new Date()): string {
  return districtDate(now);
}

/** A real calendar day written as YYYY-MM-DD (not 2026-02-30). */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The day `days` after (or before, when negative) a YYYY-MM-DD day; pure calendar arithmetic. */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
