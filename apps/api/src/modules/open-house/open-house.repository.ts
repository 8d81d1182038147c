import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { TravelMode, TimeWindow } from '@passgenau/domain';
import { listedOfferSql } from '../../common/listed-offer.sql';

export interface DayRow {
  id: string;
  title: string;
  day: string;
  planned_at: Date | null;
  plan_score: number | null;
  plan_bound: number | null;
  plan_status: string | null;
  sites: number;
  registrations: number;
}

export interface SiteRow {
  id: string;
  day_id: string;
  kind: 'firm' | 'housing';
  company_id: string | null;
  name: string;
  town_ags: string;
  town_name: string;
  lat: number;
  lon: number;
  openings: TimeWindow[];
  capacity: number;
  slot_minutes: number;
}

export interface GroupRow {
  id: string;
  day_id: string;
  housing_site_id: string;
  mentor_account_id: string | null;
  mentor_name: string | null;
  companions: number;
  travel_mode: TravelMode;
  radius_km: number;
  available_start: number;
  available_end: number;
  max_visits: number;
  lat: number;
  lon: number;
}

export interface RegistrationRow {
  id: string;
  day_id: string;
  candidate_id: string;
  group_id: string | null;
  travel_mode: TravelMode;
  radius_km: number;
  start_lat: number;
  start_lon: number;
  start_town_name: string | null;
  available_start: number;
  available_end: number;
  max_visits: number;
  needs_interpreter: boolean;
  interpreter_language: string | null;
  show_first_name: boolean;
  pseudonym: string | null;
  given_name: string;
  languages: string[];
}

export interface VisitRow {
  party: string;
  site_id: string;
  start_minute: number;
  end_minute: number;
  score: number;
  manual: boolean;
}

export interface NewRegistration {
  dayId: string;
  candidateId: string;
  groupId: string | null;
  registeredBy: string;
  travelMode: TravelMode;
  radiusKm: number;
  startLat: number;
  startLon: number;
  startTownAgs: string | null;
  availableStart: number;
  availableEnd: number;
  maxVisits: number;
  needsInterpreter: boolean;
  interpreterLanguage: string | null;
  showFirstName: boolean;
}

const DAY_COLUMNS = `d.id, d.title, d.day::text AS day, d.planned_at, d.plan_score, d.plan_bound, d.plan_status,
  (SELECT count(*)::int FROM open_house_site s WHERE s.day_id = d.id) AS sites,
  (SELECT count(*)::int FROM open_house_registration r WHERE r.day_id = d.id) AS registrations`;

/** Every query of open-house days: sites, groups, registrations and the stored visits. */
@Injectable()
export class OpenHouseRepository {
  constructor(private readonly dataSource: DataSource) {}

  private db(manager?: EntityManager) {
    return manager ?? this.dataSource.manager;
  }

  async createDay(title: string, day: string, accountId: string): Promise<DayRow> {
    const [row] = await this.dataSource.query(
      `INSERT INTO open_house_day (title, day, created_by_account_id) VALUES ($1, $2, $3) RETURNING id`,
      [title, day, accountId],
    );
    return (await this.day(row.id))!;
  }

  listDays(): Promise<DayRow[]> {
    return this.dataSource.query(
      `SELECT ${DAY_COLUMNS} FROM open_house_day d ORDER BY d.day DESC, d.created_at DESC LIMIT 200`,
    );
  }

  async day(id: string, manager?: EntityManager): Promise<DayRow | null> {
    const [row] = await this.db(manager).query(
      `SELECT ${DAY_COLUMNS} FROM open_house_day d WHERE d.id = $1`,
      [id],
    );
    return row ?? null;
  }

  /** Days the candidate is registered for, alone or in a group. */
  daysOfCandidate(candidateId: string): Promise<Array<{ id: string; title: string; day: string }>> {
    return this.dataSource.query(
      `SELECT d.id, d.title, d.day::text AS day FROM open_house_day d
         JOIN open_house_registration r ON r.day_id = d.id AND r.candidate_id = $1
        ORDER BY d.day DESC`,
      [candidateId],
    );
  }

