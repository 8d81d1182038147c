import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { GeoPoint } from '@passgenau/domain';
import { distanceKmSql, foldedContainsPattern } from '../geo.sql';
import { listedOfferSql } from '../../../common/listed-offer.sql';
import type { CompanyListQuery } from './dto/company-list.query';
import type { LogoType } from './logo-image';

export interface CompanyRow {
  id: string;
  name: string;
  legal_form: string | null;
  wz_section: string | null;
  size_band: string | null;
  description: string | null;
  description_lang: string | null;
  website: string | null;
  languages: string[];
  offers_tours: boolean;
  offers_open_house: boolean;
  offers_internships: boolean;
  offers_apprenticeships: boolean;
  offers_eq_places: boolean;
  can_host_interpreters: boolean;
  needs_interpreters: boolean;
  showcase_opt_in: boolean;
  showcase_story: string | null;
  showcase_story_lang: string | null;
  showcase_changed_at: Date | null;
  employs_refugees: boolean;
  source: string;
  created_at: Date;
  updated_at: Date;
  logo_sha256: string | null;
  open_offer_count: number;
  distance_km?: number | null;
}

export interface SiteRow {
  id: string;
  company_id: string;
  label: string | null;
  street: string | null;
  postal_code: string | null;
  locality: string | null;
  town_ags: string | null;
  town_name: string | null;
  lat: number;
  lon: number;
  coordinates_entered: boolean;
  is_main: boolean;
}

export interface ContactRow {
  id: string;
  company_id: string;
  display_name: string;
  company_role: 'manager' | 'member';
  email: string | null;
}

export interface SiteValues {
  label: string | null;
  street: string | null;
  postalCode: string | null;
  locality: string | null;
  townAgs: string | null;
  lat: number;
  lon: number;
  coordinatesEntered: boolean;
  isMain: boolean;
}

/** Profile columns an update may set, by their API name. */
export const PROFILE_COLUMNS = {
  name: 'name',
  legalForm: 'legal_form',
  wzSection: 'wz_section',
  sizeBand: 'size_band',
  description: 'description',
  descriptionLang: 'description_lang',
  website: 'website',
  languages: 'languages',
  offersTours: 'offers_tours',
  offersOpenHouse: 'offers_open_house',
  offersInternships: 'offers_internships',
  offersApprenticeships: 'offers_apprenticeships',
  offersEqPlaces: 'offers_eq_places',
  canHostInterpreters: 'can_host_interpreters',
  needsInterpreters: 'needs_interpreters',
} as const;
export type ProfileField = keyof typeof PROFILE_COLUMNS;

const COMPANY_SELECT = `
  c.id, c.name, c.legal_form, c.wz_section, c.size_band, c.description, c.description_lang, c.website, c.languages,
  c.offers_tours, c.offers_open_house, c.offers_internships, c.offers_apprenticeships, c.offers_eq_places,
  c.can_host_interpreters, c.needs_interpreters, c.showcase_opt_in, c.showcase_story, c.showcase_story_lang,
  c.showcase_changed_at, c.employs_refugees, c.source, c.created_at, c.updated_at,
  lg.sha256 AS logo_sha256,
  (SELECT count(*)::int FROM offer o WHERE o.company_id = c.id AND ${listedOfferSql('o')}) AS open_offer_count`;

/** Every query on company profiles, sites and logos. */
@Injectable()
export class CompaniesRepository {
  constructor(private readonly dataSource: DataSource) {}

