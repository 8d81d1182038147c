import type { DataSource } from 'typeorm';
import type { AuthContext, RequestMeta } from '../../common/auth-context';
import type { AccessAction, AccessLogService } from '../audit/access-log.service';

/**
 * Admin pages show candidates' names and e-mail addresses: every candidate on the page shown is
 * logged once (a page has at most 100 entries), found by account id or by e-mail address.
 */
export async function logCandidatesShown(
  dataSource: DataSource,
  accessLog: AccessLogService,
  auth: AuthContext,
  shown: { accountIds?: string[]; emails?: string[] },
  action: AccessAction,
  meta: RequestMeta,
): Promise<void> {
  const accountIds = shown.accountIds ?? [];
  const emails = (shown.emails ?? []).map((e) => e.toLowerCase());
  if (accountIds.length === 0 && emails.length === 0) return;
  const rows: { id: string }[] = await dataSource.query(
    `SELECT DISTINCT c.id FROM candidate c JOIN account a ON a.id = c.account_id
      WHERE a.id = ANY($1::uuid[]) OR a.email = ANY($2::text[])`,
    [accountIds, emails],
  );
  await accessLog.record(
    auth,
    rows.map((r) => r.id),
    action,
    meta,
  );
}
