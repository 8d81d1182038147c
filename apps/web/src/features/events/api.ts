import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Schemas } from '@passgenau/api-client';
import { api, unwrap } from '../../lib/api';

export type EventItem = Schemas['EventResponse'];
export type EventKind = EventItem['kind'];
export type EventStatus = EventItem['status'];
export type EventInput = Schemas['CreateEventDto'];
export type Registration = Schemas['EventRegistrationResponse'];
export type Schedule = Schemas['EventScheduleResponse'];
export type ScheduleMeeting = Schemas['EventMeetingResponse'];
export type Plan = Schemas['EventPlanResponse'];
export type EventFirm = Schemas['EventFirmResponse'];

export const EVENT_KINDS: EventKind[] = ['speed_dating', 'open_house', 'job_fair', 'iba_info'];
/** The one status an event can move to next (draft → open → closed → held). */
export const NEXT_STATUS: Record<EventStatus, Exclude<EventStatus, 'draft'> | null> = {
  draft: 'open',
  open: 'closed',
  closed: 'held',
  held: null,
};

const KEY = ['events'] as const;
const path = (id: string) => ({ params: { path: { id } } });

/** GET /api/events */
export function useEvents() {
  return useQuery({
    queryKey: KEY,
    queryFn: ({ signal }) => unwrap(api.GET('/api/events', { signal })),
  });
}

/** GET /api/events/:id */
export function useEvent(id: string) {
  return useQuery({
    queryKey: [...KEY, id],
    queryFn: ({ signal }) => unwrap(api.GET('/api/events/{id}', { ...path(id), signal })),
  });
}

/** POST /api/events */
export function useCreateEvent() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: EventInput) => unwrap(api.POST('/api/events', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  });
}

/** PATCH /api/events/:id */
export function useUpdateEvent(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Partial<EventInput>) => unwrap(api.PATCH('/api/events/{id}', { ...path(id), body })),
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  });
}

/** POST /api/events/:id/status */
export function useSetEventStatus(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (status: EventStatus) =>
      unwrap(api.POST('/api/events/{id}/status', { ...path(id), body: { status } })),
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  });
}

/** GET /api/events/:id/registrations (staff; q = name or code) */
export function useRegistrations(id: string, q = '', options: { refetchInterval?: number } = {}) {
  return useQuery({
    queryKey: [...KEY, id, 'registrations', q],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/events/{id}/registrations', {
          params: { path: { id }, query: q ? { q } : {} },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
    refetchInterval: options.refetchInterval,
  });
}

/** GET /api/events/:id/my-registrations */
export function useMyRegistrations(id: string) {
  return useQuery({
    queryKey: [...KEY, id, 'mine'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/events/{id}/my-registrations', { ...path(id), signal })),
  });
}

function useEventMutation<T, R>(fn: (input: T) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => client.invalidateQueries({ queryKey: [...KEY] }),
  });
}

/** POST /api/events/:id/registrations */
export function useRegister(id: string) {
  return useEventMutation((body: Schemas['EventRegisterDto']) =>
    unwrap(api.POST('/api/events/{id}/registrations', { ...path(id), body })),
  );
}

/** DELETE /api/events/:id/registrations/:registrationId */
export function useCancelRegistration(id: string) {
  return useEventMutation((registrationId: string) =>
    unwrap(
      api.DELETE('/api/events/{id}/registrations/{registrationId}', {
        params: { path: { id, registrationId } },
      }),
    ),
  );
}

/** PUT /api/events/:id/registrations/:registrationId/wishes */
export function useSetWishes(id: string) {
  return useEventMutation(
    ({ registrationId, ...body }: { registrationId: string } & Schemas['EventWishesDto']) =>
      unwrap(
        api.PUT('/api/events/{id}/registrations/{registrationId}/wishes', {
          params: { path: { id, registrationId } },
          body,
        }),
      ),
  );
}

