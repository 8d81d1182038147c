import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Settings } from 'meilisearch';
import { germanSpellingVariants, UI_LANGUAGES, type UiLanguage } from '@passgenau/domain';
import { SEARCH_INDEX, type SearchIndex } from '../../search/search-index';
import { displayLabels, type LabelRow } from './taxonomy.mapper';

export const TAXONOMY_INDEX = 'taxonomy';

/** ISO 639-3 locales for Meilisearch's language-specific tokenisation. */
const MEILI_LOCALES: Record<UiLanguage, string> = { de: 'deu', en: 'eng', ar: 'ara', fa: 'pes', uk: 'ukr' };

export interface TaxonomyDocument extends Record<string, unknown> {
  id: string;
  code: string;
  kind: string;
  iscoGroup: string | null;
  collections: string[];
  priority: number;
  labels: ReturnType<typeof displayLabels>;
  /** German spellings without ß and umlauts, aligned with `variantOf_de`. */
  variants_de: string[];
  variantOf_de: string[];
}

export function searchableFields(): string[] {
  return [
    ...UI_LANGUAGES.map((lang) => `pref_${lang}`),
    ...UI_LANGUAGES.map((lang) => `alt_${lang}`),
    'variants_de',
  ];
}

export const TAXONOMY_INDEX_SETTINGS: Settings = {
  searchableAttributes: searchableFields(),
  displayedAttributes: ['*'],
  filterableAttributes: ['kind', 'iscoGroup', 'collections'],
  sortableAttributes: [],
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'exactness', 'priority:desc'],
  localizedAttributes: UI_LANGUAGES.map((lang) => ({
    attributePatterns: [`pref_${lang}`, `alt_${lang}`, ...(lang === 'de' ? ['variants_de'] : [])],
    locales: [MEILI_LOCALES[lang]],
  })),
  pagination: { maxTotalHits: 1000 },
};

interface ConceptRow {
  id: string;
  code: string;
  kind: string;
  isco_group: string | null;
  collections: string[];
  curated_field: string | null;
  labels: LabelRow[];
}

/** Curated concepts first, then occupations and basic skill collections, then the rest. */
function priorityOf(row: ConceptRow): number {
  if (row.curated_field) return 2;
  if (row.kind === 'occupation') return 1;
  if (row.collections.some((c) => c === 'language' || c === 'transversal')) return 1;
  return 0;
}

export function toTaxonomyDocument(row: ConceptRow): TaxonomyDocument {
  const doc: TaxonomyDocument = {
    id: row.id,
    code: row.code,
    kind: row.kind,
    iscoGroup: row.isco_group,
    collections: row.collections,
    priority: priorityOf(row),
    labels: displayLabels(row.labels),
    variants_de: [],
    variantOf_de: [],
  };
  for (const lang of UI_LANGUAGES) {
    const ofLang = row.labels.filter((l) => l.lang === lang);
    doc[`pref_${lang}`] = [...new Set(ofLang.filter((l) => l.preferred).map((l) => l.text))];
    doc[`alt_${lang}`] = [...new Set(ofLang.filter((l) => !l.preferred).map((l) => l.text))];
  }
  for (const label of row.labels.filter((l) => l.lang === 'de')) {
    for (const variant of germanSpellingVariants(label.text)) {
      doc.variants_de.push(variant);
      doc.variantOf_de.push(label.text);
    }
  }
  return doc;
}

@Injectable()
export class TaxonomySearchIndexer {
  private readonly logger = new Logger(TaxonomySearchIndexer.name);

  constructor(
    private readonly dataSource: DataSource,
    @Inject(SEARCH_INDEX) private readonly searchIndex: SearchIndex,
  ) {}

  async conceptCount(): Promise<number> {
    const [row] = await this.dataSource.query(`SELECT count(*)::int AS n FROM taxonomy_concept`);
    return row.n as number;
  }

  /** Rebuilds the index when asked to, or when it is missing or out of step with PostgreSQL. */
  async ensure(force: boolean): Promise<boolean> {
    if (!force) {
      const [indexed, concepts] = await Promise.all([this.searchIndex.documentCount(TAXONOMY_INDEX), this.conceptCount()]);
      if (indexed === concepts) return false;
    }
    await this.rebuild();
    return true;
  }

  async rebuild(): Promise<number> {
    const started = Date.now();
    const rows: ConceptRow[] = await this.dataSource.query(`
      SELECT c.id, c.code, c.kind, c.isco_group, c.collections, c.curated_field,
             coalesce(json_agg(json_build_object('lang', l.lang, 'text', l.text, 'preferred', l.preferred, 'source', l.source))
                      FILTER (WHERE l.id IS NOT NULL), '[]') AS labels
        FROM taxonomy_concept c LEFT JOIN taxonomy_label l ON l.concept_id = c.id
       GROUP BY c.id`);
    const documents = rows.map(toTaxonomyDocument);
    await this.searchIndex.rebuild(TAXONOMY_INDEX, TAXONOMY_INDEX_SETTINGS, documents);
    this.logger.log(`taxonomy index rebuilt: ${documents.length} concepts in ${Date.now() - started} ms`);
    return documents.length;
  }
}
