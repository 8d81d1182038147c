import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Schemas } from '@passgenau/api-client';
import { api, unwrap } from '../../lib/api';

export type ShortlistEntry = Schemas['ShortlistEntryResponse'];
export type SentRequest = Schemas['SentContactRequestResponse'];
export type InboxRequest = Schemas['InboxContactRequestResponse'];
export type QueuedRequest = Schemas['QueuedContactRequestResponse'];
export type StaffContact = Schemas['StaffContactResponse'];
export type Outcome = Schemas['OutcomeResponse'];
export type DeclineReason = Schemas['DeclineContactRequestDto']['reason'];
export type OutcomeStage = Schemas['RecordOutcomeDto']['stage'];
export type EndedReason = NonNullable<Schemas['RecordOutcomeDto']['endedReason']>;

export const DECLINE_REASONS: DeclineReason[] = [
  'not_interested',
  'found_work',
  'too_far',
  'not_now',
  'offer_not_suitable',
  'other',
];
export const OUTCOME_STAGES: OutcomeStage[] = [
  'talk',
  'trial',
  'apprenticeship_contract',
  'employment_contract',
  'ended',
];
export const ENDED_REASONS: EndedReason[] = [
  'hired_elsewhere',
  'candidate_withdrew',
  'firm_withdrew',
  'not_suitable',
  'completed',
  'other',
];

const KEY = ['contacts'] as const;

/** Everything of this feature is read again after a change (lists are short). */
function useInvalidate() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: KEY });
}

/** GET /api/shortlist: `offer` an offer id, 'general', or undefined for every entry. */
export function useShortlist(offer?: string) {
  return useQuery({
    queryKey: [...KEY, 'shortlist', offer ?? 'all'] as const,
    queryFn: ({ signal }) => unwrap(api.GET('/api/shortlist', { params: { query: { offer } }, signal })),
  });
}

export function useAddToShortlist() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: { pseudonym: string; offerId?: string | null; note?: string | null }) =>
      unwrap(api.POST('/api/shortlist', { body })),
    onSuccess: invalidate,
  });
}

export function useUpdateShortlistNote() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, note }: { id: string; note: string | null }) =>
      unwrap(api.PATCH('/api/shortlist/{id}', { params: { path: { id } }, body: { note } })),
    onSuccess: invalidate,
  });
}

export function useRemoveFromShortlist() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/shortlist/{id}', { params: { path: { id } } })),
    onSuccess: invalidate,
  });
}

export function useSendContactRequest() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: { pseudonym: string; offerId?: string | null; message: string }) =>
      unwrap(api.POST('/api/contact-requests', { body })),
    onSuccess: invalidate,
  });
}

export function useSentRequests(page: number) {
  return useQuery({
    queryKey: [...KEY, 'sent', page] as const,
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/contact-requests/sent', { params: { query: { page, pageSize: 20 } }, signal })),
  });
}

export function useInbox() {
  return useQuery({
    queryKey: [...KEY, 'inbox'] as const,
    queryFn: ({ signal }) => unwrap(api.GET('/api/contact-requests/inbox', { signal })),
  });
}

export function useAnswerRequest() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (
      answer:
        | { id: string; kind: 'accept'; shareEmail: boolean; sharePhone: boolean }
        | { id: string; kind: 'decline'; reason: DeclineReason }
        | { id: string; kind: 'block' },
    ) => {
      const path = { params: { path: { id: answer.id } } };
      if (answer.kind === 'accept')
        return unwrap(
          api.POST('/api/contact-requests/{id}/accept', {
            ...path,
            body: { shareEmail: answer.shareEmail, sharePhone: answer.sharePhone },
          }),
        );
      if (answer.kind === 'decline')
        return unwrap(
          api.POST('/api/contact-requests/{id}/decline', { ...path, body: { reason: answer.reason } }),
        );
      return unwrap(api.POST('/api/contact-requests/{id}/block', path));
    },
    onSuccess: invalidate,
  });
}

export function useBrokerQueue(enabled: boolean) {
  return useQuery({
    queryKey: [...KEY, 'queue'] as const,
    queryFn: ({ signal }) => unwrap(api.GET('/api/contact-requests/queue', { signal })),
    enabled,
  });
}

/** GET /api/contact-requests/accepted: accepted contacts for IBA staff to record outcomes. */
export function useAcceptedContacts(enabled: boolean) {
  return useQuery({
    queryKey: [...KEY, 'accepted'] as const,
    queryFn: ({ signal }) => unwrap(api.GET('/api/contact-requests/accepted', { signal })),
    enabled,
  });
}

export function useBrokerDecision() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (
      decision: { id: string; kind: 'pass-on' } | { id: string; kind: 'return'; comment: string },
    ) =>
      decision.kind === 'pass-on'
        ? unwrap(api.POST('/api/contact-requests/{id}/pass-on', { params: { path: { id: decision.id } } }))
        : unwrap(
            api.POST('/api/contact-requests/{id}/return', {
              params: { path: { id: decision.id } },
              body: { comment: decision.comment },
            }),
          ),
    onSuccess: invalidate,
  });
}

export function useContactSettings() {
  return useQuery({
    queryKey: [...KEY, 'settings'] as const,
    queryFn: ({ signal }) => unwrap(api.GET('/api/contact-settings', { signal })),
  });
}

export function useSetBrokered() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (brokered: boolean) => unwrap(api.PUT('/api/contact-settings', { body: { brokered } })),
    onSuccess: invalidate,
  });
}

export function useRecordOutcome(requestId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: { stage: OutcomeStage; occurredOn: string; endedReason?: EndedReason | null }) =>
      unwrap(api.POST('/api/contact-requests/{id}/outcomes', { params: { path: { id: requestId } }, body })),
    onSuccess: invalidate,
  });
}

// ---------- IBA staff on a firm's behalf ----------

/** GET /api/contact-requests/on-behalf/firms: the checked firms IBA staff may send for. */
export function useOnBehalfFirms(enabled: boolean) {
  return useQuery({
    queryKey: [...KEY, 'on-behalf', 'firms'] as const,
    queryFn: ({ signal }) => unwrap(api.GET('/api/contact-requests/on-behalf/firms', { signal })),
    enabled,
    staleTime: 60_000,
  });
}

/** GET /api/offers?companyId=…&status=open: the chosen firm's open offers (staff read every firm's). */
export function useFirmOpenOffers(companyId: string | null) {
  return useQuery({
    queryKey: ['offers', 'open-of', companyId] as const,
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/offers', {
          params: { query: { companyId: companyId ?? undefined, status: 'open', pageSize: 100 } },
          signal,
        }),
      ),
    enabled: companyId !== null,
  });
}

/** POST /api/contact-requests/on-behalf. */
export function useSendOnBehalf() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: { companyId: string; pseudonym: string; offerId?: string | null; message: string }) =>
      unwrap(api.POST('/api/contact-requests/on-behalf', { body })),
    onSuccess: invalidate,
  });
}
