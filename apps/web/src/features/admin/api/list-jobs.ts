import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const JOB_STATES = ['created', 'retry', 'active', 'completed', 'cancelled', 'failed'] as const;
export type JobState = (typeof JOB_STATES)[number];

export const JOB_QUEUES = ['mail-delivery', 'mail-cleanup', 'profile-reminders'] as const;

export function isJobState(value: string): value is JobState {
  return (JOB_STATES as readonly string[]).includes(value);
}

export interface Job {
  id: string;
  queue: string;
  state: JobState;
  attempts: number;
  maxAttempts: number;
  createdAt: string;
  nextAttemptAt: string | null;
  completedAt: string | null;
  error: string | null;
  data: Record<string, unknown>;
}

export interface JobPage {
  total: number;
  items: Job[];
}

export interface JobParams {
  state: JobState | null;
  page: number;
  pageSize: number;
}

export const ADMIN_JOBS_QUERY_ROOT = ['admin', 'jobs'] as const;

/** GET /api/admin/jobs: jobs of the queue (mail delivery, reminders), newest first. */
export function listJobs({ state, page, pageSize }: JobParams, signal?: AbortSignal): Promise<JobPage> {
  return apiRequest<JobPage>('/admin/jobs', {
    query: { page, pageSize, state },
    signal,
  });
}

export function jobsQueryOptions(params: JobParams) {
  return queryOptions({
    queryKey: [...ADMIN_JOBS_QUERY_ROOT, params] as const,
    queryFn: ({ signal }) => listJobs(params, signal),
    staleTime: 0,
  });
}

export function useJobs(params: JobParams) {
  return useQuery({ ...jobsQueryOptions(params), placeholderData: keepPreviousData });
}

/** POST /api/admin/jobs/:id/retry: 204; 409 when the job is no longer failed. */
export async function retryJob(id: string): Promise<void> {
  await apiRequest<null>(`/admin/jobs/${encodeURIComponent(id)}/retry`, { method: 'POST' });
}

export function useRetryJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: retryJob,
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ADMIN_JOBS_QUERY_ROOT }),
        queryClient.invalidateQueries({ queryKey: ['admin', 'outbox'] }),
      ]),
  });
}