  sites(dayId: string, manager?: EntityManager): Promise<SiteRow[]> {
    return this.db(manager).query(
      `SELECT s.id, s.day_id, s.kind, s.company_id, s.name, s.town_ags, t.name AS town_name, s.lat, s.lon,
              s.openings, s.capacity, s.slot_minutes
         FROM open_house_site s JOIN town t ON t.ags = s.town_ags
        WHERE s.day_id = $1 ORDER BY t.name, s.name, s.created_at`,
      [dayId],
    );
  }

  async companySite(
    id: string,
  ): Promise<{
    company_id: string;
    company_name: string;
    town_ags: string | null;
    lat: number;
    lon: number;
  } | null> {
    const [row] = await this.dataSource.query(
      `SELECT s.company_id, c.name AS company_name, s.town_ags, s.lat, s.lon
         FROM company_site s JOIN company c ON c.id = s.company_id WHERE s.id = $1`,
      [id],
    );
    return row ?? null;
  }

  async town(ags: string): Promise<{ ags: string; name: string; lat: number; lon: number } | null> {
    const [row] = await this.dataSource.query(`SELECT ags, name, lat, lon FROM town WHERE ags = $1`, [ags]);
    return row ?? null;
  }

  /** The town of the candidate's profile (their start when they give none). */
  async homeTown(
    candidateId: string,
  ): Promise<{ ags: string; name: string; lat: number; lon: number } | null> {
    const [row] = await this.dataSource.query(
      `SELECT t.ags, t.name, t.lat, t.lon FROM candidate_profile p JOIN town t ON t.ags = p.home_town_ags
        WHERE p.candidate_id = $1`,
      [candidateId],
    );
    return row ?? null;
  }

  async candidateExists(candidateId: string): Promise<boolean> {
    return (await this.dataSource.query(`SELECT 1 FROM candidate WHERE id = $1`, [candidateId])).length > 0;
  }

  async insertSite(values: {
    dayId: string;
    kind: 'firm' | 'housing';
    companyId: string | null;
    companySiteId: string | null;
    name: string;
    townAgs: string;
    lat: number;
    lon: number;
    openings: TimeWindow[];
    capacity: number;
    slotMinutes: number;
  }): Promise<string> {
    const [row] = await this.dataSource.query(
      `INSERT INTO open_house_site (day_id, kind, company_id, company_site_id, name, town_ags, lat, lon, openings, capacity, slot_minutes)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10, $11) RETURNING id`,
      [
        values.dayId,
        values.kind,
        values.companyId,
        values.companySiteId,
        values.name,
        values.townAgs,
        values.lat,
        values.lon,
        JSON.stringify(values.openings),
        values.capacity,
        values.slotMinutes,
      ],
    );
    return row.id;
  }

  groups(dayId: string, manager?: EntityManager): Promise<GroupRow[]> {
    return this.db(manager).query(
      `SELECT g.id, g.day_id, g.housing_site_id, g.mentor_account_id, a.display_name AS mentor_name, g.companions,
              g.travel_mode, g.radius_km, g.available_start, g.available_end, g.max_visits, s.lat, s.lon
         FROM open_house_group g JOIN open_house_site s ON s.id = g.housing_site_id
         LEFT JOIN account a ON a.id = g.mentor_account_id
        WHERE g.day_id = $1 ORDER BY g.created_at, g.id`,
      [dayId],
    );
  }

