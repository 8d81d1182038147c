import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { UI_LANGUAGES, type ConceptKind, type TaxonomyHit, type UiLanguage } from '@passgenau/domain';
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
    });
    return {
      query: q,
      estimatedTotalHits: result.estimatedTotalHits,
      hits: result.hits.map((hit) => ({
        code: hit.code,
        kind: hit.kind as ConceptKind,
        iscoGroup: hit.iscoGroup,
        labels: hit.labels,
        matched:
          q === ''
            ? null
            : matchedLabel(hit as TaxonomyDocument & { _formatted?: Record<string, unknown> }, query.lang),
      })),
    };
  }

  async concept(query: ConceptQuery): Promise<ConceptResponse> {
    const [concept] = await this.dataSource.query(
      `SELECT id, code, kind, isco_group, description_en, description_de FROM taxonomy_concept WHERE code = $1`,
      [query.code],
    );
    if (!concept)
      throw new DomainError('NOT_FOUND', TaxonomyErrorMessage.CONCEPT_NOT_FOUND, [
        { field: 'code', message: 'unknown code' },
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
