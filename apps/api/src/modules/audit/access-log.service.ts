import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { districtToday } from '@passgenau/domain';
import type { AuthContext, RequestMeta } from '../../common/auth-context';
import type { AccessLogPage, AccessLogQuery } from './dto/access-log.dto';

/** What someone did with a candidate's personal data. */
export type AccessAction =
  | 'read_candidate'
  | 'list_mentor_candidates'
  | 'read_consent'
  | 'read_mentors'
  | 'read_profile'
  | 'list_pseudonymous_profiles'
  | 'read_pseudonymous_profile'
  | 'export_candidate'
  | 'assessment_import'
  | 'list_accounts'
  | 'read_outbox'
  | 'list_duplicates'
  | 'merge_duplicates'
  | 'list_merged_duplicates'
  | 'restore_merged_candidate'
  | 'lookup_candidates'
  | 'list_offer_interest'
  | 'read_offer_match'
  | 'read_candidate_matches'
  | 'read_contact_data'
  | 'print_match_list'
  | 'print_profile'
  | 'read_event_participants';

/** Showing a profile among others (list, search): counted per viewer and day, not per request. */
export type AppearanceAction =
  | 'list_pseudonymous_profiles'
  | 'list_mentor_candidates'
  | 'list_offer_matches'
  | 'list_shortlist'
  | 'list_open_house'
  | 'list_event_candidates';

/**
 * The one place where reads of a candidate's personal data by someone else are written down.
 * Rows are never changed through the API (a database trigger refuses updates and deletes).
 */
@Injectable()
export class AccessLogService {
  constructor(private readonly dataSource: DataSource) {}

  async record(
    auth: AuthContext,
    candidateIds: string[],
    action: AccessAction,
    meta: RequestMeta,
    manager?: EntityManager,
  ): Promise<void> {
    const others = candidateIds.filter((id) => id !== auth.candidateId);
    if (others.length === 0) return;
    await (manager ?? this.dataSource.manager).query(
      `INSERT INTO access_log (actor_account_id, actor_role, actor_name, actor_company_id, candidate_id, action, route, request_id)
       SELECT $1, $2, $3, $4, unnest($5::uuid[]), $6, $7, $8`,
      [
        auth.accountId,
        auth.role,
        auth.displayName,
        auth.role === 'employer' ? auth.companyId : null,
        others,
        action,
        meta.route.slice(0, 300),
        meta.requestId,
      ],
    );
  }

  /**
   * Profiles shown in a list or search: counted in one row per candidate, viewer (the firm for
   * employers, else the account) and district day, in one statement, however often the page loads.
   */
  async recordAppearances(
    auth: AuthContext,
    candidateIds: string[],
    action: AppearanceAction,
    meta: RequestMeta,
    manager?: EntityManager,
  ): Promise<void> {
    // Sorted, so concurrent pages lock the counted rows in the same order (no deadlocks).
    const others = [...new Set(candidateIds.filter((id) => id !== auth.candidateId))].sort();
    if (others.length === 0) return;
    const company = auth.role === 'employer' ? auth.companyId : null;
    await (manager ?? this.dataSource.manager).query(
      `INSERT INTO access_log_appearance (candidate_id, day, viewer_id, action, actor_company_id, actor_account_id, actor_role, actor_name, route)
       SELECT unnest($1::uuid[]), $2::date, $3, $4, $5, $6, $7, $8, $9
       ON CONFLICT (candidate_id, day, viewer_id, action) DO UPDATE
         SET count = access_log_appearance.count + 1, last_at = now(),
             actor_account_id = EXCLUDED.actor_account_id, actor_role = EXCLUDED.actor_role,
             actor_name = EXCLUDED.actor_name, route = EXCLUDED.route`,
      [
        others,
        districtToday(),
        company ?? auth.accountId,
        action,
        company,
        auth.accountId,
        auth.role,
        auth.displayName,
        meta.route.slice(0, 300),
      ],
    );
  }

