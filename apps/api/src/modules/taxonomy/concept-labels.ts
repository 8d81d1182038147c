import type { EntityManager } from 'typeorm';
import type { ConceptKind, ConceptLabels } from '@passgenau/domain';
import { displayLabels, type LabelRow } from './taxonomy.mapper';

export interface ConceptInfo {
  code: string;
  kind: ConceptKind;
  iscoGroup: string | null;
  curatedField: string | null;
  labels: ConceptLabels;
}

/** Occupations and competences by code, each with one label per language the taxonomy has. */
export async function loadConcepts(
  db: EntityManager,
  codes: Iterable<string | null | undefined>,
): Promise<Map<string, ConceptInfo>> {
  const unique = [...new Set([...codes].filter((c): c is string => typeof c === 'string' && c !== ''))];
  if (unique.length === 0) return new Map();
  const rows: Array<{
    code: string;
    kind: ConceptKind;
    isco_group: string | null;
    curated_field: string | null;
    labels: LabelRow[];
  }> = await db.query(
    `SELECT c.code, c.kind, c.isco_group, c.curated_field,
            coalesce(json_agg(json_build_object('lang', l.lang, 'text', l.text, 'preferred', l.preferred, 'source', l.source))
                     FILTER (WHERE l.id IS NOT NULL), '[]') AS labels
       FROM taxonomy_concept c LEFT JOIN taxonomy_label l ON l.concept_id = c.id AND l.preferred
      WHERE c.code = ANY($1)
      GROUP BY c.code, c.kind, c.isco_group, c.curated_field`,
    [unique],
  );
  return new Map(
    rows.map((r) => [
      r.code,
      {
        code: r.code,
        kind: r.kind,
        iscoGroup: r.isco_group,
        curatedField: r.curated_field,
        labels: displayLabels(r.labels),
      },
    ]),
  );
}
