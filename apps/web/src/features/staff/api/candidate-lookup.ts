import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export interface CandidateLookupItem {
  id: string;
  givenName: string;
  familyName: string;
  pseudonym: string | null;
  loginName: string | null;
  email: string | null;
}

/** GET /api/candidates/lookup?q= (IBA staff and admins: everyone; mentors: their own). Every hit is logged. */
export function useCandidateLookup(q: string | null) {
  return useQuery({
    queryKey: ['candidates', 'lookup', q],
    queryFn: ({ signal }) =>
      apiRequest<CandidateLookupItem[]>('/candidates/lookup', { query: { q: q ?? '' }, signal }),
    enabled: q !== null,
    // Each search writes to the access log of everyone shown: only when asked, never on focus.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}
