import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { ConceptKind, ConceptLabels } from '@passgenau/domain';
import { displayLabels, type LabelRow } from './taxonomy.mapper';

export interface KnownConcept {
  kind: ConceptKind;
  labels: ConceptLabels;
}

/** Labels of many concepts at once, for responses that carry codes (profiles, offers). */
@Injectable()
export class TaxonomyLabelsService {
  constructor(private readonly dataSource: DataSource) {}

  async lookup(codes: Iterable<string>, manager?: EntityManager): Promise<Map<string, KnownConcept>> {
    const unique = [...new Set(codes)];
    if (unique.length === 0) return new Map();
    const rows: Array<{ code: string; kind: ConceptKind; labels: LabelRow[] }> = await (manager ?? this.dataSource.manager).query(
      `SELECT c.code, c.kind,
              coalesce(json_agg(json_build_object('lang', l.lang, 'text', l.text, 'preferred', l.preferred, 'source', l.source))
                       FILTER (WHERE l.id IS NOT NULL), '[]') AS labels
         FROM taxonomy_concept c LEFT JOIN taxonomy_label l ON l.concept_id = c.id AND l.preferred
        WHERE c.code = ANY($1) GROUP BY c.code, c.kind`,
      [unique],
    );
    return new Map(rows.map((r) => [r.code, { kind: r.kind, labels: displayLabels(r.labels) }]));
  }
}
