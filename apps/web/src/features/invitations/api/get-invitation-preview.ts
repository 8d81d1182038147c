import type { Schemas } from '@passgenau/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, withoutSessionRenewal } from '../../../lib/api';

/** GET /api/invitations/:token: what the invited person sees before accepting; 404 when invalid. */
export type InvitationPreview = Schemas['InvitationPreviewResponse'];

export function getInvitationPreview(token: string, signal?: AbortSignal): Promise<InvitationPreview> {
  return unwrap(
    api.GET('/api/invitations/{token}', {
      params: { path: { token } },
      signal,
      fetch: withoutSessionRenewal,
    }),
  );
}

export function invitationPreviewQueryOptions(token: string) {
  return queryOptions({
    queryKey: ['invitation-preview', token] as const,
    queryFn: ({ signal }) => getInvitationPreview(token, signal),
  });
}

export function useInvitationPreview(token: string) {
  return useQuery(invitationPreviewQueryOptions(token));
}
