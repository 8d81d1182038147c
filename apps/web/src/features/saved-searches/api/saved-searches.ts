import type { Schemas } from '@passgenau/api-client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';

export type SavedSearch = Schemas['SavedSearchResponse'];
export type SavedSearchAlert = Schemas['SavedSearchAlertResponse'];
export type SavedSearchKind = SavedSearch['kind'];

const KEY = ['saved-searches'] as const;

/** GET /api/saved-searches: my saved searches with their alert counts. */
export function useSavedSearches(enabled = true) {
  return useQuery({
    queryKey: KEY,
    queryFn: ({ signal }) => unwrap(api.GET('/api/saved-searches', { signal })),
    enabled,
  });
}

/** GET /api/saved-searches/alerts: new results (pseudonyms, offer titles). */
export function useSavedSearchAlerts() {
  return useQuery({
    queryKey: [...KEY, 'alerts'] as const,
    queryFn: ({ signal }) => unwrap(api.GET('/api/saved-searches/alerts', { signal })),
  });
}

/** The filters of a search page without paging and empty values: what a saved search stores. */
export function savedQuery(query: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(query).filter(
      ([key, value]) =>
        key !== 'page' &&
        key !== 'pageSize' &&
        value !== undefined &&
        value !== null &&
        value !== '' &&
        !(Array.isArray(value) && value.length === 0),
    ),
  );
}

/** POST /api/saved-searches. */
export function useSaveSearch() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: {
      kind: SavedSearchKind;
      name: string;
      query: Record<string, unknown>;
      candidateId?: string;
    }) => unwrap(api.POST('/api/saved-searches', { body: input })),
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  });
}

/** PATCH /api/saved-searches/:id. */
export function useRenameSavedSearch() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, name }: { id: string; name: string }) =>
      unwrap(api.PATCH('/api/saved-searches/{id}', { params: { path: { id } }, body: { name } })),
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  });
}

/** DELETE /api/saved-searches/:id. */
export function useDeleteSavedSearch() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/saved-searches/{id}', { params: { path: { id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  });
}

/** GET /api/saved-searches/:id/candidates|offers: the first page of results, as the search shows them. */
export function useSavedSearchResults(search: SavedSearch | null) {
  return useQuery({
    queryKey: [...KEY, search?.id, 'results'] as const,
    enabled: search !== null,
    queryFn: async ({ signal }): Promise<Array<{ key: string; label: string; to: string }>> => {
      if (!search) return [];
      const options = { params: { path: { id: search.id }, query: { page: 1, pageSize: 20 } }, signal };
      if (search.kind === 'candidates') {
        const page = await unwrap(api.GET('/api/saved-searches/{id}/candidates', options));
        return page.hits.map((h) => ({
          key: h.pseudonym,
          label: h.pseudonym,
          to: `/profiles/${encodeURIComponent(h.pseudonym)}`,
        }));
      }
      const page = await unwrap(api.GET('/api/saved-searches/{id}/offers', options));
      return page.items.map((o) => ({ key: o.id, label: o.title, to: `/jobs/${o.id}` }));
    },
  });
}
