import type { Schemas } from '@passgenau/api-client';
import { useMutation } from '@tanstack/react-query';
import { api, unwrap, withoutSessionRenewal } from '../../../lib/api';
import type { SessionResponse } from '../../../types/session';

export type AcceptInvitationInput = Schemas['AcceptInvitationDto'] & { token: string };

/** POST /api/invitations/:token/accept: creates the account and signs it in. */
export function acceptInvitation({ token, ...body }: AcceptInvitationInput): Promise<SessionResponse> {
  return unwrap(
    api.POST('/api/invitations/{token}/accept', {
      params: { path: { token } },
      body,
      fetch: withoutSessionRenewal,
    }),
  );
}

export function useAcceptInvitation() {
  return useMutation({ mutationFn: acceptInvitation });
}
