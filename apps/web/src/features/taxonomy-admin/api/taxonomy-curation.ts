import type { Schemas } from '@passgenau/api-client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { UiLanguage } from '@passgenau/domain';
import { api, unwrap } from '../../../lib/api';

/** One label of a concept as GET /api/taxonomy/concepts lists it (with its id, to remove it). */
export type CuratedLabel = Schemas['ConceptLabelVariantResponse'];

export interface ConceptLabelsDetail {
  code: string;
  allLabels: Partial<Record<UiLanguage, CuratedLabel[]>>;
}

export type NewLabel = Schemas['AddTaxonomyLabelDto'];

export type Town = Schemas['TownResponse'];

const conceptKey = (code: string) => ['taxonomy', 'concept', code] as const;

/** All labels of one concept, fresh (not the cached reader's copy), with ids. */
export function useConceptLabels(code: string | null) {
  return useQuery({
    queryKey: [...conceptKey(code ?? ''), 'curation'] as const,
    queryFn: ({ signal }): Promise<ConceptLabelsDetail> =>
      unwrap(
        api.GET('/api/taxonomy/concepts', {
          params: { query: { code: code ?? '', relatedLimit: 0 } },
          signal,
        }),
      ),
    enabled: code !== null,
  });
}

/** POST /api/taxonomy/labels (coordinators): searchable as soon as it answers. */
export function useAddLabel() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (label: NewLabel) => unwrap(api.POST('/api/taxonomy/labels', { body: label })),
    onSuccess: (_data, label) => client.invalidateQueries({ queryKey: ['taxonomy'] }).then(() => label),
  });
}

/** DELETE /api/taxonomy/labels/:id (only coordinators' own labels). */
export function useRemoveLabel() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/taxonomy/labels/{id}', { params: { path: { id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['taxonomy'] }),
  });
}

export function useTownList() {
  return useQuery({
    queryKey: ['towns'] as const,
    queryFn: ({ signal }) => unwrap(api.GET('/api/towns', { signal })),
  });
}

/** POST /api/towns or PATCH /api/towns/:ags (coordinators). */
export function useSaveTown() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ town, isNew }: { town: Town; isNew: boolean }) => {
      if (isNew) return unwrap(api.POST('/api/towns', { body: town }));
      const { ags, ...changes } = town;
      return unwrap(api.PATCH('/api/towns/{ags}', { params: { path: { ags } }, body: changes }));
    },
    onSuccess: () => client.invalidateQueries({ queryKey: ['towns'] }),
  });
}
