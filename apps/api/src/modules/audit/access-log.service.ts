import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
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
  | 'restore_merged_candidate';

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
    const params: unknown[] = [
      auth.accountId,
      auth.role,
      auth.displayName,
      action,
      meta.route.slice(0, 300),
      meta.requestId,
    ];
    const tuples = others.map((id) => {
      params.push(id);
      return `($1, $2, $3, $${params.length}, $4, $5, $6)`;
    });
    await (manager ?? this.dataSource.manager).query(
      `INSERT INTO access_log (actor_account_id, actor_role, actor_name, candidate_id, action, route, request_id) VALUES ${tuples.join(', ')}`,
      params,
    );
  }

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
    const [{ total }] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM access_log ${filter}`,
      params,
    );
    const rows = await this.dataSource.query(
      `SELECT id, at, actor_account_id, actor_role, actor_name, candidate_id, action, route
         FROM access_log ${filter} ORDER BY at DESC, id DESC LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, query.pageSize, (query.page - 1) * query.pageSize],
    );
    return {
      total,
      page: query.page,
      pageSize: query.pageSize,
      items: rows.map((r: Record<string, unknown>) => ({
        id: String(r['id']),
        at: (r['at'] as Date).toISOString(),
        actorAccountId: r['actor_account_id'] as string | null,
        actorRole: r['actor_role'] as string,
        actorName: r['actor_name'] as string | null,
        candidateId: r['candidate_id'] as string | null,
        action: r['action'] as string,
        route: r['route'] as string,
      })),
    };
  }
}
