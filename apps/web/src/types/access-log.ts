/** Someone else looked at a candidate's personal data. */
export interface AccessLogEntry {
  id: string;
  at: string;
  actorAccountId: string | null;
  actorRole: string;
  actorName: string | null;
  candidateId: string | null;
  /** read_candidate, list_mentor_candidates, read_consent, read_mentors, export_candidate … */
  action: string;
  /** The request, e.g. "GET /api/candidates/…". */
  route: string;
}

/** GET /api/me/access-log and GET /api/admin/access-log */
export interface AccessLogPage {
  total: number;
  page: number;
  pageSize: number;
  items: AccessLogEntry[];
}

/** Actions the interface has words for; any other shows as its code. */
export const KNOWN_ACCESS_ACTIONS = [
  'read_candidate',
  'list_mentor_candidates',
  'read_consent',
  'read_mentors',
  'export_candidate',
] as const;
export type KnownAccessAction = (typeof KNOWN_ACCESS_ACTIONS)[number];

export function isKnownAccessAction(action: string): action is KnownAccessAction {
  return (KNOWN_ACCESS_ACTIONS as readonly string[]).includes(action);
}
