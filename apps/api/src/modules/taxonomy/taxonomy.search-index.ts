import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Settings } from 'meilisearch';
import { germanSpellingVariants, stemText, UI_LANGUAGES, type StemLanguage } from '@passgenau/domain';
import { SEARCH_INDEX, type SearchIndex } from '../../search/search-index';
import { displayLabels, type LabelRow } from './taxonomy.mapper';

export const TAXONOMY_INDEX = 'taxonomy';

// Raise when the document shape changes; the settings are part of the version by themselves.
const DOCUMENT_VERSION = 4;

export interface TaxonomyDocument extends Record<string, unknown> {
  id: string;
  code: string;
  kind: string;
  iscoGroup: string | null;
  collections: string[];
  priority: number;
  labelWords: number;
  labels: ReturnType<typeof displayLabels>;
  /**
   * Other spellings of the labels (gender forms, German without ß, light stems of the words),
   * aligned with `variantOf` (the label) and `variantLang`.
   */
  variants: string[];
  variantOf: string[];
  variantLang: string[];
}

export function searchableFields(): string[] {
  return [
    ...UI_LANGUAGES.map((lang) => `pref_${lang}`),
    'variants',
    ...UI_LANGUAGES.map((lang) => `alt_${lang}`),
  ];
}

export const TAXONOMY_INDEX_SETTINGS: Settings = {
  searchableAttributes: searchableFields(),
  displayedAttributes: ['*'],
  filterableAttributes: ['kind', 'iscoGroup', 'collections'],
  sortableAttributes: [],
  // Meilisearch detects the script of each label and query itself; fixing locales per attribute
  // made it split Latin queries such as "welder" into German word parts.
  localizedAttributes: [],
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'exactness', 'priority:desc', 'labelWords:asc'],
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

/** "Schweißer/Schweißerin" and "зварювальник / зварювальниця" name one occupation in two forms. */
export function genderForms(label: string): string[] {
  const parts = label.split(/\s*\/\s*/).map((part) => part.trim());
  return parts.length >= 2 && parts.length <= 3 && parts.every((part) => part.length > 1) ? parts : [];
}

const STEMMED: ReadonlySet<string> = new Set<StemLanguage>(['de', 'en', 'uk']);

function wordCount(label: string): number {
  return (genderForms(label)[0] ?? label).split(/\s+/).filter(Boolean).length;
}

export function toTaxonomyDocument(row: ConceptRow): TaxonomyDocument {
  const preferred = (lang: string) =>
    row.labels.filter((l) => l.lang === lang && l.preferred).map((l) => l.text);
  // English ESCO labels name the specialisation in words ("pipe welder"); German often in one compound.
  const general = preferred('en').length > 0 ? preferred('en') : preferred('de');
  const doc: TaxonomyDocument = {
    id: row.id,
    code: row.code,
    kind: row.kind,
    iscoGroup: row.isco_group,
    collections: row.collections,
    priority: priorityOf(row),
    // Among equally good matches the more general concept ("welder", not "pipe welder") comes first.
    labelWords: general.length > 0 ? Math.min(...general.map(wordCount)) : 9,
    labels: displayLabels(row.labels),
    variants: [],
    variantOf: [],
    variantLang: [],
  };
  for (const lang of UI_LANGUAGES) {
    const ofLang = row.labels.filter((l) => l.lang === lang);
    doc[`pref_${lang}`] = [...new Set(ofLang.filter((l) => l.preferred).map((l) => l.text))];
    doc[`alt_${lang}`] = [...new Set(ofLang.filter((l) => !l.preferred).map((l) => l.text))];
  }
  const seen = new Set<string>();
  for (const label of row.labels) {
    const forms = genderForms(label.text);
    const spellings = label.lang === 'de' ? [label.text, ...forms].flatMap(germanSpellingVariants) : [];
    // "фарбування" finds "фарбувати поверхні": the query is stemmed the same way (taxonomy.service).
    const stems = STEMMED.has(label.lang)
      ? [label.text, ...forms].flatMap((text) => stemText(text, label.lang as StemLanguage) ?? [])
      : [];
    for (const variant of [...forms, ...spellings, ...stems]) {
      if (seen.has(variant)) continue;
      seen.add(variant);
      doc.variants.push(variant);
      doc.variantOf.push(label.text);
      doc.variantLang.push(label.lang);
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

  static version(): string {
    return createHash('sha256')
      .update(JSON.stringify({ DOCUMENT_VERSION, TAXONOMY_INDEX_SETTINGS }))
      .digest('hex')
      .slice(0, 16);
  }

  /** Rebuilds the index when asked to, or when it is missing, outdated or out of step with PostgreSQL. */
  async ensure(force: boolean): Promise<boolean> {
    if (!force) {
      const [indexed, concepts, state] = await Promise.all([
        this.searchIndex.documentCount(TAXONOMY_INDEX),
        this.conceptCount(),
        this.dataSource.query(`SELECT version FROM search_index_state WHERE name = $1`, [TAXONOMY_INDEX]),
      ]);
      if (indexed === concepts && state[0]?.version === TaxonomySearchIndexer.version()) return false;
    }
    await this.rebuild();
    return true;
  }

  private conceptRows(conceptIds?: string[]): Promise<ConceptRow[]> {
    return this.dataSource.query(
      `SELECT c.id, c.code, c.kind, c.isco_group, c.collections, c.curated_field,
              coalesce(json_agg(json_build_object('lang', l.lang, 'text', l.text, 'preferred', l.preferred, 'source', l.source))
                       FILTER (WHERE l.id IS NOT NULL), '[]') AS labels
         FROM taxonomy_concept c LEFT JOIN taxonomy_label l ON l.concept_id = c.id
        ${conceptIds ? 'WHERE c.id = ANY($1)' : ''}
        GROUP BY c.id`,
      conceptIds ? [conceptIds] : [],
    );
  }

  /**
   * Writes the documents of a few concepts anew (after a coordinator changed their labels): seconds, where a
   * rebuild of all ESCO concepts takes minutes on a small machine. False when there is no index yet.
   */
  async reindexConcepts(conceptIds: string[]): Promise<boolean> {
    const documents = (await this.conceptRows(conceptIds)).map(toTaxonomyDocument);
    return this.searchIndex.upsert(TAXONOMY_INDEX, documents);
  }

  async rebuild(): Promise<number> {
    const started = Date.now();
    const documents = (await this.conceptRows()).map(toTaxonomyDocument);
    await this.searchIndex.rebuild(TAXONOMY_INDEX, TAXONOMY_INDEX_SETTINGS, documents);
    await this.dataSource.query(
      `INSERT INTO search_index_state (name, version, documents, built_at) VALUES ($1, $2, $3, now())
       ON CONFLICT (name) DO UPDATE SET version = EXCLUDED.version, documents = EXCLUDED.documents, built_at = now()`,
      [TAXONOMY_INDEX, TaxonomySearchIndexer.version(), documents.length],
    );
    this.logger.log(`taxonomy index rebuilt: ${documents.length} concepts in ${Date.now() - started} ms`);
    return documents.length;
  }
}