  async insertGroup(
    values: {
      dayId: string;
      housingSiteId: string;
      mentorAccountId: string | null;
      companions: number;
      travelMode: TravelMode;
      radiusKm: number;
      availableStart: number;
      availableEnd: number;
      maxVisits: number;
    },
    manager: EntityManager,
  ): Promise<string> {
    const [row] = await manager.query(
      `INSERT INTO open_house_group (day_id, housing_site_id, mentor_account_id, companions, travel_mode, radius_km, available_start, available_end, max_visits)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [
        values.dayId,
        values.housingSiteId,
        values.mentorAccountId,
        values.companions,
        values.travelMode,
        values.radiusKm,
        values.availableStart,
        values.availableEnd,
        values.maxVisits,
      ],
    );
    return row.id;
  }

  /** Inserts the registration; false when the candidate is registered for the day already. */
  async insertRegistration(values: NewRegistration, manager?: EntityManager): Promise<string | null> {
    const [row] = await this.db(manager).query(
      `INSERT INTO open_house_registration (day_id, candidate_id, group_id, registered_by_account_id, travel_mode, radius_km,
              start_lat, start_lon, start_town_ags, available_start, available_end, max_visits, needs_interpreter,
              interpreter_language, show_first_name)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
       ON CONFLICT ON CONSTRAINT open_house_registration_once DO NOTHING RETURNING id`,
      [
        values.dayId,
        values.candidateId,
        values.groupId,
        values.registeredBy,
        values.travelMode,
        values.radiusKm,
        values.startLat,
        values.startLon,
        values.startTownAgs,
        values.availableStart,
        values.availableEnd,
        values.maxVisits,
        values.needsInterpreter,
        values.interpreterLanguage,
        values.showFirstName,
      ],
    );
    return row?.id ?? null;
  }

  registrations(dayId: string, manager?: EntityManager): Promise<RegistrationRow[]> {
    return this.db(manager).query(
      `SELECT r.id, r.day_id, r.candidate_id, r.group_id, r.travel_mode, r.radius_km, r.start_lat, r.start_lon,
              t.name AS start_town_name, r.available_start, r.available_end, r.max_visits, r.needs_interpreter,
              r.interpreter_language, r.show_first_name, p.pseudonym, c.given_name,
              ARRAY(SELECT l.language FROM profile_language l WHERE l.candidate_id = r.candidate_id ORDER BY l.native DESC, l.language) AS languages
         FROM open_house_registration r
         JOIN candidate c ON c.id = r.candidate_id
         LEFT JOIN candidate_profile p ON p.candidate_id = r.candidate_id
         LEFT JOIN town t ON t.ags = r.start_town_ags
        WHERE r.day_id = $1 ORDER BY r.created_at, r.id`,
      [dayId],
    );
  }

  visits(dayId: string, manager?: EntityManager): Promise<VisitRow[]> {
    return this.db(manager).query(
      `SELECT party, site_id, start_minute, end_minute, score, manual FROM open_house_visit
        WHERE day_id = $1 ORDER BY party, start_minute`,
      [dayId],
    );
  }

  async replaceVisits(dayId: string, visits: VisitRow[], manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM open_house_visit WHERE day_id = $1`, [dayId]);
    if (visits.length === 0) return;
    await manager.query(
      `INSERT INTO open_house_visit (day_id, party, site_id, start_minute, end_minute, score, manual)
       SELECT $1, * FROM unnest($2::text[], $3::uuid[], $4::int[], $5::int[], $6::float8[], $7::bool[])`,
      [
        dayId,
        visits.map((v) => v.party),
        visits.map((v) => v.site_id),
        visits.map((v) => v.start_minute),
        visits.map((v) => v.end_minute),
        visits.map((v) => v.score),
        visits.map((v) => v.manual),
      ],
    );
  }

  async savePlanFigures(
    dayId: string,
    figures: { score: number; bound: number | null; status: string | null; reached: number },
    manager: EntityManager,
    planned: boolean,
  ): Promise<void> {
    await manager.query(
      `UPDATE open_house_day SET plan_score = $2, plan_bound = coalesce($3, plan_bound), plan_status = coalesce($4, plan_status),
              plan_reached = $5, planned_at = CASE WHEN $6 THEN now() ELSE planned_at END WHERE id = $1`,
      [dayId, figures.score, figures.bound, figures.status, figures.reached, planned],
    );
  }

  /** Listed offers of these firms (what a firm shows on the day). */
  async listedOffersOf(companyIds: string[]): Promise<Array<{ id: string; company_id: string }>> {
    if (companyIds.length === 0) return [];
    return this.dataSource.query(
      `SELECT o.id, o.company_id FROM offer o WHERE o.company_id = ANY($1::uuid[]) AND ${listedOfferSql('o')}
        ORDER BY o.created_at LIMIT 2000`,
      [companyIds],
    );
  }

  /** Locks the day for a plan run or an edit (one at a time). */
  async lockDay(dayId: string, manager: EntityManager): Promise<boolean> {
    return (await manager.query(`SELECT 1 FROM open_house_day WHERE id = $1 FOR UPDATE`, [dayId])).length > 0;
  }
}
