import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  distinguish,
  sameLabelGroups,
  stemLanguagesOf,
  stemText,
  UI_LANGUAGES,
  type ConceptKind,
  type Distinction,
  type DistinctionFacts,
  type TaxonomyHit,
  type UiLanguage,
} from '@passgenau/domain';
import { DomainError } from '../../common/domain-error';
import { SEARCH_INDEX, type SearchIndex } from '../../search/search-index';
import type { ConceptQuery, SearchTaxonomyQuery } from './dto/search-taxonomy.query';
import type { ConceptResponse, TaxonomySearchResponse } from './dto/taxonomy.response';
import { TaxonomyErrorMessage } from './taxonomy.errors';
import { displayLabels, type LabelRow } from './taxonomy.mapper';
import { TAXONOMY_INDEX, searchableFields, type TaxonomyDocument } from './taxonomy.search-index';

// Private-use characters cannot occur in labels, so they mark highlights unambiguously.
const PRE = '\uE000';
const POST = '\uE001';

// A stem match ("Schweißer" → "schweiß…") ranks below an equally good match of the words as typed,
// and above a typo match ("Schweinezüchter"), whose ranking score is far lower.
const STEM_WEIGHT = 0.9;

/** The query in the light stems of the languages its script may be written in (see light-stem.ts). */
export function stemmedQueries(q: string): string[] {
  const stems = stemLanguagesOf(q).map((lang) => stemText(q, lang));
  return [...new Set(stems.filter((stem): stem is string => stem !== null))];
}

/** The label the query matched: the reader's language first, then the others. */
export function matchedLabel(
  hit: TaxonomyDocument & { _formatted?: Record<string, unknown> },
  lang: UiLanguage,
): TaxonomyHit['matched'] {
  const formatted = hit._formatted ?? {};
  const others = UI_LANGUAGES.filter((l) => l !== lang);
  const fields = [
    `pref_${lang}`,
    ...others.map((l) => `pref_${l}`),
    'variants',
    `alt_${lang}`,
    ...others.map((l) => `alt_${l}`),
  ];
  for (const field of fields) {
    const highlighted = formatted[field];
    if (!Array.isArray(highlighted)) continue;
    const index = highlighted.findIndex((text) => typeof text === 'string' && text.includes(PRE));
    if (index < 0) continue;
    if (field === 'variants')
      return { lang: hit.variantLang[index] as UiLanguage, text: hit.variantOf[index]! };
    const original = (hit[field] as string[])[index];
    if (original) return { lang: field.slice(field.indexOf('_') + 1) as UiLanguage, text: original };
  }
  return null;
}

