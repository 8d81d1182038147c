import type { Schemas } from '@passgenau/api-client';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';

export type CandidateLookupItem = Schemas['CandidateLookupItem'];

/** GET /api/candidates/lookup?q= (IBA staff and admins: everyone; mentors: their own). Every hit is logged. */
export function useCandidateLookup(q: string | null) {
  return useQuery({
    queryKey: ['candidates', 'lookup', q],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/candidates/lookup', { params: { query: { q: q ?? '' } }, signal })),
    enabled: q !== null,
    // Each search writes to the access log of everyone shown: only when asked, never on focus.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}
