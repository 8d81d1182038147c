import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CEFR_LEVELS, type GeoPoint } from '@passgenau/domain';
import { distanceKmSql, foldedContainsPattern } from '../geo.sql';
import { listedOfferSql } from '../../../common/listed-offer.sql';
import { OFFER_FROM, OFFER_SELECT, type OfferRow } from '../offers/offers.repository';
import type { JobBoardQuery } from './dto/job-board.query';

export interface JobBoardRow extends OfferRow {
  site_town_ags: string | null;
  site_town_name: string | null;
  site_locality: string | null;
  site_postal_code: string | null;
  site_street: string | null;
  site_lat: number | null;
  site_lon: number | null;
}

const JOB_BOARD_SELECT = `${OFFER_SELECT},
  s.town_ags AS site_town_ags, t.name AS site_town_name, s.locality AS site_locality, s.postal_code AS site_postal_code,
  s.street AS site_street, s.lat AS site_lat, s.lon AS site_lon`;

const JOB_BOARD_FROM = `${OFFER_FROM}
  LEFT JOIN company_site s ON s.id = o.site_id
  LEFT JOIN town t ON t.ags = s.town_ags
  LEFT JOIN taxonomy_concept oc ON oc.code = o.occupation_code`;

export interface JobBoardFilter extends JobBoardQuery {
  near: GeoPoint | null;
  /** ISCO-08 unit groups that fall into `field` when the occupation has no curated field. */
  fieldIscoGroups: string[] | null;
}

/** The public job board: open offers that have not passed their closing date. */
@Injectable()
export class JobBoardRepository {
  constructor(private readonly dataSource: DataSource) {}

  async search(filter: JobBoardFilter): Promise<{ rows: JobBoardRow[]; total: number }> {
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const where = [listedOfferSql('o')];
    if (filter.townAgs) where.push(`s.town_ags = ${param(filter.townAgs)}`);
    if (filter.kind?.length) where.push(`o.kind = ANY(${param(filter.kind)})`);
    if (filter.field) {
      where.push(
        `(oc.curated_field = ${param(filter.field)} OR (oc.curated_field IS NULL AND oc.isco_group = ANY(${param(filter.fieldIscoGroups ?? [])})))`,
      );
    }
    if (filter.iscoGroup) where.push(`oc.isco_group LIKE ${param(`${filter.iscoGroup}%`)}`);
    if (filter.occupationCode) where.push(`o.occupation_code = ${param(filter.occupationCode)}`);
    if (filter.suitableForCareerChangers) where.push(`o.suitable_for_career_changers`);
    if (filter.maxGermanLevel) {
      const levels = param([...CEFR_LEVELS]);
      const max = param(filter.maxGermanLevel);
      for (const column of ['german_overall', 'german_understanding', 'german_speaking', 'german_writing']) {
        where.push(
          `(o.${column} IS NULL OR array_position(${levels}::text[], o.${column}::text) <= array_position(${levels}::text[], ${max}::text))`,
        );
      }
    }
    if (filter.q?.trim()) {
      const pattern = param(foldedContainsPattern(filter.q));
      where.push(`(offer_search_fold(o.title) LIKE ${pattern}
        OR offer_search_fold(coalesce(o.description, '')) LIKE ${pattern}
        OR offer_search_fold(c.name) LIKE ${pattern}
        OR offer_search_fold(coalesce(o.occupation_text, '')) LIKE ${pattern}
        OR EXISTS (SELECT 1 FROM taxonomy_label l WHERE l.concept_id = oc.id AND offer_search_fold(l.text) LIKE ${pattern}))`);
    }
    let distance = 'NULL::float8';
    let from = JOB_BOARD_FROM;
    if (filter.near) {
      // The reference point sits in FROM, so that the count query uses its parameters too.
      from += ` CROSS JOIN (SELECT ${param(filter.near.lat)}::float8 AS lat, ${param(filter.near.lon)}::float8 AS lon) ref`;
      distance = distanceKmSql('s.lat', 's.lon', 'ref.lat', 'ref.lon');
      if (filter.radiusKm !== undefined) where.push(`${distance} <= ${param(filter.radiusKm)}`);
    }
    const newest = 'coalesce(o.published_at, o.created_at) DESC, o.id';
    const order = filter.near ? `distance_km ASC NULLS LAST, ${newest}` : newest;
    const clause = where.join(' AND ');
    const [{ count }] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM ${from} WHERE ${clause}`,
      params,
    );
    const rows = await this.dataSource.query(
      `SELECT ${JOB_BOARD_SELECT}, ${distance} AS distance_km FROM ${from} WHERE ${clause}
        ORDER BY ${order} LIMIT ${param(filter.pageSize)} OFFSET ${param((filter.page - 1) * filter.pageSize)}`,
      params,
    );
    return { rows, total: count };
  }

  /** Listed offers by id, in the order asked for (the job board's page found in the offers index). */
  async findListedMany(offerIds: string[]): Promise<JobBoardRow[]> {
    if (offerIds.length === 0) return [];
    const rows: JobBoardRow[] = await this.dataSource.query(
      `SELECT ${JOB_BOARD_SELECT} FROM ${JOB_BOARD_FROM} WHERE o.id = ANY($1::uuid[]) AND ${listedOfferSql('o')}`,
      [offerIds],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    return offerIds.flatMap((id) => byId.get(id) ?? []);
  }

  async findListed(offerId: string): Promise<JobBoardRow | null> {
    const [row] = await this.dataSource.query(
      `SELECT ${JOB_BOARD_SELECT} FROM ${JOB_BOARD_FROM} WHERE o.id = $1 AND ${listedOfferSql('o')}`,
      [offerId],
    );
    return row ?? null;
  }

  async companyProfile(companyId: string): Promise<{
    wz_section: string | null;
    size_band: string | null;
    website: string | null;
    languages: string[];
    can_host_interpreters: boolean;
    needs_interpreters: boolean;
  }> {
    const [row] = await this.dataSource.query(
      `SELECT wz_section, size_band, website, languages, can_host_interpreters, needs_interpreters FROM company WHERE id = $1`,
      [companyId],
    );
    return row;
  }

  async offerExists(offerId: string): Promise<boolean> {
    const [row] = await this.dataSource.query(`SELECT 1 FROM offer WHERE id = $1`, [offerId]);
    return Boolean(row);
  }

  async markInterest(
    offerId: string,
    candidateId: string,
    accountId: string,
  ): Promise<{ marked_at: Date; marked_by_account_id: string | null }> {
    await this.dataSource.query(
      `INSERT INTO offer_interest (offer_id, candidate_id, marked_by_account_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
      [offerId, candidateId, accountId],
    );
    const [row] = await this.dataSource.query(
      `SELECT marked_at, marked_by_account_id FROM offer_interest WHERE offer_id = $1 AND candidate_id = $2`,
      [offerId, candidateId],
    );
    return row;
  }

