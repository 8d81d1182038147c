import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { listedOfferSql } from '../../common/listed-offer.sql';
import { visibleToEmployersSql } from '../candidates/candidate-access.service';
import type { SavedSearch, SavedSearchKind } from './saved-search.entities';

export interface SavedSearchRow {
  id: string;
  account_id: string;
  kind: SavedSearchKind;
  name: string;
  query: Record<string, unknown>;
  candidate_id: string | null;
  created_at: Date;
  updated_at: Date;
}

export interface AlertRow {
  saved_search_id: string;
  saved_search_name: string;
  kind: SavedSearchKind;
  candidate_id: string | null;
  pseudonym: string | null;
  offer_id: string | null;
  offer_title: string | null;
  found_at: Date;
  mailed_at: Date | null;
}

/** An alert still shows only while its candidate is visible to employers / its offer is open. */
const CANDIDATE_ALERTS = `
  SELECT s.id AS saved_search_id, s.name AS saved_search_name, s.kind, h.candidate_id, p.pseudonym,
         NULL::uuid AS offer_id, NULL::text AS offer_title, h.found_at, h.mailed_at
    FROM saved_search_candidate h
    JOIN saved_search s ON s.id = h.saved_search_id
    JOIN candidate_profile p ON p.candidate_id = h.candidate_id
   WHERE NOT h.baseline AND ${visibleToEmployersSql('p')}`;
const OFFER_ALERTS = `
  SELECT s.id AS saved_search_id, s.name AS saved_search_name, s.kind, NULL::uuid AS candidate_id, NULL::text AS pseudonym,
         o.id AS offer_id, o.title AS offer_title, h.found_at, h.mailed_at
    FROM saved_search_offer h
    JOIN saved_search s ON s.id = h.saved_search_id
    JOIN offer o ON o.id = h.offer_id
   WHERE NOT h.baseline AND ${listedOfferSql('o')}`;

@Injectable()
export class SavedSearchesRepository {
  constructor(private readonly dataSource: DataSource) {}

  private db(manager?: EntityManager) {
    return manager ?? this.dataSource.manager;
  }

  list(accountId: string): Promise<Array<SavedSearchRow & { alerts: number }>> {
    return this.dataSource.query(
      `SELECT s.*, (SELECT count(*)::int FROM (${CANDIDATE_ALERTS} UNION ALL ${OFFER_ALERTS}) a WHERE a.saved_search_id = s.id) AS alerts
         FROM saved_search s WHERE s.account_id = $1 ORDER BY s.created_at DESC, s.id`,
      [accountId],
    );
  }

  count(accountId: string, manager?: EntityManager): Promise<number> {
    return this.db(manager)
      .query(`SELECT count(*)::int AS n FROM saved_search WHERE account_id = $1`, [accountId])
      .then(([r]) => r.n);
  }

  /** The account's own saved search, or null (another account's is null too). */
  async findOwn(accountId: string, id: string, manager?: EntityManager): Promise<SavedSearchRow | null> {
    const [row] = await this.db(manager).query(
      `SELECT * FROM saved_search WHERE id = $1 AND account_id = $2`,
      [id, accountId],
    );
    return row ?? null;
  }

  async insert(
    values: Pick<SavedSearch, 'accountId' | 'kind' | 'name' | 'query' | 'candidateId'>,
    manager: EntityManager,
  ): Promise<SavedSearchRow> {
    const [row] = await manager.query(
      `INSERT INTO saved_search (account_id, kind, name, query, candidate_id) VALUES ($1, $2, $3, $4, $5) RETURNING *`,
      [values.accountId, values.kind, values.name, JSON.stringify(values.query), values.candidateId],
    );
    return row;
  }

  async rename(accountId: string, id: string, name: string): Promise<SavedSearchRow | null> {
    const [rows] = await this.dataSource.query(
      `UPDATE saved_search SET name = $3, updated_at = now() WHERE id = $1 AND account_id = $2 RETURNING *`,
      [id, accountId, name],
    );
    return rows[0] ?? null;
  }

  async delete(accountId: string, id: string): Promise<boolean> {
    const [, affected] = await this.dataSource.query(
      `DELETE FROM saved_search WHERE id = $1 AND account_id = $2`,
      [id, accountId],
    );
    return affected > 0;
  }

  alerts(accountId: string, limit = 200): Promise<AlertRow[]> {
    return this.dataSource.query(
      `SELECT a.* FROM (${CANDIDATE_ALERTS} UNION ALL ${OFFER_ALERTS}) a
         JOIN saved_search s ON s.id = a.saved_search_id
        WHERE s.account_id = $1
        ORDER BY a.found_at DESC, a.saved_search_name, a.pseudonym, a.offer_title
        LIMIT $2`,
      [accountId, limit],
    );
  }

