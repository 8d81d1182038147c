import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { EventKind, EventStatus, RegistrationKind, RegistrationStatus } from './dto/events.dto';

export interface EventRow {
  id: string;
  kind: EventKind;
  title: string;
  description: string;
  town_ags: string;
  town_name: string;
  venue: string;
  day: string;
  starts_at: string;
  ends_at: string;
  rounds: number | null;
  round_minutes: number | null;
  break_minutes: number;
  firm_capacity: number;
  candidate_capacity: number;
  languages: string[];
  registration_opens_on: string | null;
  registration_closes_on: string | null;
  status: EventStatus;
  schedule_score: number | null;
  schedule_bound: number | null;
  schedule_status: string | null;
  schedule_method: string | null;
  schedule_generated_at: Date | null;
  schedule_published_at: Date | null;
  firms_confirmed: number;
  candidates_confirmed: number;
  firms_waiting: number;
  candidates_waiting: number;
}

export interface InterpreterRow {
  id: string;
  event_id: string;
  name: string;
  languages: string[];
  from_time: string;
  to_time: string;
}

export interface RegistrationRow {
  id: string;
  event_id: string;
  kind: RegistrationKind;
  company_id: string | null;
  candidate_id: string | null;
  registered_by: string | null;
  status: RegistrationStatus;
  code: string;
  offer_ids: string[];
  languages: string[];
  show_first_name: boolean;
  must_meet: string[];
  must_not: string[];
  absent_rounds: number[];
  walk_in: boolean;
  checked_in_at: Date | null;
  no_show_at: Date | null;
  created_at: Date;
  /** Firm name, for firms. */
  company_name: string | null;
  pseudonym: string | null;
  given_name: string | null;
  family_name: string | null;
  /** Position among the event's live registrations of its kind (firms: the table number). */
  seq: number;
  waiting_position: number;
}

export interface MeetingRow {
  round: number;
  firm_registration_id: string;
  candidate_registration_id: string;
  score: number;
  language: string | null;
  interpreter: string | null;
}

export interface EventWrite {
  kind: EventKind;
  title: string;
  description: string;
  townAgs: string;
  venue: string;
  day: string;
  startsAt: string;
  endsAt: string;
  rounds: number | null;
  roundMinutes: number | null;
  breakMinutes: number;
  firmCapacity: number;
  candidateCapacity: number;
  languages: string[];
  registrationOpensOn: string | null;
  registrationClosesOn: string | null;
  interpreters: Array<{ name: string; languages: string[]; fromTime: string; toTime: string }>;
}

const EVENT_SELECT = `
  SELECT e.*, e.day::text AS day, e.registration_opens_on::text AS registration_opens_on,
         e.registration_closes_on::text AS registration_closes_on, t.name AS town_name,
         (SELECT count(*)::int FROM event_registration r WHERE r.event_id = e.id AND r.kind = 'firm' AND r.status = 'confirmed') AS firms_confirmed,
         (SELECT count(*)::int FROM event_registration r WHERE r.event_id = e.id AND r.kind = 'candidate' AND r.status = 'confirmed') AS candidates_confirmed,
         (SELECT count(*)::int FROM event_registration r WHERE r.event_id = e.id AND r.kind = 'firm' AND r.status = 'waiting') AS firms_waiting,
         (SELECT count(*)::int FROM event_registration r WHERE r.event_id = e.id AND r.kind = 'candidate' AND r.status = 'waiting') AS candidates_waiting
    FROM event e JOIN town t ON t.ags = e.town_ags`;

/**
 * Live registrations are numbered by registration time per kind: a firm's number is its table.
 * Cancelled ones keep no number. The waiting position counts the waiting ones only.
 */
const REGISTRATION_SELECT = `
  SELECT r.*, c.name AS company_name, p.pseudonym, k.given_name, k.family_name,
         CASE WHEN r.status = 'cancelled' THEN 0 ELSE (row_number() OVER (PARTITION BY r.event_id, r.kind, r.status = 'cancelled' ORDER BY r.created_at, r.id))::int END AS seq,
         CASE WHEN r.status = 'waiting' THEN (row_number() OVER (PARTITION BY r.event_id, r.kind, r.status ORDER BY r.created_at, r.id))::int ELSE 0 END AS waiting_position
    FROM event_registration r
    LEFT JOIN company c ON c.id = r.company_id
    LEFT JOIN candidate k ON k.id = r.candidate_id
    LEFT JOIN candidate_profile p ON p.candidate_id = r.candidate_id`;

