import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { TaxonomySearchResult, UiLanguage } from '@passgenau/domain';
import { api, unwrap } from '../../../lib/api';

/** The two search endpoints share one shape: GET /api/taxonomy/occupations and GET /api/taxonomy/skills. */
export type TaxonomySearchKind = 'occupations' | 'skills';

export interface SearchTaxonomyParams {
  kind: TaxonomySearchKind;
  q: string;
  lang: UiLanguage;
  limit?: number;
}

export const TAXONOMY_SEARCH_MIN_LENGTH = 2;
const DEFAULT_LIMIT = 10;

export function searchTaxonomy(
  { kind, q, lang, limit = DEFAULT_LIMIT }: SearchTaxonomyParams,
  signal?: AbortSignal,
): Promise<TaxonomySearchResult> {
  const options = { params: { query: { q, lang, limit } }, signal };
  return unwrap(
    kind === 'occupations'
      ? api.GET('/api/taxonomy/occupations', options)
      : api.GET('/api/taxonomy/skills', options),
  );
}

export function searchTaxonomyQueryOptions(params: SearchTaxonomyParams) {
  const { kind, q, lang, limit = DEFAULT_LIMIT } = params;
  return queryOptions({
    queryKey: ['taxonomy', kind, 'search', { q, lang, limit }] as const,
    queryFn: ({ signal }) => searchTaxonomy({ kind, q, lang, limit }, signal),
    // Reference data changes only with a new ESCO release or a coordinator's edit.
    staleTime: 5 * 60_000,
  });
}

/** Searches once the query is long enough; keeps the last hits of the same kind on screen while typing. */
export function useSearchTaxonomy(params: SearchTaxonomyParams) {
  return useQuery({
    ...searchTaxonomyQueryOptions(params),
    enabled: params.q.trim().length >= TAXONOMY_SEARCH_MIN_LENGTH,
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[1] === params.kind ? keepPreviousData(previous) : undefined,
  });
}
