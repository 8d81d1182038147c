import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Role } from '@passgenau/domain';
import { apiRequest } from '../../../lib/api-client';

export interface AdminAccount {
  id: string;
  email: string | null;
  loginName: string | null;
  role: Role;
  displayName: string;
  companyId: string | null;
  companyName: string | null;
  disabled: boolean;
  isDemo: boolean;
  createdAt: string;
}

export interface AdminAccountPage {
  total: number;
  page: number;
  pageSize: number;
  items: AdminAccount[];
}

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
  return apiRequest<AdminAccountPage>('/admin/accounts', {
    query: { q: q.trim(), role, page, pageSize },
    signal,
  });
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