/** GET /api/events/:id/firms */
export function useEventFirms(id: string, enabled = true) {
  return useQuery({
    queryKey: [...KEY, id, 'firms'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/events/{id}/firms', { ...path(id), signal })),
    enabled,
  });
}

/** GET /api/events/:id/candidates (pseudonyms, for a firm's must-not list) */
export function useEventCandidates(id: string, enabled = true) {
  return useQuery({
    queryKey: [...KEY, id, 'candidates'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/events/{id}/candidates', { ...path(id), signal })),
    enabled,
  });
}

/** GET /api/events/:id/schedule (staff) */
export function useSchedule(id: string, enabled = true, refetchInterval?: number) {
  return useQuery({
    queryKey: [...KEY, id, 'schedule'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/events/{id}/schedule', { ...path(id), signal })),
    enabled,
    refetchInterval,
  });
}

/** POST /api/events/:id/schedule (generate) */
export function useGenerateSchedule(id: string) {
  return useEventMutation(() => unwrap(api.POST('/api/events/{id}/schedule', path(id))));
}

/** POST /api/events/:id/schedule/publish */
export function usePublishSchedule(id: string) {
  return useEventMutation(() => unwrap(api.POST('/api/events/{id}/schedule/publish', path(id))));
}

/** POST /api/events/:id/schedule/replan */
export function useReplan(id: string) {
  return useEventMutation((fromRound: number | undefined) =>
    unwrap(
      api.POST('/api/events/{id}/schedule/replan', { ...path(id), body: fromRound ? { fromRound } : {} }),
    ),
  );
}

/** GET /api/events/:id/schedule/instance: the planning file */
export function fetchInstance(id: string) {
  return unwrap(api.GET('/api/events/{id}/schedule/instance', path(id)));
}

/** POST /api/events/:id/check-in (by code) */
export function useCheckInByCode(id: string) {
  return useEventMutation((code: string) =>
    unwrap(api.POST('/api/events/{id}/check-in', { ...path(id), body: { code } })),
  );
}

/** POST /api/events/:id/registrations/:registrationId/check-in | no-show */
export function useAttendance(id: string) {
  return useEventMutation(
    ({ registrationId, what }: { registrationId: string; what: 'check-in' | 'no-show' }) =>
      what === 'check-in'
        ? unwrap(
            api.POST('/api/events/{id}/registrations/{registrationId}/check-in', {
              params: { path: { id, registrationId } },
            }),
          )
        : unwrap(
            api.POST('/api/events/{id}/registrations/{registrationId}/no-show', {
              params: { path: { id, registrationId } },
            }),
          ),
  );
}

/** POST /api/events/:id/walk-ins */
export function useWalkIn(id: string) {
  return useEventMutation((candidateId: string) =>
    unwrap(api.POST('/api/events/{id}/walk-ins', { ...path(id), body: { candidateId } })),
  );
}

/** GET /api/events/:id/plans/:registrationId */
export function usePlan(id: string, registrationId: string, refetchInterval?: number) {
  return useQuery({
    queryKey: [...KEY, id, 'plan', registrationId],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/events/{id}/plans/{registrationId}', {
          params: { path: { id, registrationId } },
          signal,
        }),
      ),
    refetchInterval,
  });
}

/** GET /api/towns (for the event form) */
export function useTowns() {
  return useQuery({
    queryKey: ['towns'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/towns', { signal })),
    staleTime: 60 * 60 * 1000,
  });
}

/** GET /api/offers: the firm's own offers (open ones can be brought to an event) */
export function useOwnOffers(enabled: boolean) {
  return useQuery({
    queryKey: ['offers', 'own', 'for-events'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/offers', { signal })),
    enabled,
  });
}

/** GET /api/mentor/candidates: whom a mentor may register */
export function useMentorCandidates(enabled: boolean) {
  return useQuery({
    queryKey: ['mentor', 'candidates', 'for-events'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/mentor/candidates', { signal })),
    enabled,
  });
}

/** GET /api/candidates/lookup?q= (walk-ins at check-in) */
export function useCandidateLookup(q: string) {
  return useQuery({
    queryKey: ['candidates', 'lookup', 'walk-in', q],
    queryFn: ({ signal }) => unwrap(api.GET('/api/candidates/lookup', { params: { query: { q } }, signal })),
    enabled: q.trim().length >= 2,
  });
}

/** "de, ar" → ['de', 'ar'] */
export function parseCodes(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,\s]+/)
        .map((c) => c.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
}
