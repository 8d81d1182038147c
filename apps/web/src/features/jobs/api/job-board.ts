import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest, type QueryValue } from '../../../lib/api-client';
import type { JobBoardOfferDetail, JobBoardPage, Town } from './schemas';

export function getJobBoard(query: Record<string, QueryValue>, signal?: AbortSignal): Promise<JobBoardPage> {
  return apiRequest<JobBoardPage>('/job-board/offers', { query, signal });
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
      apiRequest<JobBoardOfferDetail>(`/job-board/offers/${encodeURIComponent(id)}`, { signal }),
  });
}

export function useJobOffer(id: string) {
  return useQuery(jobOfferQueryOptions(id));
}

/** GET /api/towns: the district's towns (reference data). */
export function useTowns() {
  return useQuery({
    queryKey: ['towns'] as const,
    queryFn: ({ signal }) => apiRequest<Town[]>('/towns', { signal }),
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
    mutationFn: ({ offerId, interested, candidateId }: InterestChange) => {
      const path = `/job-board/offers/${encodeURIComponent(offerId)}/interest`;
      return interested
        ? apiRequest<unknown>(path, { method: 'PUT', body: candidateId ? { candidateId } : {} })
        : apiRequest<unknown>(path, { method: 'DELETE', query: { candidateId } });
    },
    onSuccess: (_data, { offerId }) => {
      void queryClient.invalidateQueries({ queryKey: ['job-board', 'offer', offerId] });
      void queryClient.invalidateQueries({ queryKey: ['offer-interests'] });
    },
  });
}

export interface CandidateInterestItem {
  offerId: string;
  candidateId: string;
  markedAt: string;
  markedOnBehalf: boolean;
  title: string;
  listed: boolean;
}

export function useOfferInterests(candidateId: string | null, enabled: boolean) {
  return useQuery({
    queryKey: ['offer-interests', candidateId] as const,
    queryFn: ({ signal }) =>
      apiRequest<CandidateInterestItem[]>('/offer-interests', { query: { candidateId }, signal }),
    enabled,
  });
}
