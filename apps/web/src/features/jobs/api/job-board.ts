import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { operations, Schemas } from '@passgenau/api-client';
import { api, unwrap } from '../../../lib/api';
import type { QueryValue } from '../../../lib/api-client';

/** The job board's filters as the document declares them. */
export type JobBoardQuery = NonNullable<operations['JobBoardController_search']['parameters']['query']>;

export function getJobBoard(query: Record<string, QueryValue>, signal?: AbortSignal) {
  // The filters come from the URL; the API validates and names a wrong one.
  return unwrap(api.GET('/api/job-board/offers', { params: { query: query as JobBoardQuery }, signal }));
}

export function useJobBoard(query: Record<string, QueryValue>) {
  return useQuery({
    queryKey: ['job-board', 'offers', query] as const,
    queryFn: ({ signal }) => getJobBoard(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function jobOfferQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['job-board', 'offer', id] as const,
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/job-board/offers/{id}', { params: { path: { id } }, signal })),
  });
}

export function useJobOffer(id: string) {
  return useQuery(jobOfferQueryOptions(id));
}

/** GET /api/towns: the district's towns (reference data). */
export function useTowns() {
  return useQuery({
    queryKey: ['towns'] as const,
    queryFn: ({ signal }) => unwrap(api.GET('/api/towns', { signal })),
    staleTime: 60 * 60_000,
  });
}

export interface InterestChange {
  offerId: string;
  interested: boolean;
  candidateId?: string;
}

/** PUT or DELETE /api/job-board/offers/:id/interest (mentors name the candidate). */
export function useChangeInterest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ offerId, interested, candidateId }: InterestChange) =>
      interested
        ? unwrap(
            api.PUT('/api/job-board/offers/{id}/interest', {
              params: { path: { id: offerId } },
              body: candidateId ? { candidateId } : {},
            }),
          )
        : unwrap(
            api.DELETE('/api/job-board/offers/{id}/interest', {
              params: { path: { id: offerId }, query: { candidateId } },
            }),
          ),
    onSuccess: (_data, { offerId }) => {
      void queryClient.invalidateQueries({ queryKey: ['job-board', 'offer', offerId] });
      void queryClient.invalidateQueries({ queryKey: ['offer-interests'] });
    },
  });
}

export type CandidateInterestItem = Schemas['CandidateInterestItem'];

export function useOfferInterests(candidateId: string | null, enabled: boolean) {
  return useQuery({
    queryKey: ['offer-interests', candidateId] as const,
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/offer-interests', {
          params: { query: { candidateId: candidateId ?? undefined } },
          signal,
        }),
      ),
    enabled,
  });
}
