/**
 * The open-house instance as a JSON file (docs/open-house.md, "Files"): the instance object,
 * where every time may be written as minutes since midnight or as "HH:MM". Pure functions on
 * strings; reading and writing files is the caller's business.
 */
import { formatClock, parseClock, validateOpenHouseInstance } from './compile';
import type { OpenHouseInstance, OpenHouseResult, TimeWindow } from './types';

/** Thrown by {@link parseOpenHouseFile}; `issues` lists everything wrong (at most 50). */
export class OpenHouseFileError extends Error {
  constructor(readonly issues: string[]) {
    super(issues.join('; '));
    this.name = 'OpenHouseFileError';
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function readWindow(value: unknown, field: string, issues: string[]): unknown {
  if (!isRecord(value)) return value;
  const time = (t: unknown, part: string) => {
    if (typeof t !== 'string') return t;
    try {
      return parseClock(t);
    } catch {
      issues.push(`${field}.${part}: "${t}" is not a time of day (HH:MM)`);
      return NaN;
    }
  };
  return { ...value, start: time(value.start, 'start'), end: time(value.end, 'end') };
}

/** Parses and checks an instance file; throws {@link OpenHouseFileError} naming every problem. */
export function parseOpenHouseFile(text: string): OpenHouseInstance {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new OpenHouseFileError([`not JSON: ${(error as Error).message}`]);
  }
  const issues: string[] = [];
  if (isRecord(value)) {
    const travel = (t: unknown, field: string) =>
      isRecord(t) ? { ...t, available: readWindow(t.available, `${field}.travel.available`, issues) } : t;
    if (Array.isArray(value.sites))
      value.sites = value.sites.map((site, i) =>
        isRecord(site) && Array.isArray(site.openings)
          ? { ...site, openings: site.openings.map((w, j) => readWindow(w, `sites[${i}].openings[${j}]`, issues)) }
          : site,
      );
    if (Array.isArray(value.candidates))
      value.candidates = value.candidates.map((c, i) => (isRecord(c) && c.travel !== undefined ? { ...c, travel: travel(c.travel, `candidates[${i}]`) } : c));
    if (Array.isArray(value.groups))
      value.groups = value.groups.map((g, i) => (isRecord(g) ? { ...g, travel: travel(g.travel, `groups[${i}]`) } : g));
  }
  const instance = value as OpenHouseInstance;
  issues.push(...validateOpenHouseInstance(instance));
  if (issues.length) throw new OpenHouseFileError(issues.slice(0, 50));
  return instance;
}

const clockWindow = (w: TimeWindow) => ({ start: formatClock(w.start), end: formatClock(w.end) });

/** The result as a file: routes with "HH:MM" times, and the figures. */
export function formatOpenHouseResult(result: OpenHouseResult): string {
  return JSON.stringify(
    {
      routes: result.plan.routes.map((r) => ({
        party: r.party,
        visits: r.visits.map((v) => ({ site: v.site, ...clockWindow(v) })),
      })),
      score: result.score,
      bound: result.bound,
      boundMethod: result.boundMethod,
      gap: result.gap,
      coverage: result.coverage,
      unreached: result.unreached,
      method: result.method,
      status: result.status,
    },
    null,
    2,
  );
}
