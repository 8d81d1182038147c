import type { Schemas } from '@passgenau/api-client';
import { useMutation } from '@tanstack/react-query';
import { api, unwrap, withoutSessionRenewal } from '../../../lib/api';

export type PasswordResetConfirmInput = Schemas['PasswordResetConfirmDto'];

/** POST /api/auth/password-reset/confirm: 204, or 400 naming `token` or `newPassword`. Ends every session. */
export async function confirmPasswordReset(input: PasswordResetConfirmInput): Promise<void> {
  await unwrap(api.POST('/api/auth/password-reset/confirm', { body: input, fetch: withoutSessionRenewal }));
}

export function useConfirmPasswordReset() {
  return useMutation({ mutationFn: confirmPasswordReset });
}
