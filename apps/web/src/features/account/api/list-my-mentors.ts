import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** One mentor a candidate authorised (or once authorised: `active` is false after withdrawal). */
export interface Mentorship {
  id: string;
  mentorAccountId: string;
  mentorName: string;
  mentorEmail: string | null;
  grantedAt: string;
  /** The mentor created the candidate's account, which counts as the first authorisation. */
  grantedWhenMentorCreatedAccount: boolean;
  withdrawnAt: string | null;
  active: boolean;
}

export const MY_MENTORS_QUERY_KEY = ['me', 'mentors'] as const;

/** GET /api/me/mentors (candidates). */
export function listMyMentors(signal?: AbortSignal): Promise<Mentorship[]> {
  return apiRequest<Mentorship[]>('/me/mentors', { signal });
}

export function myMentorsQueryOptions() {
  return queryOptions({ queryKey: MY_MENTORS_QUERY_KEY, queryFn: ({ signal }) => listMyMentors(signal) });
}

export function useMyMentors() {
  return useQuery(myMentorsQueryOptions());
}
