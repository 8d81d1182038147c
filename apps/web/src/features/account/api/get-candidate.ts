import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Schemas } from '@passgenau/api-client';
import { api, unwrap } from '../../../lib/api';

/** GET /api/candidates/:id: personal data (the candidate, authorised mentors, IBA staff, admins; logged). */
export type CandidatePersonalData = Schemas['CandidatePersonalResponse'];

export function getCandidate(candidateId: string, signal?: AbortSignal): Promise<CandidatePersonalData> {
  return unwrap(api.GET('/api/candidates/{id}', { params: { path: { id: candidateId } }, signal }));
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
