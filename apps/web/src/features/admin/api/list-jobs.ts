import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Schemas } from '@passgenau/api-client';
import { api, unwrap } from '../../../lib/api';

export const JOB_STATES = ['created', 'retry', 'active', 'completed', 'cancelled', 'failed'] as const;
export type JobState = (typeof JOB_STATES)[number];

export const JOB_QUEUES = ['mail-delivery', 'mail-cleanup', 'profile-reminders'] as const;

export function isJobState(value: string): value is JobState {
  return (JOB_STATES as readonly string[]).includes(value);
}

export type Job = Schemas['JobItem'];

export type JobPage = Schemas['JobPage'];

export interface JobParams {
  state: JobState | null;
  page: number;
  pageSize: number;
}

export const ADMIN_JOBS_QUERY_ROOT = ['admin', 'jobs'] as const;

/** GET /api/admin/jobs: jobs of the queue (mail delivery, reminders), newest first. */
export function listJobs({ state, page, pageSize }: JobParams, signal?: AbortSignal): Promise<JobPage> {
  return unwrap(
    api.GET('/api/admin/jobs', { params: { query: { page, pageSize, state: state ?? undefined } }, signal }),
  );
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
  await unwrap(api.POST('/api/admin/jobs/{id}/retry', { params: { path: { id } } }));
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
