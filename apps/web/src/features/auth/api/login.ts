import type { Schemas } from '@passgenau/api-client';
import { useMutation } from '@tanstack/react-query';
import { api, unwrap, withoutSessionRenewal } from '../../../lib/api';
import type { SessionResponse } from '../../../types/session';

export type LoginInput = Schemas['LoginDto'];

/** POST /api/auth/login. A 401 here means a wrong e-mail or password, so the session is not renewed. */
export function login(input: LoginInput): Promise<SessionResponse> {
  return unwrap(api.POST('/api/auth/login', { body: input, fetch: withoutSessionRenewal }));
}

export function useLogin() {
  return useMutation({ mutationFn: login });
}
