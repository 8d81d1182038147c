import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { OfferKind } from '@passgenau/domain';
import { listedOfferSql } from '../../common/listed-offer.sql';

export interface FirmRegistrationRow {
  id: string;
  company_id: string;
  company_name: string;
  /** The offers the firm brings; all its listed offers when it chose none. */
  offer_ids: string[];
  offer_titles: string[];
}

export interface GuestFirmRow {
  id: string;
  event_id: string;
  name: string;
  town_ags: string;
  town_name: string;
  lat: number;
  lon: number;
  offer_kind: OfferKind;
  occupation_codes: string[];
  competence_codes: string[];
  created_at: Date;
}

export interface GuestFirmWrite {
  name: string;
  townAgs: string;
  offerKind: OfferKind;
  occupationCodes: string[];
  competenceCodes: string[];
}

/** The firms of an event that staff print match lists for: registered ones and guests. */
@Injectable()
export class EventFirmsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Confirmed firm registrations, in the order they registered, with the listed offers they bring. */
  firmRegistrations(eventId: string): Promise<FirmRegistrationRow[]> {
    return this.dataSource.query(
      `WITH f AS (
         SELECT r.id, r.company_id, c.name AS company_name, r.created_at,
                ARRAY(SELECT o.id::text FROM offer o
                       WHERE o.company_id = r.company_id AND ${listedOfferSql('o')}
                         AND (cardinality(r.offer_ids) = 0 OR o.id = ANY(r.offer_ids))
                       ORDER BY o.created_at, o.id) AS offer_ids
           FROM event_registration r JOIN company c ON c.id = r.company_id
          WHERE r.event_id = $1 AND r.kind = 'firm' AND r.status = 'confirmed')
       SELECT f.id, f.company_id, f.company_name, f.offer_ids,
              ARRAY(SELECT o.title FROM offer o WHERE o.id = ANY(f.offer_ids::uuid[]) ORDER BY o.created_at, o.id) AS offer_titles
         FROM f ORDER BY f.created_at, f.id`,
      [eventId],
    );
  }

  private readonly guestSelect = `
    SELECT g.id, g.event_id, g.name, g.town_ags, t.name AS town_name, t.lat, t.lon, g.offer_kind,
           g.occupation_codes, g.competence_codes, g.created_at
      FROM event_guest_firm g JOIN town t ON t.ags = g.town_ags`;

  guestFirms(eventId: string): Promise<GuestFirmRow[]> {
    return this.dataSource.query(`${this.guestSelect} WHERE g.event_id = $1 ORDER BY g.created_at, g.id`, [eventId]);
  }

  async guestFirm(eventId: string, id: string): Promise<GuestFirmRow | null> {
    const [row] = await this.dataSource.query(`${this.guestSelect} WHERE g.event_id = $1 AND g.id = $2`, [eventId, id]);
    return row ?? null;
  }

  async firmRegistration(eventId: string, id: string): Promise<FirmRegistrationRow | null> {
    return (await this.firmRegistrations(eventId)).find((r) => r.id === id) ?? null;
  }

  async townExists(ags: string): Promise<boolean> {
    return (await this.dataSource.query(`SELECT 1 FROM town WHERE ags = $1`, [ags])).length > 0;
  }

  /** Which of the codes are concepts of this kind in the taxonomy. */
  async knownCodes(codes: string[], kind: 'occupation' | 'skill'): Promise<Set<string>> {
    if (codes.length === 0) return new Set();
    const rows: Array<{ code: string }> = await this.dataSource.query(
      `SELECT code FROM taxonomy_concept WHERE code = ANY($1) AND kind = $2`,
      [codes, kind],
    );
    return new Set(rows.map((r) => r.code));
  }

  /** The essential ESCO skills of each occupation (at most `limit` each, by code). */
  async essentialSkills(occupationCodes: string[], limit: number): Promise<Map<string, string[]>> {
    if (occupationCodes.length === 0) return new Map();
    const rows: Array<{ occupation_code: string; skills: string[] }> = await this.dataSource.query(
      `SELECT occupation_code, (array_agg(skill_code ORDER BY skill_code))[1:$2] AS skills
         FROM occupation_skill WHERE occupation_code = ANY($1) AND essential GROUP BY occupation_code`,
      [occupationCodes, limit],
    );
    return new Map(rows.map((r) => [r.occupation_code, r.skills]));
  }

  async insertGuest(eventId: string, values: GuestFirmWrite, accountId: string): Promise<string> {
    const [row] = await this.dataSource.query(
      `INSERT INTO event_guest_firm (event_id, name, town_ags, offer_kind, occupation_codes, competence_codes, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [eventId, values.name, values.townAgs, values.offerKind, values.occupationCodes, values.competenceCodes, accountId],
    );
    return row.id;
  }

  async deleteGuest(eventId: string, id: string): Promise<boolean> {
    const [, count] = await this.dataSource.query(
      `DELETE FROM event_guest_firm WHERE event_id = $1 AND id = $2 RETURNING id`,
      [eventId, id],
    );
    return count > 0;
  }
}
