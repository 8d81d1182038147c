import type { Distinction } from './disambiguation';
import { LABEL_FALLBACK_ORDER, UI_LANGUAGES, type UiLanguage } from './languages';

export const CONCEPT_KINDS = ['occupation', 'skill'] as const;
export type ConceptKind = (typeof CONCEPT_KINDS)[number];

/**
 * Where a label comes from. Only `esco` labels may be presented as official ESCO;
 * `passgenau` labels are the product's own translations, `coordinator` labels were added or
 * corrected by a coordinator of the district.
 */
export const LABEL_SOURCES = ['esco', 'passgenau', 'coordinator'] as const;
export type LabelSource = (typeof LABEL_SOURCES)[number];

/** Code prefix of competences that the product defines itself (ESCO skills known only by label). */
export const PASSGENAU_SKILL_PREFIX = 'passgenau:skill/';

export interface ConceptLabel {
  text: string;
  source: LabelSource;
}

export type ConceptLabels = Partial<Record<UiLanguage, ConceptLabel>>;

export interface TaxonomyHit {
  code: string;
  kind: ConceptKind;
  iscoGroup: string | null;
  labels: ConceptLabels;
  matched: { lang: UiLanguage; text: string } | null;
  /** Set when another hit of the same answer shows the same label: the line that tells them apart. */
  distinction?: Distinction | null;
}

export interface TaxonomySearchResult {
  query: string;
  hits: TaxonomyHit[];
  estimatedTotalHits: number;
}

export interface ResolvedLabel {
  text: string;
  lang: UiLanguage;
  source: LabelSource;
  /** True when the label is not in the language asked for. */
  isFallback: boolean;
}

/**
 * Picks the label to show a reader of `lang`: their own language, else German, else English,
 * else any label the concept has. Returns null only for a concept without labels.
 */
export function pickLabel(labels: ConceptLabels, lang: UiLanguage): ResolvedLabel | null {
  const order: UiLanguage[] = [lang, ...LABEL_FALLBACK_ORDER, ...UI_LANGUAGES];
  for (const candidate of order) {
    const label = labels[candidate];
    if (label && label.text.trim() !== '') {
      return { text: label.text, lang: candidate, source: label.source, isFallback: candidate !== lang };
    }
  }
  return null;
}
