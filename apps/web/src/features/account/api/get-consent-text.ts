import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ConsentText } from '@passgenau/domain';
import { apiRequest } from '../../../lib/api-client';

/** GET /api/consent/texts: the consent text in force, in every interface language. */
export function getConsentText(signal?: AbortSignal): Promise<ConsentText> {
  return apiRequest<ConsentText>('/consent/texts', { signal });
}

export function consentTextQueryOptions() {
  return queryOptions({
    queryKey: ['consent', 'text'] as const,
    queryFn: ({ signal }) => getConsentText(signal),
    staleTime: 30 * 60_000,
  });
}

export function useConsentText() {
  return useQuery(consentTextQueryOptions());
}
