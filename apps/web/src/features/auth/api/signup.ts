import type { Schemas } from '@passgenau/api-client';
import { useMutation } from '@tanstack/react-query';
import { api, unwrap, withoutSessionRenewal } from '../../../lib/api';
import type { SessionResponse } from '../../../types/session';

export type SignupInput = Schemas['SignupDto'];

/**
 * POST /api/auth/signup: a candidate signs up alone (everyone else is invited). Always 202: the
 * link that creates the account comes by e-mail (a known address gets a note instead).
 */
export async function signup(input: SignupInput): Promise<void> {
  await unwrap(api.POST('/api/auth/signup', { body: input, fetch: withoutSessionRenewal }));
}

export function useSignup() {
  return useMutation({ mutationFn: signup });
}

/** POST /api/auth/signup/confirm: the link from the mail creates the account and signs in; 400 naming `token`. */
export function confirmSignup(token: string): Promise<SessionResponse> {
  return unwrap(api.POST('/api/auth/signup/confirm', { body: { token }, fetch: withoutSessionRenewal }));
}

export function useConfirmSignup() {
  return useMutation({ mutationFn: confirmSignup });
}
