import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export interface ConsentRecord {
  id: string;
  textVersion: string;
  grantedAt: string;
  grantedBy: string | null;
  /** A mentor recorded it on the candidate's behalf. */
  grantedOnBehalf: boolean;
  withdrawnAt: string | null;
  withdrawnOnBehalf: boolean | null;
}

/** GET /api/candidates/:id/consent */
export interface ConsentStatus {
  /** Employers may find the profile. */
  searchable: boolean;
  currentTextVersion: string;
  active: ConsentRecord | null;
  history: ConsentRecord[];
}

export function consentStatusQueryKey(candidateId: string) {
  return ['candidates', candidateId, 'consent'] as const;
}

export function getConsentStatus(candidateId: string, signal?: AbortSignal): Promise<ConsentStatus> {
  return apiRequest<ConsentStatus>(`/candidates/${encodeURIComponent(candidateId)}/consent`, { signal });
}

export function consentStatusQueryOptions(candidateId: string) {
  return queryOptions({
    queryKey: consentStatusQueryKey(candidateId),
    queryFn: ({ signal }) => getConsentStatus(candidateId, signal),
  });
}

export function useConsentStatus(candidateId: string) {
  return useQuery(consentStatusQueryOptions(candidateId));
}
