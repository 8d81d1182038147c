import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import type { AccessLogPage } from '../../../types/access-log';

export interface AdminAccessLogParams {
  candidateId: string;
  actorAccountId: string;
  /** Day in YYYY-MM-DD or an ISO time; empty for no bound. */
  from: string;
  to: string;
  page: number;
  pageSize: number;
}

/** GET /api/admin/access-log: every logged read of personal data, newest first. */
export function getAdminAccessLog(
  params: AdminAccessLogParams,
  signal?: AbortSignal,
): Promise<AccessLogPage> {
  const { candidateId, actorAccountId, from, to, page, pageSize } = params;
  return unwrap(
    api.GET('/api/admin/access-log', {
      params: {
        query: {
          candidateId: candidateId.trim(),
          actorAccountId: actorAccountId.trim(),
          from,
          to,
          page,
          pageSize,
        },
      },
      signal,
    }),
  );
}

export function adminAccessLogQueryOptions(params: AdminAccessLogParams) {
  return queryOptions({
    queryKey: ['admin', 'access-log', params] as const,
    queryFn: ({ signal }) => getAdminAccessLog(params, signal),
    staleTime: 0,
  });
}

export function useAdminAccessLog(params: AdminAccessLogParams) {
  return useQuery({ ...adminAccessLogQueryOptions(params), placeholderData: keepPreviousData });
}
