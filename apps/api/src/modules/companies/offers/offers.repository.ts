import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { CefrLevel, OccupationMapping, OfferKind, OfferStatus } from '@passgenau/domain';
import { listedOfferSql } from '../../../common/listed-offer.sql';
import type { SiteRow } from '../profile/companies.repository';

export interface OfferRow {
  id: string;
  company_id: string;
  company_name: string;
  company_logo_sha256: string | null;
  site_id: string | null;
  kind: OfferKind;
  title: string;
  description: string | null;
  description_lang: string | null;
  occupation_code: string | null;
  occupation_mapping: OccupationMapping;
  occupation_text: string | null;
  german_overall: CefrLevel | null;
  german_understanding: CefrLevel | null;
  german_speaking: CefrLevel | null;
  german_writing: CefrLevel | null;
  helpful_languages: string[];
  suitable_for_career_changers: boolean;
  german_strict: boolean;
  max_distance_km: number | null;
  starts_on: string | null;
  hours_per_week: string | null;
  duration_weeks: number | null;
  places: number;
  status: OfferStatus;
  closes_on: string | null;
  published_at: Date | null;
  source: string;
  external_ref: string | null;
  external_url: string | null;
  created_at: Date;
  updated_at: Date;
  listed: boolean;
  interest_count: number;
  distance_km?: number | null;
}

export interface CompetenceRow {
  offer_id: string;
  skill_code: string;
  required: boolean;
}

/** Values of an offer as stored (the offer table's own columns). */
export interface OfferValues {
  siteId: string | null;
  kind: OfferKind;
  title: string;
  description: string | null;
  descriptionLang: string | null;
  occupationCode: string | null;
  occupationMapping: OccupationMapping;
  occupationText: string | null;
  germanOverall: CefrLevel | null;
  germanUnderstanding: CefrLevel | null;
  germanSpeaking: CefrLevel | null;
  germanWriting: CefrLevel | null;
  helpfulLanguages: string[];
  suitableForCareerChangers: boolean;
  germanStrict: boolean;
  maxDistanceKm: number | null;
  startsOn: string | null;
  hoursPerWeek: number | null;
  durationWeeks: number | null;
  places: number;
  status: OfferStatus;
  closesOn: string | null;
}

const VALUE_COLUMNS: Record<keyof OfferValues, string> = {
  siteId: 'site_id',
  kind: 'kind',
  title: 'title',
  description: 'description',
  descriptionLang: 'description_lang',
  occupationCode: 'occupation_code',
  occupationMapping: 'occupation_mapping',
  occupationText: 'occupation_text',
  germanOverall: 'german_overall',
  germanUnderstanding: 'german_understanding',
  germanSpeaking: 'german_speaking',
  germanWriting: 'german_writing',
  helpfulLanguages: 'helpful_languages',
  suitableForCareerChangers: 'suitable_for_career_changers',
  germanStrict: 'german_strict',
  maxDistanceKm: 'max_distance_km',
  startsOn: 'starts_on',
  hoursPerWeek: 'hours_per_week',
  durationWeeks: 'duration_weeks',
  places: 'places',
  status: 'status',
  closesOn: 'closes_on',
};

/** The columns every offer query returns (dates as text: they are calendar days, not instants). */
export const OFFER_SELECT = `
  o.id, o.company_id, c.name AS company_name, lg.sha256 AS company_logo_sha256, o.site_id, o.kind, o.title,
  o.description, o.description_lang, o.occupation_code, o.occupation_mapping, o.occupation_text,
  o.german_overall, o.german_understanding, o.german_speaking, o.german_writing, o.helpful_languages,
  o.suitable_for_career_changers, o.german_strict, o.max_distance_km, o.starts_on::text AS starts_on, o.hours_per_week::text AS hours_per_week,
  o.duration_weeks, o.places, o.status, o.closes_on::text AS closes_on, o.published_at, o.source,
  o.external_ref, o.external_url, o.created_at, o.updated_at,
  ${listedOfferSql('o')} AS listed,
  (SELECT count(*)::int FROM offer_interest i WHERE i.offer_id = o.id) AS interest_count`;

export const OFFER_FROM = `offer o JOIN company c ON c.id = o.company_id LEFT JOIN company_logo lg ON lg.company_id = o.company_id`;

@Injectable()
export class OffersRepository {
  constructor(private readonly dataSource: DataSource) {}

