import type { DataSource, EntityManager } from 'typeorm';
import { readReferenceData, referenceChecksum, type ReferenceData } from './reference-data.reader';

const IMPORT_NAME = 'reference-data';
const MAX_PARAMS = 30_000;

/** Inserts rows in multi-row statements that stay below PostgreSQL's parameter limit. */
export async function insertBatched(
  manager: EntityManager,
  table: string,
  columns: string[],
  rows: unknown[][],
  suffix = '',
): Promise<void> {
  const perStatement = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    const params: unknown[] = [];
    const tuples = chunk.map((row) => {
      const placeholders = row.map((value) => {
        params.push(value);
        return `$${params.length}`;
      });
      return `(${placeholders.join(', ')})`;
    });
    await manager.query(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')} ${suffix}`,
      params,
    );
  }
}

/**
 * Loads the shipped reference data (ESCO, KldB, towns, the product's translations) when the files
 * differ from what the database holds. Idempotent; labels a coordinator added or corrected stay.
 */
export class ReferenceDataSeeder {
  constructor(
    private readonly dataSource: DataSource,
    private readonly dir: string,
  ) {}

  /** Returns true when the data was (re)loaded. */
  async run(): Promise<boolean> {
    const checksum = referenceChecksum(this.dir);
    const current = await this.dataSource.query(
      `SELECT checksum FROM reference_data_import WHERE name = $1`,
      [IMPORT_NAME],
    );
    if (current[0]?.checksum === checksum) return false;
    const data = readReferenceData(this.dir);
    await this.dataSource.transaction((manager) => this.load(manager, data));
    return true;
  }

  private async load(manager: EntityManager, data: ReferenceData): Promise<void> {
    await insertBatched(
      manager,
      'taxonomy_concept',
      [
        'code',
        'kind',
        'scheme',
        'isco_group',
        'esco_code',
        'skill_type',
        'collections',
        'curated_field',
        'description_en',
        'description_de',
      ],
      data.concepts.map((c) => [
        c.code,
        c.kind,
        c.scheme,
        c.iscoGroup,
        c.escoCode,
        c.skillType,
        c.collections,
        c.curatedField,
        c.descriptionEn,
        c.descriptionDe,
      ]),
      `ON CONFLICT (code) DO UPDATE SET kind = EXCLUDED.kind, scheme = EXCLUDED.scheme, isco_group = EXCLUDED.isco_group,
         esco_code = EXCLUDED.esco_code, skill_type = EXCLUDED.skill_type, collections = EXCLUDED.collections,
         curated_field = EXCLUDED.curated_field, description_en = EXCLUDED.description_en,
         description_de = EXCLUDED.description_de, updated_at = now()`,
    );
    const ids = new Map<string, string>(
      (
        (await manager.query(`SELECT id, code FROM taxonomy_concept`)) as Array<{ id: string; code: string }>
      ).map((r) => [r.code, r.id]),
    );
    await manager.query(`DELETE FROM taxonomy_label WHERE source IN ('esco', 'passgenau')`);
    await insertBatched(
      manager,
      'taxonomy_label',
      ['concept_id', 'lang', 'text', 'preferred', 'source'],
      data.labels.map((l) => [ids.get(l.code), l.lang, l.text, l.preferred, l.source]),
    );
    await manager.query(`DELETE FROM occupation_skill`);
    await insertBatched(
      manager,
      'occupation_skill',
      ['occupation_code', 'skill_code', 'essential'],
      data.occupationSkills.map((r) => [r.occupationCode, r.skillCode, r.essential]),
    );
    await insertBatched(
      manager,
      'isco_group',
      ['code', 'level', 'parent_code', 'label_en', 'label_de'],
      data.iscoGroups.map((g) => [g.code, g.level, g.parentCode, g.labelEn, g.labelDe]),
      `ON CONFLICT (code) DO UPDATE SET level = EXCLUDED.level, parent_code = EXCLUDED.parent_code,
         label_en = EXCLUDED.label_en, label_de = EXCLUDED.label_de`,
    );
    await insertBatched(
      manager,
      'kldb_occupation',
      ['code', 'level', 'parent_code', 'title', 'short_title'],
      data.kldbOccupations.map((k) => [k.code, k.level, k.parentCode, k.title, k.shortTitle]),
      `ON CONFLICT (code) DO UPDATE SET level = EXCLUDED.level, parent_code = EXCLUDED.parent_code,
         title = EXCLUDED.title, short_title = EXCLUDED.short_title`,
    );
    await manager.query(`DELETE FROM kldb_isco_mapping`);
    await insertBatched(
      manager,
      'kldb_isco_mapping',
      ['kldb_code', 'isco_code', 'rank', 'recommended'],
      data.kldbIsco.map((m) => [m.kldbCode, m.iscoCode, m.rank, m.recommended]),
    );
    await insertBatched(
      manager,
      'town',
      ['ags', 'name', 'district', 'state', 'lat', 'lon', 'population', 'postal_codes'],
      data.towns.map((t) => [t.ags, t.name, t.district, t.state, t.lat, t.lon, t.population, t.postalCodes]),
      `ON CONFLICT (ags) DO UPDATE SET name = EXCLUDED.name, district = EXCLUDED.district, state = EXCLUDED.state,
         lat = EXCLUDED.lat, lon = EXCLUDED.lon, population = EXCLUDED.population, postal_codes = EXCLUDED.postal_codes`,
    );
    await manager.query(
      `INSERT INTO reference_data_import (name, checksum, imported_at) VALUES ($1, $2, now())
       ON CONFLICT (name) DO UPDATE SET checksum = EXCLUDED.checksum, imported_at = now()`,
      [IMPORT_NAME, data.checksum],
    );
  }
}
