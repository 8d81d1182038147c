import type { Schemas } from '@passgenau/api-client';
import { useMutation } from '@tanstack/react-query';
import { api, unwrap, withoutSessionRenewal } from '../../../lib/api';

export type PasswordResetRequestInput = Schemas['PasswordResetRequestDto'];

/** POST /api/auth/password-reset/request: always 202, whether or not the e-mail is known. */
export async function requestPasswordReset(input: PasswordResetRequestInput): Promise<void> {
  await unwrap(api.POST('/api/auth/password-reset/request', { body: input, fetch: withoutSessionRenewal }));
}

export function useRequestPasswordReset() {
  return useMutation({ mutationFn: requestPasswordReset });
}
