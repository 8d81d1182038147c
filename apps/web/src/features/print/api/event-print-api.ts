import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Schemas } from '@passgenau/api-client';
import { api, unwrap } from '../../../lib/api';

export type MatchFirm = Schemas['EventMatchFirmResponse'];
export type GuestFirmInput = Schemas['CreateGuestFirmDto'];
export type PrintJob = Schemas['PrintJobResponse'];
export type PrintJobKind = PrintJob['kind'];

const firmsKey = (eventId: string) => ['events', eventId, 'match-firms'] as const;
const jobsKey = (eventId: string) => ['events', eventId, 'print-jobs'] as const;

/** GET /api/events/:id/match-firms: registered firms and firms entered on the spot (staff). */
export function useMatchFirms(eventId: string) {
  return useQuery({
    queryKey: firmsKey(eventId),
    queryFn: ({ signal }) => unwrap(api.GET('/api/events/{id}/match-firms', { params: { path: { id: eventId } }, signal })),
  });
}

/** POST /api/events/:id/guest-firms */
export function useAddGuestFirm(eventId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: GuestFirmInput) =>
      unwrap(api.POST('/api/events/{id}/guest-firms', { params: { path: { id: eventId } }, body })),
    onSuccess: () => client.invalidateQueries({ queryKey: firmsKey(eventId) }),
  });
}

/** DELETE /api/events/:id/guest-firms/:firmId */
export function useRemoveGuestFirm(eventId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (firmId: string) =>
      unwrap(api.DELETE('/api/events/{id}/guest-firms/{firmId}', { params: { path: { id: eventId, firmId } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: firmsKey(eventId) }),
  });
}

const busy = (job: PrintJob) => job.status === 'queued' || job.status === 'running';

/** GET /api/print/events/:id/jobs, asked again every second while a batch is being made. */
export function usePrintJobs(eventId: string) {
  return useQuery({
    queryKey: jobsKey(eventId),
    queryFn: ({ signal }) => unwrap(api.GET('/api/print/events/{id}/jobs', { params: { path: { id: eventId } }, signal })),
    refetchInterval: (query) => ((query.state.data ?? []).some(busy) ? 1000 : false),
  });
}

/** POST /api/print/events/:id/jobs */
export function useStartPrintJob(eventId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { kind: PrintJobKind; top?: number; lang?: PrintJob['lang'] }) =>
      unwrap(api.POST('/api/print/events/{id}/jobs', { params: { path: { id: eventId } }, body })),
    onSuccess: () => client.invalidateQueries({ queryKey: jobsKey(eventId) }),
  });
}

/** GET /api/print/jobs/:jobId/file.pdf */
export async function fetchPrintJobFile(jobId: string): Promise<Blob> {
  return unwrap(
    api.GET('/api/print/jobs/{jobId}/file.pdf', { params: { path: { jobId } }, parseAs: 'blob' }),
  ) as Promise<Blob>;
}
