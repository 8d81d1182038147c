import type { Schemas } from '@passgenau/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';

/** A candidate who authorised the signed-in mentor. */
export type MentorCandidate = Schemas['MentorCandidateItem'];

export const MENTOR_CANDIDATES_QUERY_KEY = ['mentor', 'candidates'] as const;

/** GET /api/mentor/candidates (mentors; every read is logged for each candidate). */
export function listMentorCandidates(signal?: AbortSignal): Promise<MentorCandidate[]> {
  return unwrap(api.GET('/api/mentor/candidates', { signal }));
}

export function mentorCandidatesQueryOptions() {
  return queryOptions({
    queryKey: MENTOR_CANDIDATES_QUERY_KEY,
    queryFn: ({ signal }) => listMentorCandidates(signal),
    // Every read of this list is written to each candidate's access log: no refetch on every visit.
    staleTime: 60_000,
  });
}

export function useMentorCandidates() {
  return useQuery(mentorCandidatesQueryOptions());
}
