import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ConceptKind, ConceptLabels, LabelSource, UiLanguage } from '@passgenau/domain';
import { apiRequest } from '../../../lib/api-client';

export interface ConceptLabelVariant {
  text: string;
  source: LabelSource;
  preferred: boolean;
}

export interface RelatedSkill {
  code: string;
  essential: boolean;
  labels: ConceptLabels;
}

/** GET /api/taxonomy/concepts: one occupation or competence with all its labels and, for occupations, its skills. */
export interface ConceptDetail {
  code: string;
  kind: ConceptKind;
  iscoGroup: string | null;
  labels: ConceptLabels;
  allLabels: Partial<Record<UiLanguage, ConceptLabelVariant[]>>;
  descriptionEn: string | null;
  descriptionDe: string | null;
  skills: RelatedSkill[];
}

export function getConcept(code: string, signal?: AbortSignal): Promise<ConceptDetail> {
  return apiRequest<ConceptDetail>('/taxonomy/concepts', { query: { code }, signal });
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