  /**
   * Of a page of hits, the candidates that may be shown now — `shownSql` is a condition on their
   * profile `p` (it adds its own parameters through `param`) — with their appearances counted as
   * {@link recordAppearances} does, in one statement: a hit that is not shown is not counted.
   */
  async showAndRecordAppearances(
    auth: AuthContext,
    candidateIds: string[],
    action: AppearanceAction,
    meta: RequestMeta,
    shownSql: (param: (value: unknown) => string) => string,
  ): Promise<Set<string>> {
    if (candidateIds.length === 0) return new Set();
    const company = auth.role === 'employer' ? auth.companyId : null;
    const params: unknown[] = [
      candidateIds,
      districtToday(),
      company ?? auth.accountId,
      action,
      company,
      auth.accountId,
      auth.role,
      auth.displayName,
      meta.route.slice(0, 300),
      auth.candidateId,
    ];
    const condition = shownSql((value) => `$${params.push(value)}`);
    // Sorted, so concurrent pages lock the counted rows in the same order (no deadlocks).
    const rows: Array<{ candidate_id: string }> = await this.dataSource.query(
      `WITH shown AS (
         SELECT p.candidate_id FROM candidate_profile p WHERE p.candidate_id = ANY($1::uuid[]) AND (${condition})
       ), counted AS (
         INSERT INTO access_log_appearance (candidate_id, day, viewer_id, action, actor_company_id, actor_account_id, actor_role, actor_name, route)
         SELECT s.candidate_id, $2::date, $3, $4, $5, $6, $7, $8, $9
           FROM shown s WHERE s.candidate_id IS DISTINCT FROM $10::uuid ORDER BY s.candidate_id
         ON CONFLICT (candidate_id, day, viewer_id, action) DO UPDATE
           SET count = access_log_appearance.count + 1, last_at = now(),
               actor_account_id = EXCLUDED.actor_account_id, actor_role = EXCLUDED.actor_role,
               actor_name = EXCLUDED.actor_name, route = EXCLUDED.route
       )
       SELECT candidate_id FROM shown`,
      params,
    );
    return new Set(rows.map((r) => r.candidate_id));
  }

  /**
   * The log, newest first: single reads and the daily counts of list appearances together. The
   * actor is shown as the firm for employers (its current name) and as the person otherwise.
   */
  async list(query: AccessLogQuery & { candidateId?: string }): Promise<AccessLogPage> {
    const params: unknown[] = [];
    const where: string[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (query.candidateId) add('candidate_id = ?', query.candidateId);
    if (query.actorAccountId) add('actor_account_id = ?', query.actorAccountId);
    if (query.from) add('at >= ?', query.from);
    if (query.to) add('at < ?', query.to);
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const entries = `(
      SELECT l.id::text AS id, l.at, l.actor_account_id, l.actor_role, l.actor_name, l.actor_company_id,
             l.candidate_id, l.action, l.route, 1 AS count, NULL::date AS day
        FROM access_log l
      UNION ALL
      SELECT 'appearance:' || ap.day || ':' || ap.viewer_id || ':' || ap.action || ':' || ap.candidate_id, ap.last_at,
             ap.actor_account_id, ap.actor_role, ap.actor_name, ap.actor_company_id, ap.candidate_id, ap.action,
             ap.route, ap.count, ap.day
        FROM access_log_appearance ap) e`;
    const [{ total }] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM ${entries} ${filter}`,
      params,
    );
    const rows: LogRow[] = await this.dataSource.query(
      `SELECT e.*, co.name AS company_name FROM ${entries} LEFT JOIN company co ON co.id = e.actor_company_id
        ${filter} ORDER BY e.at DESC, e.id DESC LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, query.pageSize, (query.page - 1) * query.pageSize],
    );
    return {
      total,
      page: query.page,
      pageSize: query.pageSize,
      items: rows.map((r) => ({
        id: r.id,
        at: r.at.toISOString(),
        actorAccountId: r.actor_account_id,
        actorRole: r.actor_role,
        actorName: r.actor_name,
        actorCompanyId: r.actor_company_id,
        actorCompanyName: r.company_name,
        actorDisplay: r.company_name ?? r.actor_name,
        candidateId: r.candidate_id,
        action: r.action,
        route: r.route,
        count: r.count,
        day: r.day,
      })),
    };
  }
}

interface LogRow {
  id: string;
  at: Date;
  actor_account_id: string | null;
  actor_role: string;
  actor_name: string | null;
  actor_company_id: string | null;
  company_name: string | null;
  candidate_id: string | null;
  action: string;
  route: string;
  count: number;
  day: string | null;
}
