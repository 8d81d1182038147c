/** Someone else looked at a candidate's personal data. */
export interface AccessLogEntry {
  id: string;
  at: string;
  actorAccountId: string | null;
  actorRole: string;
  actorName: string | null;
  /** The firm of an employer who read. */
  actorCompanyId: string | null;
  actorCompanyName: string | null;
  /** Who, as the candidate reads it: the firm for employers, else the person. */
  actorDisplay: string | null;
  candidateId: string | null;
  /** read_candidate, list_mentor_candidates, read_consent, read_mentors, export_candidate … */
  action: string;
  /** The request, e.g. "GET /api/candidates/…". */
  route: string;
  /** 1 for a single read; appearances in lists are counted per firm and day. */
  count: number;
  /** For counted appearances: the district day (YYYY-MM-DD). */
  day: string | null;
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
  'read_profile',
  'read_pseudonymous_profile',
  'list_pseudonymous_profiles',
  'assessment_import',
  'list_accounts',
  'read_outbox',
  'list_duplicates',
  'merge_duplicates',
  'list_merged_duplicates',
  'restore_merged_candidate',
  'lookup_candidates',
  'list_offer_interest',
] as const;
export type KnownAccessAction = (typeof KNOWN_ACCESS_ACTIONS)[number];

export function isKnownAccessAction(action: string): action is KnownAccessAction {
  return (KNOWN_ACCESS_ACTIONS as readonly string[]).includes(action);
}
