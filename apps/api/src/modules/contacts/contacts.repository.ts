import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { visibleToEmployersSql } from '../candidates/candidate-access.service';

/** Statuses in which a request counts as open for the one-open-request rule. */
export const PENDING_STATUSES = ['awaiting_broker', 'open'] as const;

/** Rows an UPDATE or DELETE … RETURNING touched (TypeORM answers those with `[rows, count]`). */
function affected(result: unknown): number {
  if (
    Array.isArray(result) &&
    result.length === 2 &&
    Array.isArray(result[0]) &&
    typeof result[1] === 'number'
  )
    return result[1];
  return Array.isArray(result) ? result.length : 0;
}

const NIL_UUID = '00000000-0000-0000-0000-000000000000';

export interface RequestRow {
  id: string;
  company_id: string;
  company_name: string;
  candidate_id: string;
  pseudonym: string | null;
  offer_id: string | null;
  offer_title: string | null;
  message: string;
  status: string;
  brokered: boolean;
  created_at: Date;
  delivered_at: Date | null;
  expires_at: Date | null;
  broker_comment: string | null;
  answered_at: Date | null;
  decline_reason: string | null;
  share_email: boolean;
  share_phone: boolean;
  candidate_name: string;
  /** IBA staff who sent it on the firm's behalf (their display name), else null. */
  sent_by_staff_account_id: string | null;
  sent_by_staff_name: string | null;
}

export interface FirmRow {
  id: string;
  name: string;
  verification_status: string;
}

/** An employer account of a firm, for the mail about a request sent in the firm's name. */
export interface FirmPerson {
  email: string;
  preferred_language: string;
}

export interface OutcomeRow {
  id: string;
  contact_request_id: string;
  stage: string;
  occurred_on: string;
  ended_reason: string | null;
  recorded_by_role: string;
  created_at: Date;
}

export interface ShortlistRow {
  id: string;
  candidate_id: string;
  offer_id: string | null;
  offer_title: string | null;
  note: string | null;
  created_at: Date;
  request_status: string | null;
}

export interface Recipient {
  email: string;
  preferred_language: string;
  /** Set for mentors: the candidate's name, so they know whom the mail is about. */
  candidate_name: string | null;
}

export interface ContactDataRow {
  candidate_id: string;
  given_name: string;
  family_name: string;
  email: string | null;
  phone: string | null;
}

const REQUEST_SELECT = `
  SELECT r.id, r.company_id, co.name AS company_name, r.candidate_id, p.pseudonym, r.offer_id, o.title AS offer_title,
         r.message, r.status, r.brokered, r.created_at, r.delivered_at, r.expires_at, r.broker_comment,
         r.answered_at, r.decline_reason, r.share_email, r.share_phone,
         c.given_name || ' ' || c.family_name AS candidate_name,
         r.sent_by_staff_account_id, sa.display_name AS sent_by_staff_name
    FROM contact_request r
    JOIN company co ON co.id = r.company_id
    LEFT JOIN account sa ON sa.id = r.sent_by_staff_account_id
    JOIN candidate c ON c.id = r.candidate_id
    LEFT JOIN candidate_profile p ON p.candidate_id = r.candidate_id
    LEFT JOIN offer o ON o.id = r.offer_id`;

