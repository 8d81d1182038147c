import { useMutation } from '@tanstack/react-query';
import type { UiLanguage } from '@passgenau/domain';
import { api, unwrap, withoutSessionRenewal } from '../../../lib/api';

export interface PasswordResetRequestInput {
  email: string;
  /** Language of the mail when the account has none of its own. */
  language: UiLanguage;
}

/** POST /api/auth/password-reset/request: always 202, whether or not the e-mail is known. */
export async function requestPasswordReset(input: PasswordResetRequestInput): Promise<void> {
  await unwrap(api.POST('/api/auth/password-reset/request', { body: input, fetch: withoutSessionRenewal }));
}

export function useRequestPasswordReset() {
  return useMutation({ mutationFn: requestPasswordReset });
}
