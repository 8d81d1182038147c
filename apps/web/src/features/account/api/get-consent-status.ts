import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Schemas } from '@passgenau/api-client';
import { api, unwrap } from '../../../lib/api';

export type ConsentRecord = Schemas['ConsentRecordResponse'];

/** GET /api/candidates/:id/consent */
export type ConsentStatus = Schemas['ConsentStatusResponse'];

export function consentStatusQueryKey(candidateId: string) {
  return ['candidates', candidateId, 'consent'] as const;
}

export function getConsentStatus(candidateId: string, signal?: AbortSignal): Promise<ConsentStatus> {
  return unwrap(api.GET('/api/candidates/{id}/consent', { params: { path: { id: candidateId } }, signal }));
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