@Injectable()
export class EventsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private db(manager?: EntityManager) {
    return manager ?? this.dataSource.manager;
  }

  list(options: { includeDrafts: boolean; status?: EventStatus }): Promise<EventRow[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (!options.includeDrafts) where.push(`e.status <> 'draft'`);
    if (options.status) {
      params.push(options.status);
      where.push(`e.status = $${params.length}`);
    }
    return this.dataSource.query(
      `${EVENT_SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY e.day, e.starts_at, e.id LIMIT 500`,
      params,
    );
  }

  async find(id: string, manager?: EntityManager, lock = false): Promise<EventRow | null> {
    if (lock) await this.db(manager).query(`SELECT 1 FROM event WHERE id = $1 FOR UPDATE`, [id]);
    const [row] = await this.db(manager).query(`${EVENT_SELECT} WHERE e.id = $1`, [id]);
    return row ?? null;
  }

  townExists(ags: string): Promise<boolean> {
    return this.dataSource.query(`SELECT 1 FROM town WHERE ags = $1`, [ags]).then((r) => r.length > 0);
  }

  async insert(values: EventWrite, createdBy: string, manager: EntityManager): Promise<string> {
    const [{ id }] = await manager.query(
      `INSERT INTO event (kind, title, description, town_ags, venue, day, starts_at, ends_at, rounds, round_minutes,
                          break_minutes, firm_capacity, candidate_capacity, languages, registration_opens_on,
                          registration_closes_on, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) RETURNING id`,
      [...this.columns(values), createdBy],
    );
    await this.replaceInterpreters(id, values.interpreters, manager);
    return id;
  }

  async update(id: string, values: EventWrite, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE event SET kind = $1, title = $2, description = $3, town_ags = $4, venue = $5, day = $6, starts_at = $7,
              ends_at = $8, rounds = $9, round_minutes = $10, break_minutes = $11, firm_capacity = $12,
              candidate_capacity = $13, languages = $14, registration_opens_on = $15, registration_closes_on = $16,
              updated_at = now()
        WHERE id = $17`,
      [...this.columns(values), id],
    );
    await this.replaceInterpreters(id, values.interpreters, manager);
  }

  private columns(v: EventWrite): unknown[] {
    return [
      v.kind,
      v.title,
      v.description,
      v.townAgs,
      v.venue,
      v.day,
      v.startsAt,
      v.endsAt,
      v.rounds,
      v.roundMinutes,
      v.breakMinutes,
      v.firmCapacity,
      v.candidateCapacity,
      v.languages,
      v.registrationOpensOn,
      v.registrationClosesOn,
    ];
  }

  private async replaceInterpreters(
    eventId: string,
    list: EventWrite['interpreters'],
    manager: EntityManager,
  ) {
    await manager.query(`DELETE FROM event_interpreter WHERE event_id = $1`, [eventId]);
    for (const i of list)
      await manager.query(
        `INSERT INTO event_interpreter (event_id, name, languages, from_time, to_time) VALUES ($1, $2, $3, $4, $5)`,
        [eventId, i.name, i.languages, i.fromTime, i.toTime],
      );
  }

  interpreters(eventId: string, manager?: EntityManager): Promise<InterpreterRow[]> {
    return this.db(manager).query(
      `SELECT * FROM event_interpreter WHERE event_id = $1 ORDER BY from_time, name, id`,
      [eventId],
    );
  }

  async setStatus(id: string, status: EventStatus, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE event SET status = $2, updated_at = now() WHERE id = $1`, [id, status]);
  }

  registrations(eventId: string, manager?: EntityManager): Promise<RegistrationRow[]> {
    return this.db(manager).query(
      `SELECT * FROM (${REGISTRATION_SELECT} WHERE r.event_id = $1) x ORDER BY x.kind DESC, x.status, x.seq, x.created_at`,
      [eventId],
    );
  }

  async registration(eventId: string, id: string, manager?: EntityManager): Promise<RegistrationRow | null> {
    const [row] = await this.db(manager).query(
      `SELECT * FROM (${REGISTRATION_SELECT} WHERE r.event_id = $1) x WHERE x.id = $2`,
      [eventId, id],
    );
    return row ?? null;
  }

  async liveRegistrationOf(
    eventId: string,
    who: { companyId?: string; candidateId?: string },
    manager?: EntityManager,
  ): Promise<RegistrationRow | null> {
    const rows = await this.registrations(eventId, manager);
    return (
      rows.find(
        (r) =>
          r.status !== 'cancelled' &&
          ((who.companyId && r.company_id === who.companyId) ||
            (who.candidateId && r.candidate_id === who.candidateId)),
      ) ?? null
    );
  }

  /** Registrations of the caller: their firm's, their own, or those of candidates a mentor may act for. */
  mine(
    eventId: string,
    who: { companyId: string | null; candidateId: string | null; mentorAccountId: string | null },
  ): Promise<RegistrationRow[]> {
    return this.dataSource.query(
      `SELECT * FROM (${REGISTRATION_SELECT} WHERE r.event_id = $1) x
        WHERE x.status <> 'cancelled'
          AND (x.company_id = $2 OR x.candidate_id = $3
               OR ($4::uuid IS NOT NULL AND EXISTS (SELECT 1 FROM mentorship m WHERE m.candidate_id = x.candidate_id
                                                   AND m.mentor_account_id = $4 AND m.withdrawn_at IS NULL)))
        ORDER BY x.kind DESC, x.created_at`,
      [eventId, who.companyId, who.candidateId, who.mentorAccountId],
    );
  }

  countLive(
    eventId: string,
    kind: RegistrationKind,
    status: RegistrationStatus,
    manager: EntityManager,
  ): Promise<number> {
    return manager
      .query(
        `SELECT count(*)::int AS n FROM event_registration WHERE event_id = $1 AND kind = $2 AND status = $3`,
        [eventId, kind, status],
      )
      .then(([r]) => r.n);
  }

  async codeTaken(eventId: string, code: string, manager: EntityManager): Promise<boolean> {
    const rows = await manager.query(`SELECT 1 FROM event_registration WHERE event_id = $1 AND code = $2`, [
      eventId,
      code,
    ]);
    return rows.length > 0;
  }

  async insertRegistration(
    values: {
      eventId: string;
      kind: RegistrationKind;
      companyId: string | null;
      candidateId: string | null;
      registeredBy: string;
      status: RegistrationStatus;
      code: string;
      offerIds: string[];
      languages: string[];
      showFirstName: boolean;
      walkIn: boolean;
      checkedIn: boolean;
    },
    manager: EntityManager,
  ): Promise<string> {
    const [{ id }] = await manager.query(
      `INSERT INTO event_registration (event_id, kind, company_id, candidate_id, registered_by, status, code, offer_ids,
                                       languages, show_first_name, walk_in, checked_in_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, CASE WHEN $12 THEN now() END) RETURNING id`,
      [
        values.eventId,
        values.kind,
        values.companyId,
        values.candidateId,
        values.registeredBy,
        values.status,
        values.code,
        values.offerIds,
        values.languages,
        values.showFirstName,
        values.walkIn,
        values.checkedIn,
      ],
    );
    return id;
  }

  async setRegistrationStatus(id: string, status: RegistrationStatus, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE event_registration SET status = $2, updated_at = now() WHERE id = $1`, [
      id,
      status,
    ]);
  }

  /** The first on the waiting list of this kind (locked), or null. */
  async firstWaiting(
    eventId: string,
    kind: RegistrationKind,
    manager: EntityManager,
  ): Promise<string | null> {
    const [row] = await manager.query(
      `SELECT id FROM event_registration WHERE event_id = $1 AND kind = $2 AND status = 'waiting'
        ORDER BY created_at, id LIMIT 1 FOR UPDATE`,
      [eventId, kind],
    );
    return row?.id ?? null;
  }

  async setWishes(id: string, column: 'must_meet' | 'must_not', ids: string[]): Promise<void> {
    await this.dataSource.query(
      `UPDATE event_registration SET ${column} = $2, updated_at = now() WHERE id = $1`,
      [id, ids],
    );
  }

  async setAbsent(id: string, rounds: number[]): Promise<void> {
    await this.dataSource.query(
      `UPDATE event_registration SET absent_rounds = $2, updated_at = now() WHERE id = $1`,
      [id, rounds],
    );
  }

  async setAttendance(id: string, what: 'check_in' | 'no_show', manager?: EntityManager): Promise<void> {
    await this.db(manager).query(
      what === 'check_in'
        ? `UPDATE event_registration SET checked_in_at = now(), no_show_at = NULL, updated_at = now() WHERE id = $1`
        : `UPDATE event_registration SET no_show_at = now(), checked_in_at = NULL, updated_at = now() WHERE id = $1`,
      [id],
    );
  }

  /** Open offers of the company among these ids, with their titles. */
  openOffersOf(companyId: string, ids: string[]): Promise<Array<{ id: string; title: string }>> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT id, title FROM offer WHERE company_id = $1 AND id = ANY($2::uuid[]) AND status = 'open'`,
      [companyId, ids],
    );
  }

  offerTitles(ids: string[]): Promise<Array<{ id: string; title: string }>> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.query(`SELECT id, title FROM offer WHERE id = ANY($1::uuid[])`, [ids]);
  }

  /** Languages of candidates' profiles: native ones first, then by level; and the German level. */
  candidateLanguages(
    candidateIds: string[],
  ): Promise<Array<{ candidate_id: string; language: string; native: boolean; overall: string | null }>> {
    if (candidateIds.length === 0) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT candidate_id, language, native, overall FROM profile_language WHERE candidate_id = ANY($1::uuid[])
        ORDER BY candidate_id, native DESC, overall DESC NULLS LAST, language`,
      [candidateIds],
    );
  }

  meetings(eventId: string, manager?: EntityManager): Promise<MeetingRow[]> {
    return this.db(manager).query(
      `SELECT round, firm_registration_id, candidate_registration_id, score, language, interpreter
         FROM event_meeting WHERE event_id = $1 ORDER BY round, firm_registration_id`,
      [eventId],
    );
  }

  async replaceMeetings(eventId: string, meetings: MeetingRow[], manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM event_meeting WHERE event_id = $1`, [eventId]);
    if (meetings.length === 0) return;
    await manager.query(
      `INSERT INTO event_meeting (event_id, round, firm_registration_id, candidate_registration_id, score, language, interpreter)
       SELECT $1, * FROM unnest($2::int[], $3::uuid[], $4::uuid[], $5::float8[], $6::text[], $7::text[])`,
      [
        eventId,
        meetings.map((m) => m.round),
        meetings.map((m) => m.firm_registration_id),
        meetings.map((m) => m.candidate_registration_id),
        meetings.map((m) => m.score),
        meetings.map((m) => m.language),
        meetings.map((m) => m.interpreter),
      ],
    );
  }

  async deleteMeetingsOf(registrationId: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `DELETE FROM event_meeting WHERE firm_registration_id = $1 OR candidate_registration_id = $1`,
      [registrationId],
    );
  }

  async setScheduleResult(
    eventId: string,
    values: {
      score: number;
      bound: number;
      status: string;
      method: string;
      published: 'keep' | 'clear' | 'now';
    },
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `UPDATE event SET schedule_score = $2, schedule_bound = $3, schedule_status = $4, schedule_method = $5,
              schedule_generated_at = now(),
              schedule_published_at = CASE $6 WHEN 'clear' THEN NULL WHEN 'now' THEN now() ELSE schedule_published_at END
        WHERE id = $1`,
      [eventId, values.score, values.bound, values.status, values.method, values.published],
    );
  }

  async publish(eventId: string, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE event SET schedule_published_at = now() WHERE id = $1`, [eventId]);
  }

  /** Who gets an event's notification for a registration: the firm's active accounts or the candidate's account. */
  recipients(
    registrationIds: string[],
    manager?: EntityManager,
  ): Promise<Array<{ registration_id: string; email: string; preferred_language: string | null }>> {
    if (registrationIds.length === 0) return Promise.resolve([]);
    return this.db(manager).query(
      `SELECT r.id AS registration_id, a.email, a.preferred_language
         FROM event_registration r
         JOIN account a ON (r.kind = 'firm' AND a.company_id = r.company_id AND a.role = 'employer')
                        OR (r.kind = 'candidate' AND a.id = (SELECT account_id FROM candidate WHERE id = r.candidate_id))
        WHERE r.id = ANY($1::uuid[]) AND a.disabled_at IS NULL AND a.email IS NOT NULL
        ORDER BY r.id, a.email`,
      [registrationIds],
    );
  }

  /** Events of that day not reminded yet (locked, skipping ones another worker holds). */
  dueReminders(day: string, manager: EntityManager): Promise<Array<{ id: string }>> {
    return manager.query(
      `SELECT id FROM event WHERE day = $1 AND status IN ('open', 'closed') AND reminder_sent_at IS NULL
        FOR UPDATE SKIP LOCKED`,
      [day],
    );
  }

  async markReminded(eventId: string, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE event SET reminder_sent_at = now() WHERE id = $1`, [eventId]);
  }

  mentorOf(mentorAccountId: string, candidateId: string): Promise<boolean> {
    return this.dataSource
      .query(
        `SELECT 1 FROM mentorship WHERE candidate_id = $1 AND mentor_account_id = $2 AND withdrawn_at IS NULL`,
        [candidateId, mentorAccountId],
      )
      .then((r) => r.length > 0);
  }

  companyVerification(companyId: string): Promise<string | null> {
    return this.dataSource
      .query(`SELECT verification_status FROM company WHERE id = $1`, [companyId])
      .then(([r]) => r?.verification_status ?? null);
  }

  candidateExists(candidateId: string): Promise<boolean> {
    return this.dataSource
      .query(`SELECT 1 FROM candidate WHERE id = $1`, [candidateId])
      .then((r) => r.length > 0);
  }
}
