import type { Schemas } from '@passgenau/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';

export type ConceptLabelVariant = Schemas['ConceptLabelVariantResponse'];

export type RelatedSkill = Schemas['RelatedSkillResponse'];

/** GET /api/taxonomy/concepts: one occupation or competence with all its labels and, for occupations, its skills. */
export type ConceptDetail = Schemas['ConceptResponse'];

export function getConcept(code: string, signal?: AbortSignal): Promise<ConceptDetail> {
  return unwrap(api.GET('/api/taxonomy/concepts', { params: { query: { code } }, signal }));
}

export function conceptQueryOptions(code: string) {
  return queryOptions({
    queryKey: ['taxonomy', 'concept', code] as const,
    queryFn: ({ signal }) => getConcept(code, signal),
    staleTime: 5 * 60_000,
  });
}

export function useConcept(code: string | null) {
  return useQuery({ ...conceptQueryOptions(code ?? ''), enabled: code !== null });
}