  async unmarkInterest(offerId: string, candidateId: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM offer_interest WHERE offer_id = $1 AND candidate_id = $2`, [
      offerId,
      candidateId,
    ]);
  }

  async interestMarkedAt(offerId: string, candidateId: string): Promise<Date | null> {
    const [row] = await this.dataSource.query(
      `SELECT marked_at FROM offer_interest WHERE offer_id = $1 AND candidate_id = $2`,
      [offerId, candidateId],
    );
    return row?.marked_at ?? null;
  }

  async interestsOf(candidateId: string): Promise<
    Array<{
      offer_id: string;
      title: string;
      kind: string;
      company_id: string;
      company_name: string;
      listed: boolean;
      marked_at: Date;
      marked_by_account_id: string | null;
      candidate_account_id: string;
    }>
  > {
    return this.dataSource.query(
      `SELECT i.offer_id, o.title, o.kind, o.company_id, c.name AS company_name, ${listedOfferSql('o')} AS listed,
              i.marked_at, i.marked_by_account_id, ca.account_id AS candidate_account_id
         FROM offer_interest i
         JOIN offer o ON o.id = i.offer_id
         JOIN company c ON c.id = o.company_id
         JOIN candidate ca ON ca.id = i.candidate_id
        WHERE i.candidate_id = $1
        ORDER BY i.marked_at DESC`,
      [candidateId],
    );
  }

  async candidateAccountId(candidateId: string): Promise<string | null> {
    const [row] = await this.dataSource.query(`SELECT account_id FROM candidate WHERE id = $1`, [
      candidateId,
    ]);
    return row?.account_id ?? null;
  }

  async iscoUnitGroups(): Promise<string[]> {
    const rows: Array<{ code: string }> = await this.dataSource.query(
      `SELECT code FROM isco_group WHERE level = 4`,
    );
    return rows.map((r) => r.code);
  }
}
