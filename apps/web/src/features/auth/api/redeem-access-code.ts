import { useMutation } from '@tanstack/react-query';
import { api, unwrap, withoutSessionRenewal } from '../../../lib/api';
import type { SessionResponse } from '../../../types/session';

export interface AccessCodeInput {
  loginName: string;
  /** The printed one-time code; dashes and spaces do not matter. */
  code: string;
  newPassword: string;
}

/** POST /api/auth/access-code: first sign-in of a candidate without e-mail; sets the password. */
export function redeemAccessCode(input: AccessCodeInput): Promise<SessionResponse> {
  return unwrap(api.POST('/api/auth/access-code', { body: input, fetch: withoutSessionRenewal }));
}

export function useRedeemAccessCode() {
  return useMutation({ mutationFn: redeemAccessCode });
}
