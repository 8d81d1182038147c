import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** GET /api/candidates/:id: personal data (the candidate, authorised mentors, IBA staff, admins; logged). */
export interface CandidatePersonalData {
  id: string;
  givenName: string;
  familyName: string;
  email: string | null;
  loginName: string | null;
  preferredLanguage: string;
  searchableConsent: boolean;
  createdAt: string;
}

export function getCandidate(candidateId: string, signal?: AbortSignal): Promise<CandidatePersonalData> {
  return apiRequest<CandidatePersonalData>(`/candidates/${encodeURIComponent(candidateId)}`, { signal });
}

export function candidateQueryOptions(candidateId: string) {
  return queryOptions({
    queryKey: ['candidates', candidateId] as const,
    queryFn: ({ signal }) => getCandidate(candidateId, signal),
  });
}

export function useCandidate(candidateId: string) {
  return useQuery(candidateQueryOptions(candidateId));
}
