import type { ConceptLabels, TaxonomyHit, TaxonomySearchResult } from '@passgenau/domain';
import type { ConceptDetail } from '../features/taxonomy/api/get-concept';

let sequence = 0;

export function createHit(overrides: Partial<TaxonomyHit> = {}): TaxonomyHit {
  sequence += 1;
  return {
    code: `http://data.europa.eu/esco/occupation/test-${sequence}`,
    kind: 'occupation',
    iscoGroup: '7212',
    labels: {
      de: { text: `Beruf ${sequence}`, source: 'esco' },
      en: { text: `occupation ${sequence}`, source: 'esco' },
    },
    matched: null,
    ...overrides,
  };
}

export function createSearchResult(query: string, hits: TaxonomyHit[]): TaxonomySearchResult {
  return { query, hits, estimatedTotalHits: hits.length };
}

export function createConcept(hit: TaxonomyHit, overrides: Partial<ConceptDetail> = {}): ConceptDetail {
  const allLabels: ConceptDetail['allLabels'] = {};
  for (const [language, label] of Object.entries(hit.labels) as Array<
    [keyof ConceptLabels, { text: string; source: 'esco' | 'passgenau' | 'coordinator' }]
  >) {
    allLabels[language] = [{ id: `${hit.code}-${language}`, text: label.text, source: label.source, preferred: true }];
  }
  return {
    code: hit.code,
    kind: hit.kind,
    iscoGroup: hit.iscoGroup,
    labels: hit.labels,
    allLabels,
    descriptionEn: null,
    descriptionDe: null,
    skills: [],
    ...overrides,
  };
}
