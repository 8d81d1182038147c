import { useMutation } from '@tanstack/react-query';
import type { UiLanguage } from '@passgenau/domain';
import { apiRequest } from '../../../lib/api-client';
import type { SessionResponse } from '../../../types/session';

export interface AcceptInvitationInput {
  token: string;
  password: string;
  givenName: string;
  familyName: string;
  language: UiLanguage;
}

/** POST /api/invitations/:token/accept: creates the account and signs it in. */
export function acceptInvitation({ token, ...body }: AcceptInvitationInput): Promise<SessionResponse> {
  return apiRequest<SessionResponse>(`/invitations/${encodeURIComponent(token)}/accept`, {
    method: 'POST',
    body,
    refreshSession: false,
  });
}

export function useAcceptInvitation() {
  return useMutation({ mutationFn: acceptInvitation });
}