@Injectable()
export class TaxonomyService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(SEARCH_INDEX) private readonly searchIndex: SearchIndex,
  ) {}

  async search(kind: ConceptKind, query: SearchTaxonomyQuery): Promise<TaxonomySearchResponse> {
    const q = query.q.trim();
    const result = await this.searchIndex.search<TaxonomyDocument>(TAXONOMY_INDEX, {
      q,
      filter: `kind = "${kind}"`,
      limit: query.limit,
      attributesToHighlight: searchableFields(),
      highlightPreTag: PRE,
      highlightPostTag: POST,
      alternatives: stemmedQueries(q).map((stem) => ({ q: stem, weight: STEM_WEIGHT })),
    });
    const hits = result.hits.map((hit) => ({
      code: hit.code,
      kind: hit.kind as ConceptKind,
      iscoGroup: hit.iscoGroup,
      labels: hit.labels,
      matched:
        q === ''
          ? null
          : matchedLabel(hit as TaxonomyDocument & { _formatted?: Record<string, unknown> }, query.lang),
    }));
    const distinctions = await this.distinctions(hits, query.lang);
    return {
      query: q,
      estimatedTotalHits: result.estimatedTotalHits,
      hits: hits.map((hit) => ({ ...hit, distinction: distinctions.get(hit.code) ?? null })),
    };
  }

  /** For hits shown under the same label: what tells them apart (second-language label, ISCO group, description). */
  private async distinctions(
    hits: Array<Pick<TaxonomyHit, 'code' | 'labels' | 'iscoGroup'>>,
    lang: UiLanguage,
  ): Promise<Map<string, Distinction>> {
    const groups = sameLabelGroups(hits, lang);
    const result = new Map<string, Distinction>();
    if (groups.length === 0) return result;
    const rows: Array<{
      code: string;
      description_en: string | null;
      description_de: string | null;
      isco_en: string | null;
      isco_de: string | null;
    }> = await this.dataSource.query(
      `SELECT c.code, c.description_en, c.description_de, g.label_en AS isco_en, g.label_de AS isco_de
         FROM taxonomy_concept c LEFT JOIN isco_group g ON g.code = c.isco_group
        WHERE c.code = ANY($1)`,
      [groups.flat()],
    );
    const byCode = new Map(rows.map((row) => [row.code, row]));
    const byHit = new Map(hits.map((hit) => [hit.code, hit]));
    for (const codes of groups) {
      const facts: DistinctionFacts[] = codes.map((code) => {
        const hit = byHit.get(code)!;
        const row = byCode.get(code);
        return {
          code,
          labels: hit.labels,
          iscoGroup: hit.iscoGroup,
          iscoGroupLabels: { de: row?.isco_de, en: row?.isco_en },
          descriptions: { de: row?.description_de, en: row?.description_en },
        };
      });
      for (const [code, distinction] of distinguish(facts, lang)) result.set(code, distinction);
    }
    return result;
  }

  async concept(query: ConceptQuery): Promise<ConceptResponse> {
    const [concept] = await this.dataSource.query(
      `SELECT id, code, kind, isco_group, description_en, description_de FROM taxonomy_concept WHERE code = $1`,
      [query.code],
    );
    if (!concept)
      throw new DomainError('NOT_FOUND', TaxonomyErrorMessage.CONCEPT_NOT_FOUND, [
        { code: 'UNKNOWN_CODE', field: 'code', message: 'unknown code' },
      ]);
    const labels: Array<LabelRow & { id: string }> = await this.dataSource.query(
      `SELECT id, lang, text, preferred, source FROM taxonomy_label WHERE concept_id = $1 ORDER BY preferred DESC, text`,
      [concept.id],
    );
    const allLabels: ConceptResponse['allLabels'] = {};
    for (const label of labels)
      (allLabels[label.lang] ??= []).push({
        id: label.id,
        text: label.text,
        source: label.source,
        preferred: label.preferred,
      });
    const related: Array<{ code: string; essential: boolean; labels: LabelRow[] }> =
      concept.kind === 'occupation' && query.relatedLimit > 0
        ? await this.dataSource.query(
            `SELECT s.code, r.essential,
                    coalesce(json_agg(json_build_object('lang', l.lang, 'text', l.text, 'preferred', l.preferred, 'source', l.source))
                             FILTER (WHERE l.id IS NOT NULL), '[]') AS labels
               FROM occupation_skill r
               JOIN taxonomy_concept s ON s.code = r.skill_code
               LEFT JOIN taxonomy_label l ON l.concept_id = s.id AND l.preferred
              WHERE r.occupation_code = $1
              GROUP BY s.code, r.essential, s.curated_field
              ORDER BY r.essential DESC, (s.curated_field IS NULL), s.code
              LIMIT $2`,
            [concept.code, query.relatedLimit],
          )
        : [];
    return {
      code: concept.code,
      kind: concept.kind,
      iscoGroup: concept.isco_group,
      labels: displayLabels(labels),
      allLabels,
      descriptionEn: concept.description_en,
      descriptionDe: concept.description_de,
      skills: related.map((r) => ({ code: r.code, essential: r.essential, labels: displayLabels(r.labels) })),
    };
  }
}