  /** Alerts of the account not yet mailed (locked for the digest). */
  unmailedAlerts(accountId: string, manager: EntityManager): Promise<AlertRow[]> {
    return manager.query(
      `SELECT a.* FROM (${CANDIDATE_ALERTS} UNION ALL ${OFFER_ALERTS}) a
         JOIN saved_search s ON s.id = a.saved_search_id
        WHERE s.account_id = $1 AND a.mailed_at IS NULL
        ORDER BY a.saved_search_name, a.saved_search_id, a.pseudonym, a.offer_title`,
      [accountId],
    );
  }

  async markMailed(accountId: string, manager: EntityManager): Promise<void> {
    for (const table of ['saved_search_candidate', 'saved_search_offer'])
      await manager.query(
        `UPDATE ${table} h SET mailed_at = now() FROM saved_search s
          WHERE s.id = h.saved_search_id AND s.account_id = $1 AND NOT h.baseline AND h.mailed_at IS NULL`,
        [accountId],
      );
  }

  /** Records results of a run: new ones (not found before) as alerts, or as the baseline. Returns the new ids. */
  async recordFound(
    savedSearchId: string,
    kind: SavedSearchKind,
    ids: string[],
    baseline: boolean,
    manager?: EntityManager,
  ): Promise<string[]> {
    if (ids.length === 0) return [];
    const [table, column] =
      kind === 'candidates' ? ['saved_search_candidate', 'candidate_id'] : ['saved_search_offer', 'offer_id'];
    const rows: Array<{ id: string }> = await this.db(manager).query(
      `INSERT INTO ${table} (saved_search_id, ${column}, baseline)
       SELECT $1, x, $3 FROM unnest($2::uuid[]) AS x
       ON CONFLICT DO NOTHING RETURNING ${column} AS id`,
      [savedSearchId, ids, baseline],
    );
    return rows.map((r) => r.id);
  }

  async markRun(id: string): Promise<void> {
    await this.dataSource.query(`UPDATE saved_search SET last_run_at = now() WHERE id = $1`, [id]);
  }

  /** Saved searches whose owner can still receive alerts (account enabled; firms verified). */
  runnable(): Promise<
    Array<SavedSearchRow & { role: string; company_id: string | null; display_name: string }>
  > {
    return this.dataSource.query(
      `SELECT s.*, a.role, a.company_id, a.display_name
         FROM saved_search s JOIN account a ON a.id = s.account_id LEFT JOIN company c ON c.id = a.company_id
        WHERE a.disabled_at IS NULL
          AND (s.kind = 'offers' OR c.verification_status = 'verified')
        ORDER BY s.created_at, s.id`,
    );
  }

  /** Of these candidates, those visible to employers now. */
  async visibleCandidates(ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows: Array<{ candidate_id: string }> = await this.dataSource.query(
      `SELECT p.candidate_id FROM candidate_profile p WHERE p.candidate_id = ANY($1::uuid[]) AND ${visibleToEmployersSql('p')}`,
      [ids],
    );
    return new Set(rows.map((r) => r.candidate_id));
  }

  /** Accounts with alerts not yet mailed, with their address and language. */
  digestRecipients(): Promise<
    Array<{ account_id: string; email: string; preferred_language: string | null }>
  > {
    return this.dataSource.query(
      `SELECT DISTINCT a.id AS account_id, a.email, a.preferred_language
         FROM saved_search s JOIN account a ON a.id = s.account_id
        WHERE a.disabled_at IS NULL AND a.email IS NOT NULL
          AND (EXISTS (SELECT 1 FROM saved_search_candidate h WHERE h.saved_search_id = s.id AND NOT h.baseline AND h.mailed_at IS NULL)
            OR EXISTS (SELECT 1 FROM saved_search_offer h WHERE h.saved_search_id = s.id AND NOT h.baseline AND h.mailed_at IS NULL))`,
    );
  }

  /** Claims today's digest of the account (Europe/Berlin); false when one was sent today already. */
  async claimDigest(accountId: string, alerts: number, manager: EntityManager): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO saved_search_digest (account_id, day, alerts)
       VALUES ($1, (now() AT TIME ZONE 'Europe/Berlin')::date, $2)
       ON CONFLICT DO NOTHING RETURNING account_id`,
      [accountId, alerts],
    );
    return rows.length > 0;
  }
}
