import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export interface PasswordResetConfirmInput {
  token: string;
  newPassword: string;
}

/** POST /api/auth/password-reset/confirm: 204, or 400 naming `token` or `newPassword`. Ends every session. */
export async function confirmPasswordReset(input: PasswordResetConfirmInput): Promise<void> {
  await apiRequest<null>('/auth/password-reset/confirm', {
    method: 'POST',
    body: input,
    refreshSession: false,
  });
}

export function useConfirmPasswordReset() {
  return useMutation({ mutationFn: confirmPasswordReset });
}
