import type { Schemas } from '@passgenau/api-client';

/** Someone else looked at a candidate's personal data. */
export type AccessLogEntry = Schemas['AccessLogItem'];

/** GET /api/me/access-log and GET /api/admin/access-log */
export type AccessLogPage = Schemas['AccessLogPage'];

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
  'list_offer_matches',
  'read_offer_match',
  'read_candidate_matches',
  'read_contact_data',
  'list_shortlist',
  'print_match_list',
  'print_profile',
  'read_event_participants',
  'list_event_candidates',
] as const;
export type KnownAccessAction = (typeof KNOWN_ACCESS_ACTIONS)[number];

export function isKnownAccessAction(action: string): action is KnownAccessAction {
  return (KNOWN_ACCESS_ACTIONS as readonly string[]).includes(action);
}
