import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export interface OutboxMail {
  id: string;
  recipient: string;
  subject: string;
  body: string;
  createdAt: string;
  deliveredAt: string | null;
  deliveryError: string | null;
}

export interface OutboxPage {
  total: number;
  items: OutboxMail[];
}

export interface OutboxParams {
  page: number;
  pageSize: number;
}

/** GET /api/admin/outbox: mails the platform wrote (invitations, password resets), newest first. */
export function listOutbox({ page, pageSize }: OutboxParams, signal?: AbortSignal): Promise<OutboxPage> {
  return apiRequest<OutboxPage>('/admin/outbox', { query: { page, pageSize }, signal });
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
