import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LabelSource, UiLanguage } from '@passgenau/domain';
import { apiRequest } from '../../../lib/api-client';

/** One label of a concept as GET /api/taxonomy/concepts lists it (with its id, to remove it). */
export interface CuratedLabel {
  id: string;
  text: string;
  source: LabelSource;
  preferred: boolean;
}

export interface ConceptLabelsDetail {
  code: string;
  allLabels: Partial<Record<UiLanguage, CuratedLabel[]>>;
}

export interface NewLabel {
  code: string;
  lang: UiLanguage;
  text: string;
  preferred: boolean;
}

export interface Town {
  ags: string;
  name: string;
  district: string;
  state: string;
  lat: number;
  lon: number;
  population: number | null;
  postalCodes: string[];
}

const conceptKey = (code: string) => ['taxonomy', 'concept', code] as const;

/** All labels of one concept, fresh (not the cached reader's copy), with ids. */
export function useConceptLabels(code: string | null) {
  return useQuery({
    queryKey: [...conceptKey(code ?? ''), 'curation'] as const,
    queryFn: ({ signal }) =>
      apiRequest<ConceptLabelsDetail>('/taxonomy/concepts', {
        query: { code: code ?? '', relatedLimit: 0 },
        signal,
      }),
    enabled: code !== null,
  });
}

/** POST /api/taxonomy/labels (coordinators): searchable as soon as it answers. */
export function useAddLabel() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (label: NewLabel) =>
      apiRequest<{ id: string }>('/taxonomy/labels', { method: 'POST', body: label }),
    onSuccess: (_data, label) => client.invalidateQueries({ queryKey: ['taxonomy'] }).then(() => label),
  });
}

/** DELETE /api/taxonomy/labels/:id (only coordinators' own labels). */
export function useRemoveLabel() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      apiRequest<null>(`/taxonomy/labels/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['taxonomy'] }),
  });
}

export function useTownList() {
  return useQuery({
    queryKey: ['towns'] as const,
    queryFn: ({ signal }) => apiRequest<Town[]>('/towns', { signal }),
  });
}

/** POST /api/towns or PATCH /api/towns/:ags (coordinators). */
export function useSaveTown() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ town, isNew }: { town: Town; isNew: boolean }) => {
      if (isNew) return apiRequest<Town>('/towns', { method: 'POST', body: town });
      const { ags, ...changes } = town;
      return apiRequest<Town>(`/towns/${encodeURIComponent(ags)}`, { method: 'PATCH', body: changes });
    },
    onSuccess: () => client.invalidateQueries({ queryKey: ['towns'] }),
  });
}
