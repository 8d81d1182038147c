import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Schemas } from '@passgenau/api-client';
import type { Role } from '@passgenau/domain';
import { api, unwrap } from '../../../lib/api';

export type AdminAccount = Schemas['AccountListItem'];

export type AdminAccountPage = Schemas['AccountListResponse'];

export interface ListAccountsParams {
  /** Part of a name, e-mail or login name. */
  q: string;
  role: Role | null;
  page: number;
  pageSize: number;
}

export const ADMIN_ACCOUNTS_QUERY_ROOT = ['admin', 'accounts'] as const;

/** GET /api/admin/accounts */
export function listAccounts(
  { q, role, page, pageSize }: ListAccountsParams,
  signal?: AbortSignal,
): Promise<AdminAccountPage> {
  return unwrap(
    api.GET('/api/admin/accounts', {
      params: { query: { q: q.trim(), role: role ?? undefined, page, pageSize } },
      signal,
    }),
  );
}

export function accountsQueryOptions(params: ListAccountsParams) {
  return queryOptions({
    queryKey: [...ADMIN_ACCOUNTS_QUERY_ROOT, params] as const,
    queryFn: ({ signal }) => listAccounts(params, signal),
  });
}

export function useAccounts(params: ListAccountsParams) {
  return useQuery({ ...accountsQueryOptions(params), placeholderData: keepPreviousData });
}
