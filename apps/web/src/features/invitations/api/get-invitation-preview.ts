import { queryOptions, useQuery } from '@tanstack/react-query';
import type { InvitationKind, UiLanguage } from '@passgenau/domain';
import { apiRequest } from '../../../lib/api-client';

/** GET /api/invitations/:token: what the invited person sees before accepting; 404 when invalid. */
export interface InvitationPreview {
  kind: InvitationKind;
  email: string;
  companyName: string | null;
  invitedBy: string;
  expiresAt: string;
  language: UiLanguage;
}

export function getInvitationPreview(token: string, signal?: AbortSignal): Promise<InvitationPreview> {
  return apiRequest<InvitationPreview>(`/invitations/${encodeURIComponent(token)}`, {
    signal,
    refreshSession: false,
  });
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
