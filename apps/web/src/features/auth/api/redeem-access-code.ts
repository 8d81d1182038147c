import type { Schemas } from '@passgenau/api-client';
import { useMutation } from '@tanstack/react-query';
import { api, unwrap, withoutSessionRenewal } from '../../../lib/api';
import type { SessionResponse } from '../../../types/session';

export type AccessCodeInput = Schemas['AccessCodeDto'];

/** POST /api/auth/access-code: first sign-in of a candidate without e-mail; sets the password. */
export function redeemAccessCode(input: AccessCodeInput): Promise<SessionResponse> {
  return unwrap(api.POST('/api/auth/access-code', { body: input, fetch: withoutSessionRenewal }));
}

export function useRedeemAccessCode() {
  return useMutation({ mutationFn: redeemAccessCode });
}