/** Queries of shortlists, contact requests, blocks, outcomes and the contact setting. */
@Injectable()
export class ContactsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private db(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  // ---------- candidates and offers ----------

  /** The candidate behind a pseudonym, if employers may see the profile now and the firm is not blocked. */
  async visibleCandidate(
    pseudonym: string,
    companyId: string,
    manager?: EntityManager,
  ): Promise<string | null> {
    const [row] = await this.db(manager).query(
      `SELECT p.candidate_id FROM candidate_profile p
        WHERE p.pseudonym = $1 AND ${visibleToEmployersSql('p')}
          AND NOT EXISTS (SELECT 1 FROM contact_block b WHERE b.candidate_id = p.candidate_id AND b.company_id = $2)`,
      [pseudonym, companyId],
    );
    return row?.candidate_id ?? null;
  }

  async offerOf(
    offerId: string,
    companyId: string,
    manager?: EntityManager,
  ): Promise<{ id: string; title: string } | null> {
    const [row] = await this.db(manager).query(
      `SELECT id, title FROM offer WHERE id = $1 AND company_id = $2`,
      [offerId, companyId],
    );
    return row ?? null;
  }

  /** A firm by id with its check status (IBA staff sending on its behalf). */
  async firm(companyId: string, manager?: EntityManager): Promise<FirmRow | null> {
    const [row] = await this.db(manager).query(
      `SELECT id, name, verification_status FROM company WHERE id = $1`,
      [companyId],
    );
    return row ?? null;
  }

  /** Checked firms by name (IBA staff choose one to send on its behalf); `q` is part of the name. */
  async verifiedFirms(q: string | undefined, limit: number): Promise<Array<{ id: string; name: string }>> {
    const params: unknown[] = [limit];
    let where = `verification_status = 'verified'`;
    if (q) {
      params.push(`%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      where += ` AND name ILIKE $2`;
    }
    return this.dataSource.query(
      `SELECT id, name FROM company WHERE ${where} ORDER BY lower(name), id LIMIT $1`,
      params,
    );
  }

  /** The firm's employer accounts with an e-mail address, with their languages. */
  async firmPeople(companyId: string, manager: EntityManager): Promise<FirmPerson[]> {
    return manager.query(
      `SELECT email, preferred_language FROM account
        WHERE company_id = $1 AND role = 'employer' AND email IS NOT NULL AND disabled_at IS NULL
        ORDER BY email`,
      [companyId],
    );
  }

  /** Of these candidates, those who blocked the firm. */
  async blockedAmong(companyId: string, candidateIds: string[]): Promise<Set<string>> {
    if (candidateIds.length === 0) return new Set();
    const rows: Array<{ candidate_id: string }> = await this.dataSource.query(
      `SELECT candidate_id FROM contact_block WHERE company_id = $1 AND candidate_id = ANY($2::uuid[])`,
      [companyId, candidateIds],
    );
    return new Set(rows.map((r) => r.candidate_id));
  }

  // ---------- shortlist ----------

  /** Adds the candidate (or updates the note of the existing entry); returns the entry id and whether it is new. */
  async upsertShortlist(
    entry: {
      companyId: string;
      candidateId: string;
      offerId: string | null;
      note: string | null;
      accountId: string;
    },
    manager?: EntityManager,
  ): Promise<{ id: string; created: boolean }> {
    const [row] = await this.db(manager).query(
      `INSERT INTO shortlist_entry (company_id, candidate_id, offer_id, note, added_by_account_id)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (company_id, candidate_id, coalesce(offer_id, '${NIL_UUID}'::uuid))
         DO UPDATE SET note = coalesce(EXCLUDED.note, shortlist_entry.note), updated_at = now()
       RETURNING id, (xmax = 0) AS created`,
      [entry.companyId, entry.candidateId, entry.offerId, entry.note, entry.accountId],
    );
    return { id: row.id, created: row.created };
  }

  async updateShortlistNote(id: string, companyId: string, note: string | null): Promise<boolean> {
    const result: unknown = await this.dataSource.query(
      `UPDATE shortlist_entry SET note = $3, updated_at = now() WHERE id = $1 AND company_id = $2 RETURNING id`,
      [id, companyId, note],
    );
    return affected(result) > 0;
  }

  async removeShortlist(id: string, companyId: string): Promise<boolean> {
    const result: unknown = await this.dataSource.query(
      `DELETE FROM shortlist_entry WHERE id = $1 AND company_id = $2 RETURNING id`,
      [id, companyId],
    );
    return affected(result) > 0;
  }

  /**
   * The firm's entries whose candidates employers may see now and who did not block the firm; the
   * rows of hidden candidates stay and come back when the profile is visible again.
   */
  async shortlist(
    companyId: string,
    filter: { offerId?: string; general?: boolean; entryId?: string },
  ): Promise<ShortlistRow[]> {
    const params: unknown[] = [companyId];
    const where = [`e.company_id = $1`, visibleToEmployersSql('p')];
    where.push(
      `NOT EXISTS (SELECT 1 FROM contact_block b WHERE b.candidate_id = e.candidate_id AND b.company_id = e.company_id)`,
    );
    if (filter.offerId) {
      params.push(filter.offerId);
      where.push(`e.offer_id = $${params.length}`);
    }
    if (filter.general) where.push(`e.offer_id IS NULL`);
    if (filter.entryId) {
      params.push(filter.entryId);
      where.push(`e.id = $${params.length}`);
    }
    return this.dataSource.query(
      `SELECT e.id, e.candidate_id, e.offer_id, o.title AS offer_title, e.note, e.created_at,
              (SELECT r.status FROM contact_request r WHERE r.company_id = e.company_id AND r.candidate_id = e.candidate_id
                ORDER BY r.created_at DESC LIMIT 1) AS request_status
         FROM shortlist_entry e
         JOIN candidate_profile p ON p.candidate_id = e.candidate_id
         LEFT JOIN offer o ON o.id = e.offer_id
        WHERE ${where.join(' AND ')}
        ORDER BY e.created_at DESC, e.id`,
      params,
    );
  }

  // ---------- contact requests ----------

  /** Open requests past their time become expired (read time and the hourly job). Returns how many. */
  async expireDue(manager?: EntityManager): Promise<number> {
    const result: unknown = await this.db(manager).query(
      `UPDATE contact_request SET status = 'expired' WHERE status = 'open' AND expires_at <= now() RETURNING id`,
    );
    return affected(result);
  }

  /** Serialises sending per firm (daily cap and the one-open rule hold under concurrency). */
  async lockCompany(companyId: string, manager: EntityManager): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('contact_request:' || $1))`, [companyId]);
  }

  /** Requests the firm sent since the start of this district day (Europe/Berlin). */
  async sentToday(companyId: string, manager: EntityManager): Promise<number> {
    const [{ count }] = await manager.query(
      `SELECT count(*)::int AS count FROM contact_request
        WHERE company_id = $1
          AND created_at >= (date_trunc('day', now() AT TIME ZONE 'Europe/Berlin') AT TIME ZONE 'Europe/Berlin')`,
      [companyId],
    );
    return count;
  }

  async hasPending(
    companyId: string,
    candidateId: string,
    offerId: string | null,
    manager: EntityManager,
  ): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM contact_request
        WHERE company_id = $1 AND candidate_id = $2
          AND coalesce(offer_id, '${NIL_UUID}'::uuid) = coalesce($3::uuid, '${NIL_UUID}'::uuid)
          AND status = ANY($4::text[])`,
      [companyId, candidateId, offerId, [...PENDING_STATUSES]],
    );
    return rows.length > 0;
  }

  async insertRequest(
    request: {
      companyId: string;
      candidateId: string;
      offerId: string | null;
      /** The firm's employer who sent it; null when IBA staff sent it on the firm's behalf. */
      accountId: string | null;
      /** IBA staff who sent it on the firm's behalf. */
      staffAccountId: string | null;
      message: string;
      brokered: boolean;
      expiryDays: number;
    },
    manager: EntityManager,
  ): Promise<string> {
    const [row] = await manager.query(
      `INSERT INTO contact_request (company_id, candidate_id, offer_id, sent_by_account_id, sent_by_staff_account_id,
                                    message, status, brokered, delivered_at, expires_at)
       VALUES ($1, $2, $3, $4, $8, $5, CASE WHEN $6 THEN 'awaiting_broker' ELSE 'open' END, $6,
               CASE WHEN $6 THEN NULL ELSE now() END,
               CASE WHEN $6 THEN NULL ELSE now() + make_interval(days => $7) END)
       RETURNING id`,
      [
        request.companyId,
        request.candidateId,
        request.offerId,
        request.accountId,
        request.message,
        request.brokered,
        request.expiryDays,
        request.staffAccountId,
      ],
    );
    return row.id;
  }

  async request(id: string, manager?: EntityManager, lock = false): Promise<RequestRow | null> {
    const [row] = await this.db(manager).query(
      `${REQUEST_SELECT} WHERE r.id = $1${lock ? ' FOR UPDATE OF r' : ''}`,
      [id],
    );
    return row ?? null;
  }

  async sentBy(
    companyId: string,
    filter: { statuses?: string[]; offset: number; limit: number },
  ): Promise<{ total: number; rows: RequestRow[] }> {
    const params: unknown[] = [companyId];
    let where = `r.company_id = $1`;
    if (filter.statuses) {
      params.push(filter.statuses);
      where += ` AND r.status = ANY($${params.length}::text[])`;
    }
    const [{ total }] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM contact_request r WHERE ${where}`,
      params,
    );
    const rows = await this.dataSource.query(
      `${REQUEST_SELECT} WHERE ${where} ORDER BY r.created_at DESC, r.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, filter.limit, filter.offset],
    );
    return { total, rows };
  }

  /** Requests that reached these candidates (never those still queued or returned by IBA staff). */
  async inbox(candidateIds: string[]): Promise<RequestRow[]> {
    if (candidateIds.length === 0) return [];
    return this.dataSource.query(
      `${REQUEST_SELECT} WHERE r.candidate_id = ANY($1::uuid[]) AND r.status NOT IN ('awaiting_broker', 'returned')
        ORDER BY r.delivered_at DESC, r.id`,
      [candidateIds],
    );
  }

  /** Candidates a mentor may act for (authorised, not withdrawn). */
  async mentoredCandidates(mentorAccountId: string): Promise<string[]> {
    const rows: Array<{ candidate_id: string }> = await this.dataSource.query(
      `SELECT candidate_id FROM mentorship WHERE mentor_account_id = $1 AND withdrawn_at IS NULL`,
      [mentorAccountId],
    );
    return rows.map((r) => r.candidate_id);
  }

  async queue(): Promise<RequestRow[]> {
    return this.dataSource.query(
      `${REQUEST_SELECT} WHERE r.status = 'awaiting_broker' ORDER BY r.created_at, r.id`,
    );
  }

  /** Accepted contacts, most recently accepted first (IBA staff record their outcomes). */
  async accepted(limit: number): Promise<RequestRow[]> {
    return this.dataSource.query(
      `${REQUEST_SELECT} WHERE r.status = 'accepted' ORDER BY r.answered_at DESC, r.id LIMIT $1`,
      [limit],
    );
  }

  async deliver(
    id: string,
    brokerAccountId: string,
    expiryDays: number,
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `UPDATE contact_request SET status = 'open', broker_account_id = $2, delivered_at = now(),
              expires_at = now() + make_interval(days => $3)
        WHERE id = $1`,
      [id, brokerAccountId, expiryDays],
    );
  }

  async returnToFirm(
    id: string,
    brokerAccountId: string,
    comment: string,
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `UPDATE contact_request SET status = 'returned', broker_account_id = $2, broker_comment = $3 WHERE id = $1`,
      [id, brokerAccountId, comment],
    );
  }

  async answer(
    id: string,
    answer: {
      status: 'accepted' | 'declined' | 'blocked';
      accountId: string;
      declineReason?: string | null;
      shareEmail?: boolean;
      sharePhone?: boolean;
    },
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `UPDATE contact_request SET status = $2, answered_at = now(), answered_by_account_id = $3,
              decline_reason = $4, share_email = $5, share_phone = $6
        WHERE id = $1`,
      [
        id,
        answer.status,
        answer.accountId,
        answer.declineReason ?? null,
        answer.shareEmail ?? false,
        answer.sharePhone ?? false,
      ],
    );
  }

  async block(
    companyId: string,
    candidateId: string,
    accountId: string,
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO contact_block (company_id, candidate_id, blocked_by_account_id) VALUES ($1, $2, $3)
       ON CONFLICT (company_id, candidate_id) DO NOTHING`,
      [companyId, candidateId, accountId],
    );
    // Other open requests of the blocked firm to this candidate end with the block.
    await manager.query(
      `UPDATE contact_request SET status = 'blocked', answered_at = now(), answered_by_account_id = $3
        WHERE company_id = $1 AND candidate_id = $2 AND status IN ('awaiting_broker', 'open')`,
      [companyId, candidateId, accountId],
    );
  }

  /** The candidate's own mail address and those of authorised mentors, with their languages. */
  async recipients(candidateId: string, manager: EntityManager): Promise<Recipient[]> {
    return manager.query(
      `SELECT a.email, a.preferred_language, NULL AS candidate_name
         FROM candidate c JOIN account a ON a.id = c.account_id
        WHERE c.id = $1 AND a.email IS NOT NULL AND a.disabled_at IS NULL
       UNION ALL
       SELECT a.email, a.preferred_language, c.given_name || ' ' || c.family_name
         FROM mentorship m JOIN account a ON a.id = m.mentor_account_id JOIN candidate c ON c.id = m.candidate_id
        WHERE m.candidate_id = $1 AND m.withdrawn_at IS NULL AND a.email IS NOT NULL AND a.disabled_at IS NULL`,
      [candidateId],
    );
  }

  async contactData(candidateIds: string[]): Promise<Map<string, ContactDataRow>> {
    if (candidateIds.length === 0) return new Map();
    const rows: ContactDataRow[] = await this.dataSource.query(
      `SELECT c.id AS candidate_id, c.given_name, c.family_name, a.email, c.phone
         FROM candidate c JOIN account a ON a.id = c.account_id WHERE c.id = ANY($1::uuid[])`,
      [candidateIds],
    );
    return new Map(rows.map((r) => [r.candidate_id, r]));
  }

  // ---------- outcomes ----------

  async outcomes(requestIds: string[], manager?: EntityManager): Promise<Map<string, OutcomeRow[]>> {
    const byRequest = new Map<string, OutcomeRow[]>();
    if (requestIds.length === 0) return byRequest;
    const rows: OutcomeRow[] = await this.db(manager).query(
      `SELECT id, contact_request_id, stage, occurred_on::text AS occurred_on, ended_reason, recorded_by_role, created_at
         FROM contact_outcome WHERE contact_request_id = ANY($1::uuid[])
        ORDER BY occurred_on, created_at, id`,
      [requestIds],
    );
    for (const row of rows) {
      const list = byRequest.get(row.contact_request_id);
      if (list) list.push(row);
      else byRequest.set(row.contact_request_id, [row]);
    }
    return byRequest;
  }

  async insertOutcome(
    outcome: {
      requestId: string;
      stage: string;
      occurredOn: string;
      endedReason: string | null;
      accountId: string;
      role: string;
    },
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO contact_outcome (contact_request_id, stage, occurred_on, ended_reason, recorded_by_account_id, recorded_by_role)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        outcome.requestId,
        outcome.stage,
        outcome.occurredOn,
        outcome.endedReason,
        outcome.accountId,
        outcome.role,
      ],
    );
  }

  // ---------- setting ----------

  async brokered(manager?: EntityManager): Promise<boolean> {
    const [row] = await this.db(manager).query(`SELECT brokered FROM contact_setting WHERE id = 1`);
    return row?.brokered === true;
  }

  async setBrokered(brokered: boolean, accountId: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO contact_setting (id, brokered, updated_by_account_id, updated_at) VALUES (1, $1, $2, now())
       ON CONFLICT (id) DO UPDATE SET brokered = EXCLUDED.brokered, updated_by_account_id = EXCLUDED.updated_by_account_id,
         updated_at = now()`,
      [brokered, accountId],
    );
  }
}
