import { useMutation } from '@tanstack/react-query';
import type { UiLanguage } from '@passgenau/domain';
import { apiRequest } from '../../../lib/api-client';
import type { SessionResponse } from '../../../types/session';

export interface SignupInput {
  email: string;
  password: string;
  givenName: string;
  familyName: string;
  language: UiLanguage;
}

/**
 * POST /api/auth/signup: a candidate signs up alone (everyone else is invited). Always 202: the
 * link that creates the account comes by e-mail (a known address gets a note instead).
 */
export async function signup(input: SignupInput): Promise<void> {
  await apiRequest<unknown>('/auth/signup', { method: 'POST', body: input, refreshSession: false });
}

export function useSignup() {
  return useMutation({ mutationFn: signup });
}

/** POST /api/auth/signup/confirm: the link from the mail creates the account and signs in; 400 naming `token`. */
export function confirmSignup(token: string): Promise<SessionResponse> {
  return apiRequest<SessionResponse>('/auth/signup/confirm', {
    method: 'POST',
    body: { token },
    refreshSession: false,
  });
}

export function useConfirmSignup() {
  return useMutation({ mutationFn: confirmSignup });
}
