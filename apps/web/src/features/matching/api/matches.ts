import type { Schemas } from '@passgenau/api-client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';

export type OfferMatches = Schemas['OfferMatchesResponse'];
export type CandidateMatch = Schemas['CandidateMatchItem'];
export type OfferMatch = Schemas['OfferMatchResponse'];
export type CandidateMatches = Schemas['CandidateMatchesResponse'];
export type OfferMatchItem = Schemas['OfferMatchItem'];
export type MatchExplanationData = Schemas['MatchExplanationResponse'];
export type ConceptRef = Schemas['ConceptRefResponse'];

export const MATCH_PAGE_SIZE = 10;

/** GET /api/offers/:id/matches: the offer's candidates, best first (the firm, IBA staff, coordinators). */
export function useOfferMatches(offerId: string, page: number) {
  return useQuery({
    queryKey: ['matches', 'offer', offerId, page] as const,
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/offers/{id}/matches', {
          params: { path: { id: offerId }, query: { page, pageSize: MATCH_PAGE_SIZE } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** GET /api/offers/:id/matches/:pseudonym: one candidate of the offer's matches, opened (logged as a read). */
export function useOfferMatch(offerId: string, pseudonym: string) {
  return useQuery({
    queryKey: ['matches', 'offer', offerId, 'candidate', pseudonym] as const,
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/offers/{id}/matches/{pseudonym}', {
          params: { path: { id: offerId, pseudonym } },
          signal,
        }),
      ),
  });
}

/**
 * Open offers for a candidate, best first: the candidate's own (GET /api/me/matches) or, for a mentor
 * or IBA staff, a candidate's (GET /api/candidates/:id/matches).
 */
export function useCandidateMatches(candidateId: string | null, page: number) {
  return useQuery({
    queryKey: ['matches', 'candidate', candidateId ?? 'me', page] as const,
    queryFn: ({ signal }) => {
      const query = { page, pageSize: MATCH_PAGE_SIZE };
      return unwrap(
        candidateId
          ? api.GET('/api/candidates/{id}/matches', { params: { path: { id: candidateId }, query }, signal })
          : api.GET('/api/me/matches', { params: { query }, signal }),
      );
    },
    placeholderData: keepPreviousData,
  });
}
