import { isValidGeoPoint } from '@passgenau/domain';

/** One `stellenangebote` entry of a Bundesagentur für Arbeit Jobsuche search response, checked. */
export interface JobsucheRecord {
  refnr: string;
  employer: string;
  customerHash: string | null;
  occupationText: string | null;
  title: string;
  place: {
    postalCode: string | null;
    locality: string | null;
    street: string | null;
    lat: number | null;
    lon: number | null;
  } | null;
  startsOn: string | null;
  publishedOn: string | null;
  modifiedAt: Date | null;
}

export type ParsedJobsucheRecord =
  { ok: true; record: JobsucheRecord } | { ok: false; refnr: string | null; reason: string };

const TITLE_MAX = 200;
const NAME_MAX = 200;

function text(value: unknown, max = 500): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return null;
  const trimmed = value.replace(/\s+/g, ' ').trim();
  if (!trimmed) return null;
  return trimmed.length > max ? `${trimmed.slice(0, max - 1)}…` : trimmed;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function calendarDate(value: unknown): string | null | 'invalid' {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'invalid';
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? 'invalid' : value;
}

/**
 * Checks one record (fields as in PROVENANCE.md section 4; `titel` and `modifikationsTimestamp` are
 * optional). A record without refnr or employer, or with broken coordinates or dates, is refused
 * with its reason, so that the import can report it and go on with the rest.
 */
export function parseJobsucheRecord(raw: unknown): ParsedJobsucheRecord {
  if (!isObject(raw)) return { ok: false, refnr: null, reason: 'not an object' };
  const refnr = text(raw['refnr'], 100);
  if (!refnr) return { ok: false, refnr: null, reason: 'missing refnr' };
  const fail = (reason: string): ParsedJobsucheRecord => ({ ok: false, refnr, reason });
  const employer = text(raw['arbeitgeber'], NAME_MAX);
  if (!employer) return fail('missing arbeitgeber');
  const occupationText = text(raw['beruf'], 300);
  const title = text(raw['titel'], TITLE_MAX) ?? (occupationText ? text(occupationText, TITLE_MAX) : null);
  if (!title) return fail('missing beruf and titel');

  let place: JobsucheRecord['place'] = null;
  const workplace = raw['arbeitsort'];
  if (workplace !== undefined && workplace !== null) {
    if (!isObject(workplace)) return fail('bad arbeitsort');
    let lat: number | null = null;
    let lon: number | null = null;
    const coordinates = workplace['koordinaten'];
    if (coordinates !== undefined && coordinates !== null) {
      if (!isObject(coordinates) || !isValidGeoPoint({ lat: coordinates['lat'], lon: coordinates['lon'] }))
        return fail('bad coordinates');
      lat = coordinates['lat'] as number;
      lon = coordinates['lon'] as number;
    }
    const postalCode = text(workplace['plz'], 10);
    place = {
      postalCode: postalCode && /^[0-9A-Za-z -]{3,10}$/.test(postalCode) ? postalCode : null,
      locality: text(workplace['ort'], 100),
      street: text(workplace['strasse'], 200),
      lat,
      lon,
    };
  }

  const startsOn = calendarDate(raw['eintrittsdatum']);
  if (startsOn === 'invalid') return fail('bad eintrittsdatum');
  const publishedOn = calendarDate(raw['aktuelleVeroeffentlichungsdatum']);
  if (publishedOn === 'invalid') return fail('bad aktuelleVeroeffentlichungsdatum');
  let modifiedAt: Date | null = null;
  const modified = raw['modifikationsTimestamp'];
  if (modified !== undefined && modified !== null && modified !== '') {
    modifiedAt = typeof modified === 'string' ? new Date(modified) : new Date(Number.NaN);
    if (Number.isNaN(modifiedAt.getTime())) return fail('bad modifikationsTimestamp');
  }

  return {
    ok: true,
    record: {
      refnr,
      employer,
      customerHash: text(raw['kundennummerHash'], 200),
      occupationText,
      title,
      place,
      startsOn,
      publishedOn,
      modifiedAt,
    },
  };
}

/** The listing on the job agency's own job board. */
export function jobsucheUrl(refnr: string): string {
  return `https://www.arbeitsagentur.de/jobsuche/jobdetail/${encodeURIComponent(refnr)}`;
}