  private db(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  async find(id: string, manager?: EntityManager): Promise<OfferRow | null> {
    const [row] = await this.db(manager).query(`SELECT ${OFFER_SELECT} FROM ${OFFER_FROM} WHERE o.id = $1`, [
      id,
    ]);
    return row ?? null;
  }

  async list(filter: {
    companyId?: string;
    status?: OfferStatus;
    page: number;
    pageSize: number;
  }): Promise<{ rows: OfferRow[]; total: number }> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (filter.companyId) {
      params.push(filter.companyId);
      where.push(`o.company_id = $${params.length}`);
    }
    if (filter.status) {
      params.push(filter.status);
      where.push(`o.status = $${params.length}`);
    }
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ count }] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM offer o ${clause}`,
      params,
    );
    const rows = await this.dataSource.query(
      `SELECT ${OFFER_SELECT} FROM ${OFFER_FROM} ${clause}
        ORDER BY o.updated_at DESC, o.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, filter.pageSize, (filter.page - 1) * filter.pageSize],
    );
    return { rows, total: count };
  }

  async competences(offerIds: string[], manager?: EntityManager): Promise<CompetenceRow[]> {
    if (offerIds.length === 0) return [];
    return this.db(manager).query(
      `SELECT offer_id, skill_code, required FROM offer_competence WHERE offer_id = ANY($1) ORDER BY required DESC, skill_code`,
      [offerIds],
    );
  }

  async sitesByIds(siteIds: Array<string | null>, manager?: EntityManager): Promise<Map<string, SiteRow>> {
    const ids = [...new Set(siteIds.filter((id): id is string => id !== null))];
    if (ids.length === 0) return new Map();
    const rows: SiteRow[] = await this.db(manager).query(
      `SELECT s.id, s.company_id, s.label, s.street, s.postal_code, s.locality, s.town_ags, t.name AS town_name,
              s.lat, s.lon, s.coordinates_entered, s.is_main
         FROM company_site s LEFT JOIN town t ON t.ags = s.town_ags WHERE s.id = ANY($1)`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r]));
  }

  async insert(
    manager: EntityManager,
    companyId: string,
    values: OfferValues,
    extra: {
      createdBy: string | null;
      source?: string;
      externalRef?: string | null;
      externalUrl?: string | null;
      externalModifiedAt?: Date | null;
      publishedAt?: Date | null;
    },
  ): Promise<string> {
    const columns = [
      'company_id',
      ...Object.values(VALUE_COLUMNS),
      'created_by',
      'source',
      'external_ref',
      'external_url',
      'external_modified_at',
      'published_at',
    ];
    const params = [
      companyId,
      ...(Object.keys(VALUE_COLUMNS) as Array<keyof OfferValues>).map((k) => values[k]),
      extra.createdBy,
      extra.source ?? 'passgenau',
      extra.externalRef ?? null,
      extra.externalUrl ?? null,
      extra.externalModifiedAt ?? null,
      extra.publishedAt ?? (values.status === 'open' ? new Date() : null),
    ];
    const [row] = await manager.query(
      `INSERT INTO offer (${columns.join(', ')}) VALUES (${params.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING id`,
      params,
    );
    return row.id;
  }

  async update(
    manager: EntityManager,
    offerId: string,
    values: Partial<OfferValues>,
    extra: Record<string, unknown> = {},
  ): Promise<void> {
    const params: unknown[] = [offerId];
    const sets = Object.entries(values).map(([key, value]) => {
      params.push(value);
      return `${VALUE_COLUMNS[key as keyof OfferValues]} = $${params.length}`;
    });
    for (const [column, value] of Object.entries(extra)) {
      params.push(value);
      sets.push(`${column} = $${params.length}`);
    }
    // The first time an offer opens is its publication date on the job board.
    sets.push(
      `published_at = coalesce(published_at, CASE WHEN ${values.status ? `$${params.push(values.status)}` : 'status'} = 'open' THEN now() END)`,
    );
    await manager.query(`UPDATE offer SET ${sets.join(', ')}, updated_at = now() WHERE id = $1`, params);
  }

  async replaceCompetences(
    manager: EntityManager,
    offerId: string,
    required: string[],
    niceToHave: string[],
  ): Promise<void> {
    await manager.query(`DELETE FROM offer_competence WHERE offer_id = $1`, [offerId]);
    const rows = [
      ...required.map((code) => [code, true] as const),
      ...niceToHave.map((code) => [code, false] as const),
    ];
    if (rows.length === 0) return;
    await manager.query(
      `INSERT INTO offer_competence (offer_id, skill_code, required)
       SELECT $1, code, required FROM unnest($2::text[], $3::boolean[]) AS t(code, required)`,
      [offerId, rows.map((r) => r[0]), rows.map((r) => r[1])],
    );
  }

  async delete(offerId: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM offer WHERE id = $1`, [offerId]);
  }

  /** Concepts among `codes` with their kind, to validate codes an employer sent. */
  async conceptKinds(codes: string[], manager?: EntityManager): Promise<Map<string, string>> {
    if (codes.length === 0) return new Map();
    const rows: Array<{ code: string; kind: string }> = await this.db(manager).query(
      `SELECT code, kind FROM taxonomy_concept WHERE code = ANY($1)`,
      [codes],
    );
    return new Map(rows.map((r) => [r.code, r.kind]));
  }
}
