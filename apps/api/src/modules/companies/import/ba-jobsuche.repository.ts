import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { OccupationMapping, OfferKind } from '@passgenau/domain';
import type { OccupationLabel } from './occupation-matcher';
import type { TownCandidate } from './town-match';

export interface ImportedSite {
  postalCode: string | null;
  locality: string | null;
  street: string | null;
  townAgs: string | null;
  lat: number;
  lon: number;
  coordinatesEntered: boolean;
}

export interface ImportedOffer {
  companyId: string;
  siteId: string | null;
  kind: OfferKind;
  title: string;
  occupationCode: string | null;
  occupationMapping: OccupationMapping;
  occupationText: string | null;
  startsOn: string | null;
  publishedOn: string | null;
  modifiedAt: Date | null;
  externalUrl: string;
}

const SOURCE = 'ba-jobsuche';

/** Queries of the job-agency import; every write runs inside the caller's transaction. */
@Injectable()
export class BaJobsucheRepository {
  constructor(private readonly dataSource: DataSource) {}

  async occupationLabels(): Promise<OccupationLabel[]> {
    const rows: Array<{ code: string; text: string; preferred: boolean; curated: boolean }> =
      await this.dataSource.query(
        `SELECT c.code, l.text, l.preferred, c.curated_field IS NOT NULL AS curated
         FROM taxonomy_label l JOIN taxonomy_concept c ON c.id = l.concept_id
        WHERE c.kind = 'occupation' AND l.lang = 'de'`,
      );
    return rows;
  }

  async towns(): Promise<TownCandidate[]> {
    const rows: Array<{ ags: string; name: string; lat: number; lon: number; postal_codes: string[] }> =
      await this.dataSource.query(`SELECT ags, name, lat, lon, postal_codes FROM town`);
    return rows.map((r) => ({
      ags: r.ags,
      name: r.name,
      lat: r.lat,
      lon: r.lon,
      postalCodes: r.postal_codes,
    }));
  }

