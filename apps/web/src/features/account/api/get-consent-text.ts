import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ConsentText } from '@passgenau/domain';
import { api, unwrap } from '../../../lib/api';

/** GET /api/consent/texts: the consent text in force, in every interface language. */
export function getConsentText(signal?: AbortSignal): Promise<ConsentText> {
  // The document describes title and body as objects by language; libs/domain names the languages.
  return unwrap(api.GET('/api/consent/texts', { signal })) as Promise<ConsentText>;
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
