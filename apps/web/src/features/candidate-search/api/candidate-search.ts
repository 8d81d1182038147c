import type { Schemas } from '@passgenau/api-client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import type { CandidateSearchQuery } from '../model/search-filters';

export type CandidateSearchResult = Schemas['CandidateSearchResponse'];
export type CandidateHit = Schemas['CandidateSearchHit'];
export type SearchFacets = Schemas['CandidateSearchFacets'];
export type FacetValue = Schemas['FacetValueResponse'];

/** GET /api/candidate-search: pseudonymous hits with facet counts (verified firms, IBA staff, coordinators). */
export function searchCandidates(
  query: CandidateSearchQuery,
  signal?: AbortSignal,
): Promise<CandidateSearchResult> {
  return unwrap(api.GET('/api/candidate-search', { params: { query }, signal }));
}

export function useCandidateSearch(query: CandidateSearchQuery) {
  return useQuery({
    queryKey: ['candidate-search', query] as const,
    queryFn: ({ signal }) => searchCandidates(query, signal),
    // Keep the last hits on screen while the next filters load, so the page does not jump.
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}