  private db(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  async find(id: string, manager?: EntityManager): Promise<CompanyRow | null> {
    const [row] = await this.db(manager).query(
      `SELECT ${COMPANY_SELECT} FROM company c LEFT JOIN company_logo lg ON lg.company_id = c.id WHERE c.id = $1`,
      [id],
    );
    return row ?? null;
  }

  async exists(id: string, manager?: EntityManager): Promise<boolean> {
    const [row] = await this.db(manager).query(`SELECT 1 FROM company WHERE id = $1`, [id]);
    return Boolean(row);
  }

  async update(
    id: string,
    values: Partial<Record<ProfileField, unknown>>,
    manager?: EntityManager,
  ): Promise<void> {
    const params: unknown[] = [id];
    const sets = Object.entries(values).map(([field, value]) => {
      params.push(value);
      return `${PROFILE_COLUMNS[field as ProfileField]} = $${params.length}`;
    });
    if (sets.length === 0) return;
    await this.db(manager).query(
      `UPDATE company SET ${sets.join(', ')}, updated_at = now() WHERE id = $1`,
      params,
    );
  }

  async sites(companyIds: string[], manager?: EntityManager): Promise<SiteRow[]> {
    if (companyIds.length === 0) return [];
    return this.db(manager).query(
      `SELECT s.id, s.company_id, s.label, s.street, s.postal_code, s.locality, s.town_ags, t.name AS town_name,
              s.lat, s.lon, s.coordinates_entered, s.is_main
         FROM company_site s LEFT JOIN town t ON t.ags = s.town_ags
        WHERE s.company_id = ANY($1)
        ORDER BY s.is_main DESC, s.created_at, s.id`,
      [companyIds],
    );
  }

  async site(companyId: string, siteId: string, manager?: EntityManager): Promise<SiteRow | null> {
    const rows = await this.sites([companyId], manager);
    return rows.find((s) => s.id === siteId) ?? null;
  }

  async contacts(companyIds: string[], manager?: EntityManager): Promise<ContactRow[]> {
    if (companyIds.length === 0) return [];
    return this.db(manager).query(
      `SELECT a.id, a.company_id, a.display_name, a.company_role, a.email
         FROM account a
        WHERE a.company_id = ANY($1) AND a.role = 'employer' AND a.disabled_at IS NULL
        ORDER BY a.company_role = 'manager' DESC, a.display_name, a.id`,
      [companyIds],
    );
  }

  async town(
    ags: string,
    manager?: EntityManager,
  ): Promise<{ ags: string; name: string; lat: number; lon: number } | null> {
    const [row] = await this.db(manager).query(`SELECT ags, name, lat, lon FROM town WHERE ags = $1`, [ags]);
    return row ?? null;
  }

  async insertSite(companyId: string, values: SiteValues, manager: EntityManager): Promise<string> {
    const [{ count }] = await manager.query(
      `SELECT count(*)::int AS count FROM company_site WHERE company_id = $1`,
      [companyId],
    );
    const isMain = values.isMain || count === 0;
    if (isMain)
      await manager.query(`UPDATE company_site SET is_main = false WHERE company_id = $1 AND is_main`, [
        companyId,
      ]);
    const [row] = await manager.query(
      `INSERT INTO company_site (company_id, label, street, postal_code, locality, town_ags, lat, lon, coordinates_entered, is_main)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [
        companyId,
        values.label,
        values.street,
        values.postalCode,
        values.locality,
        values.townAgs,
        values.lat,
        values.lon,
        values.coordinatesEntered,
        isMain,
      ],
    );
    return row.id;
  }

  async replaceSite(
    companyId: string,
    siteId: string,
    values: SiteValues,
    manager: EntityManager,
  ): Promise<void> {
    if (values.isMain)
      await manager.query(`UPDATE company_site SET is_main = false WHERE company_id = $1 AND id <> $2`, [
        companyId,
        siteId,
      ]);
    await manager.query(
      `UPDATE company_site SET label = $3, street = $4, postal_code = $5, locality = $6, town_ags = $7, lat = $8, lon = $9,
              coordinates_entered = $10, is_main = (is_main OR $11), updated_at = now()
        WHERE company_id = $1 AND id = $2`,
      [
        companyId,
        siteId,
        values.label,
        values.street,
        values.postalCode,
        values.locality,
        values.townAgs,
        values.lat,
        values.lon,
        values.coordinatesEntered,
        values.isMain,
      ],
    );
  }

  /** Offers that still count on the site (draft or open). */
  async activeOffersAtSite(siteId: string, manager: EntityManager): Promise<number> {
    const [{ count }] = await manager.query(
      `SELECT count(*)::int AS count FROM offer WHERE site_id = $1 AND status IN ('draft', 'open')`,
      [siteId],
    );
    return count;
  }

  async deleteSite(companyId: string, siteId: string, manager: EntityManager): Promise<void> {
    const [[deleted]] = await manager.query(
      `DELETE FROM company_site WHERE company_id = $1 AND id = $2 RETURNING is_main`,
      [companyId, siteId],
    );
    // Another site takes over as main site.
    if (deleted?.is_main) {
      await manager.query(
        `UPDATE company_site SET is_main = true
          WHERE id = (SELECT id FROM company_site WHERE company_id = $1 ORDER BY created_at, id LIMIT 1)`,
        [companyId],
      );
    }
  }

  async putLogo(
    companyId: string,
    logo: { contentType: LogoType; data: Buffer; sha256: string; uploadedBy: string },
  ): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO company_logo (company_id, content_type, data, byte_size, sha256, uploaded_by)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (company_id) DO UPDATE SET content_type = EXCLUDED.content_type, data = EXCLUDED.data,
         byte_size = EXCLUDED.byte_size, sha256 = EXCLUDED.sha256, uploaded_by = EXCLUDED.uploaded_by, uploaded_at = now()`,
      [companyId, logo.contentType, logo.data, logo.data.length, logo.sha256, logo.uploadedBy],
    );
  }

  async logo(companyId: string): Promise<{ contentType: string; data: Buffer; sha256: string } | null> {
    const [row] = await this.dataSource.query(
      `SELECT content_type, data, sha256 FROM company_logo WHERE company_id = $1`,
      [companyId],
    );
    return row ? { contentType: row.content_type, data: row.data, sha256: row.sha256 } : null;
  }

  async deleteLogo(companyId: string): Promise<boolean> {
    const [, deleted] = await this.dataSource.query(`DELETE FROM company_logo WHERE company_id = $1`, [
      companyId,
    ]);
    return deleted > 0;
  }

  async setShowcase(
    companyId: string,
    optIn: boolean,
    story: string | null,
    storyLang: string | null,
  ): Promise<void> {
    await this.dataSource.query(
      `UPDATE company SET showcase_opt_in = $2, showcase_story = $3, showcase_story_lang = $4, showcase_changed_at = now(), updated_at = now()
        WHERE id = $1`,
      [companyId, optIn, story, storyLang],
    );
  }

  async setEmploysRefugees(companyId: string, value: boolean, accountId: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE company SET employs_refugees = $2, employs_refugees_marked_by = $3, employs_refugees_marked_at = now(), updated_at = now()
        WHERE id = $1`,
      [companyId, value, accountId],
    );
  }

  /** The staff directory and the pool of firms open to visits, filtered and paged. */
  async list(
    query: CompanyListQuery,
    options: { poolOnly: boolean; near: GeoPoint | null },
  ): Promise<{ rows: CompanyRow[]; total: number }> {
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const where: string[] = [];
    if (options.poolOnly) where.push(`(c.offers_tours OR c.offers_open_house)`);
    if (query.q?.trim())
      where.push(`offer_search_fold(c.name) LIKE ${param(foldedContainsPattern(query.q))}`);
    if (query.townAgs)
      where.push(
        `EXISTS (SELECT 1 FROM company_site s WHERE s.company_id = c.id AND s.town_ags = ${param(query.townAgs)})`,
      );
    if (query.wzSection) where.push(`c.wz_section = ${param(query.wzSection)}`);
    for (const format of query.openTo ?? [])
      where.push(format === 'tours' ? 'c.offers_tours' : 'c.offers_open_house');
    for (const kind of query.offering ?? []) {
      where.push(
        {
          internships: 'c.offers_internships',
          apprenticeships: 'c.offers_apprenticeships',
          eqPlaces: 'c.offers_eq_places',
        }[kind],
      );
    }
    if (query.hasOpenOffers !== undefined) {
      where.push(
        `${query.hasOpenOffers ? '' : 'NOT '}EXISTS (SELECT 1 FROM offer o WHERE o.company_id = c.id AND ${listedOfferSql('o')})`,
      );
    }
    let distance = 'NULL::float8';
    let join = '';
    if (options.near) {
      const lat = param(options.near.lat);
      const lon = param(options.near.lon);
      join = `LEFT JOIN LATERAL (SELECT min(${distanceKmSql('s.lat', 's.lon', lat, lon)}) AS km FROM company_site s WHERE s.company_id = c.id) d ON true`;
      distance = 'd.km';
      if (query.radiusKm !== undefined) where.push(`d.km <= ${param(query.radiusKm)}`);
    }
    const order = options.near ? `${distance} ASC NULLS LAST, lower(c.name), c.id` : `lower(c.name), c.id`;
    const rows = await this.dataSource.query(
      `SELECT ${COMPANY_SELECT}, ${distance} AS distance_km, count(*) OVER () AS total
         FROM company c LEFT JOIN company_logo lg ON lg.company_id = c.id ${join}
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY ${order}
        LIMIT ${param(query.pageSize)} OFFSET ${param((query.page - 1) * query.pageSize)}`,
      params,
    );
    const total =
      rows.length > 0 ? Number(rows[0].total) : await this.countAll(where, params.slice(0, -2), join);
    return { rows, total };
  }

  private async countAll(where: string[], params: unknown[], join: string): Promise<number> {
    const [{ count }] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM company c ${join} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`,
      params,
    );
    return count;
  }

  /** Firms that opted in and that staff marked as employing or training refugees. */
  async showcase(query: {
    page: number;
    pageSize: number;
    townAgs?: string;
    wzSection?: string;
  }): Promise<{ rows: CompanyRow[]; total: number }> {
    const params: unknown[] = [];
    const where = ['c.showcase_opt_in', 'c.employs_refugees'];
    if (query.townAgs) {
      params.push(query.townAgs);
      where.push(
        `EXISTS (SELECT 1 FROM company_site s WHERE s.company_id = c.id AND s.town_ags = $${params.length})`,
      );
    }
    if (query.wzSection) {
      params.push(query.wzSection);
      where.push(`c.wz_section = $${params.length}`);
    }
    const [{ count }] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM company c WHERE ${where.join(' AND ')}`,
      params,
    );
    const rows = await this.dataSource.query(
      `SELECT ${COMPANY_SELECT} FROM company c LEFT JOIN company_logo lg ON lg.company_id = c.id
        WHERE ${where.join(' AND ')} ORDER BY lower(c.name), c.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, query.pageSize, (query.page - 1) * query.pageSize],
    );
    return { rows, total: count };
  }
}
