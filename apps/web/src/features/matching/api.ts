import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Schemas } from '@passgenau/api-client';
import { api, unwrap } from '../../lib/api';

export type OfferMatches = Schemas['OfferMatchesResponse'];
export type OfferMatch = Schemas['OfferMatchResponse'];
export type CandidateMatches = Schemas['CandidateMatchesResponse'];

export interface MatchPage {
  page?: number;
  pageSize?: number;
}

/** GET /api/offers/{id}/matches: the offer's candidates, best first (the firm, IBA staff, coordinators). */
export function useOfferMatches(offerId: string, page: MatchPage = {}) {
  return useQuery({
    queryKey: ['matching', 'offer', offerId, page] as const,
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/offers/{id}/matches', { params: { path: { id: offerId }, query: page }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** GET /api/offers/{id}/matches/{pseudonym}: one match opened (logged as a read). */
export function useOfferMatch(offerId: string, pseudonym: string | null) {
  return useQuery({
    queryKey: ['matching', 'offer', offerId, 'candidate', pseudonym] as const,
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/offers/{id}/matches/{pseudonym}', {
          params: { path: { id: offerId, pseudonym: pseudonym! } },
          signal,
        }),
      ),
    enabled: pseudonym !== null,
  });
}

/**
 * Open offers for a candidate, best first: their own (`candidateId` null, GET /api/me/matches) or,
 * for mentors and IBA staff, a candidate's (GET /api/candidates/{id}/matches).
 */
export function useCandidateMatches(candidateId: string | null, page: MatchPage = {}) {
  return useQuery({
    queryKey: ['matching', 'candidate', candidateId ?? 'me', page] as const,
    queryFn: ({ signal }) =>
      candidateId
        ? unwrap(
            api.GET('/api/candidates/{id}/matches', {
              params: { path: { id: candidateId }, query: page },
              signal,
            }),
          )
        : unwrap(api.GET('/api/me/matches', { params: { query: page }, signal })),
    placeholderData: keepPreviousData,
  });
}
