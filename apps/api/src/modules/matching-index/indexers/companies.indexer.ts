import { Injectable } from '@nestjs/common';
import type { Settings } from 'meilisearch';
import type { EntityManager } from 'typeorm';
import { listedOfferSql } from '../../../common/listed-offer.sql';
import { COMPANIES_INDEX, type CompanyDocument } from '../documents';
import { versionOf, type MatchingIndexer } from './indexer';

const SHAPE_VERSION = 1;

export const COMPANY_INDEX_SETTINGS: Settings = {
  searchableAttributes: ['name', 'townNames'],
  filterableAttributes: ['wzSection', 'sizeBand', 'languages', 'townAgs', '_geo'],
  sortableAttributes: ['_geo', 'openOffers', 'updatedAtTs'],
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 8, twoTypos: 12 } },
  pagination: { maxTotalHits: 1000 },
  faceting: { maxValuesPerFacet: 100 },
  searchCutoffMs: 200,
  localizedAttributes: [],
};

/** Firms checked by IBA staff or a coordinator (verified), with their public data only. */
@Injectable()
export class CompaniesIndexer implements MatchingIndexer<CompanyDocument> {
  readonly name = COMPANIES_INDEX;
  readonly entity = 'company' as const;
  readonly settings = COMPANY_INDEX_SETTINGS;

  version(): string {
    return versionOf(SHAPE_VERSION, this.settings);
  }

  async ids(db: EntityManager, after: string | null, limit: number): Promise<string[]> {
    const rows: Array<{ id: string }> = await db.query(
      `SELECT id FROM company WHERE verification_status = 'verified' AND ($1::uuid IS NULL OR id > $1::uuid)
        ORDER BY id LIMIT $2`,
      [after, limit],
    );
    return rows.map((r) => r.id);
  }

  async documents(ids: string[], db: EntityManager): Promise<CompanyDocument[]> {
    if (ids.length === 0) return [];
    const rows: Array<{
      id: string;
      name: string;
      wz_section: string | null;
      size_band: string | null;
      languages: string[];
      town_ags: string[];
      town_names: string[];
      lat: number | null;
      lon: number | null;
      open_offers: number;
      updated_ms: string;
    }> = await db.query(
      `SELECT c.id, c.name, c.wz_section, c.size_band, c.languages,
              coalesce(array_agg(DISTINCT s.town_ags) FILTER (WHERE s.town_ags IS NOT NULL), '{}') AS town_ags,
              coalesce(array_agg(DISTINCT t.name) FILTER (WHERE t.name IS NOT NULL), '{}') AS town_names,
              (SELECT m.lat FROM company_site m WHERE m.company_id = c.id ORDER BY m.is_main DESC, m.created_at, m.id LIMIT 1) AS lat,
              (SELECT m.lon FROM company_site m WHERE m.company_id = c.id ORDER BY m.is_main DESC, m.created_at, m.id LIMIT 1) AS lon,
              (SELECT count(*)::int FROM offer o WHERE o.company_id = c.id AND ${listedOfferSql('o')}) AS open_offers,
              (extract(epoch FROM c.updated_at) * 1000)::bigint::text AS updated_ms
         FROM company c
         LEFT JOIN company_site s ON s.company_id = c.id
         LEFT JOIN town t ON t.ags = s.town_ags
        WHERE c.id = ANY($1::uuid[]) AND c.verification_status = 'verified'
        GROUP BY c.id`,
      [ids],
    );
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      verified: true,
      wzSection: r.wz_section,
      sizeBand: r.size_band,
      languages: r.languages,
      townAgs: r.town_ags,
      townNames: r.town_names,
      _geo: r.lat === null || r.lon === null ? null : { lat: Number(r.lat), lng: Number(r.lon) },
      openOffers: r.open_offers,
      updatedAtTs: Number(r.updated_ms),
    }));
  }
}