  /** Imports never run side by side: the second waits, so matching by name cannot create twins. */
  async lock(manager: EntityManager): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('passgenau:ba-jobsuche-import'))`);
  }

  async companyByHash(
    manager: EntityManager,
    hash: string,
  ): Promise<{ id: string; name: string; source: string } | null> {
    const [row] = await manager.query(`SELECT id, name, source FROM company WHERE ba_customer_hash = $1`, [
      hash,
    ]);
    return row ?? null;
  }

  /** A firm of the same name that no other job-agency customer number claims. */
  async companyByName(
    manager: EntityManager,
    name: string,
  ): Promise<{ id: string; ba_customer_hash: string | null } | null> {
    const [row] = await manager.query(
      `SELECT id, ba_customer_hash FROM company WHERE lower(btrim(name)) = lower(btrim($1))
        ORDER BY (ba_customer_hash IS NULL) DESC, created_at, id LIMIT 1`,
      [name],
    );
    return row ?? null;
  }

  async insertCompany(manager: EntityManager, name: string, hash: string | null): Promise<string> {
    const [row] = await manager.query(
      `INSERT INTO company (name, source, ba_customer_hash) VALUES ($1, $2, $3) RETURNING id`,
      [name, SOURCE, hash],
    );
    return row.id;
  }

  async setCompanyHash(manager: EntityManager, id: string, hash: string): Promise<void> {
    await manager.query(`UPDATE company SET ba_customer_hash = $2, updated_at = now() WHERE id = $1`, [
      id,
      hash,
    ]);
  }

  async renameImportedCompany(manager: EntityManager, id: string, name: string): Promise<void> {
    await manager.query(
      `UPDATE company SET name = $2, updated_at = now() WHERE id = $1 AND source = $3 AND name <> $2`,
      [id, name, SOURCE],
    );
  }

  /** The company's site at this address, created when missing. */
  async site(manager: EntityManager, companyId: string, site: ImportedSite): Promise<string> {
    const [existing] = await manager.query(
      `SELECT id FROM company_site
        WHERE company_id = $1 AND town_ags IS NOT DISTINCT FROM $2 AND postal_code IS NOT DISTINCT FROM $3
          AND street IS NOT DISTINCT FROM $4 AND locality IS NOT DISTINCT FROM $5
        ORDER BY created_at LIMIT 1`,
      [companyId, site.townAgs, site.postalCode, site.street, site.locality],
    );
    if (existing) {
      await manager.query(
        `UPDATE company_site SET lat = $2, lon = $3, coordinates_entered = $4, updated_at = now()
          WHERE id = $1 AND (lat, lon, coordinates_entered) IS DISTINCT FROM ($2::float8, $3::float8, $4::boolean)`,
        [existing.id, site.lat, site.lon, site.coordinatesEntered],
      );
      return existing.id;
    }
    const [row] = await manager.query(
      `INSERT INTO company_site (company_id, street, postal_code, locality, town_ags, lat, lon, coordinates_entered, is_main)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, NOT EXISTS (SELECT 1 FROM company_site WHERE company_id = $1)) RETURNING id`,
      [
        companyId,
        site.street,
        site.postalCode,
        site.locality,
        site.townAgs,
        site.lat,
        site.lon,
        site.coordinatesEntered,
      ],
    );
    return row.id;
  }

  async offerByRef(
    manager: EntityManager,
    refnr: string,
  ): Promise<{ id: string; kind: OfferKind; occupation_mapping: OccupationMapping } | null> {
    const [row] = await manager.query(
      `SELECT id, kind, occupation_mapping FROM offer WHERE source = $1 AND external_ref = $2 FOR UPDATE`,
      [SOURCE, refnr],
    );
    return row ?? null;
  }

  async insertOffer(
    manager: EntityManager,
    refnr: string,
    offer: ImportedOffer,
    createdBy: string,
  ): Promise<string> {
    const [row] = await manager.query(
      `INSERT INTO offer (company_id, site_id, kind, title, occupation_code, occupation_mapping, occupation_text, starts_on,
                          status, published_at, source, external_ref, external_url, external_modified_at, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'open', coalesce(($9::date)::timestamp AT TIME ZONE 'Europe/Berlin', now()),
               $10, $11, $12, $13, $14)
       RETURNING id`,
      [
        offer.companyId,
        offer.siteId,
        offer.kind,
        offer.title,
        offer.occupationCode,
        offer.occupationMapping,
        offer.occupationText,
        offer.startsOn,
        offer.publishedOn,
        SOURCE,
        refnr,
        offer.externalUrl,
        offer.modifiedAt,
        createdBy,
      ],
    );
    return row.id;
  }

  /** Writes the job agency's current data; true when anything changed. The status stays as staff or the firm set it. */
  async updateOffer(manager: EntityManager, id: string, offer: ImportedOffer): Promise<boolean> {
    const [rows] = await manager.query(
      `UPDATE offer SET company_id = $2, site_id = $3, kind = $4, title = $5, occupation_code = $6, occupation_mapping = $7,
              occupation_text = $8, starts_on = $9,
              published_at = coalesce(($10::date)::timestamp AT TIME ZONE 'Europe/Berlin', published_at),
              external_url = $11, external_modified_at = $12, updated_at = now()
        WHERE id = $1
          AND (company_id, site_id, kind, title, occupation_code, occupation_mapping, occupation_text, starts_on,
               published_at, external_url, external_modified_at)
              IS DISTINCT FROM
              ($2::uuid, $3::uuid, $4::text, $5::text, $6::text, $7::text, $8::text, $9::date,
               coalesce(($10::date)::timestamp AT TIME ZONE 'Europe/Berlin', published_at), $11::text, $12::timestamptz)
        RETURNING id`,
      [
        id,
        offer.companyId,
        offer.siteId,
        offer.kind,
        offer.title,
        offer.occupationCode,
        offer.occupationMapping,
        offer.occupationText,
        offer.startsOn,
        offer.publishedOn,
        offer.externalUrl,
        offer.modifiedAt,
      ],
    );
    return rows.length > 0;
  }
}
