import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Schemas } from '@passgenau/api-client';
import { api, unwrap } from '../../../lib/api';

/** One mentor a candidate authorised (or once authorised: `active` is false after withdrawal). */
export type Mentorship = Schemas['MentorshipItem'];

export const MY_MENTORS_QUERY_KEY = ['me', 'mentors'] as const;

/** GET /api/me/mentors (candidates). */
export function listMyMentors(signal?: AbortSignal): Promise<Mentorship[]> {
  return unwrap(api.GET('/api/me/mentors', { signal }));
}

export function myMentorsQueryOptions() {
  return queryOptions({ queryKey: MY_MENTORS_QUERY_KEY, queryFn: ({ signal }) => listMyMentors(signal) });
}

export function useMyMentors() {
  return useQuery(myMentorsQueryOptions());
}
