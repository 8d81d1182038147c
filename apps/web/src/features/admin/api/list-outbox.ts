import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Schemas } from '@passgenau/api-client';
import { api, unwrap } from '../../../lib/api';

export type OutboxMail = Schemas['OutboxMailItem'];

export type OutboxPage = Schemas['OutboxPage'];

export interface OutboxParams {
  page: number;
  pageSize: number;
}

/** GET /api/admin/outbox: mails the platform wrote (invitations, password resets), newest first. */
export function listOutbox({ page, pageSize }: OutboxParams, signal?: AbortSignal): Promise<OutboxPage> {
  return unwrap(api.GET('/api/admin/outbox', { params: { query: { page, pageSize } }, signal }));
}

export function outboxQueryOptions(params: OutboxParams) {
  return queryOptions({
    queryKey: ['admin', 'outbox', params] as const,
    queryFn: ({ signal }) => listOutbox(params, signal),
    staleTime: 0,
  });
}

export function useOutbox(params: OutboxParams) {
  return useQuery({ ...outboxQueryOptions(params), placeholderData: keepPreviousData });
}
