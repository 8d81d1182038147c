import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import type { AccessLogPage } from '../../../types/access-log';

export interface MyAccessLogParams {
  page: number;
  pageSize: number;
}

/** GET /api/me/access-log (candidates): who read my data, newest first. */
export function getMyAccessLog(
  { page, pageSize }: MyAccessLogParams,
  signal?: AbortSignal,
): Promise<AccessLogPage> {
  return unwrap(api.GET('/api/me/access-log', { params: { query: { page, pageSize } }, signal }));
}

export function myAccessLogQueryOptions(params: MyAccessLogParams) {
  return queryOptions({
    queryKey: ['me', 'access-log', params] as const,
    queryFn: ({ signal }) => getMyAccessLog(params, signal),
    staleTime: 0,
  });
}

export function useMyAccessLog(params: MyAccessLogParams) {
  return useQuery({ ...myAccessLogQueryOptions(params), placeholderData: keepPreviousData });
}
