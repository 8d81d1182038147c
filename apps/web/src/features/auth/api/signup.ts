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

/** POST /api/auth/signup: a candidate signs up alone (everyone else is invited). */
export function signup(input: SignupInput): Promise<SessionResponse> {
  return apiRequest<SessionResponse>('/auth/signup', { method: 'POST', body: input, refreshSession: false });
}

export function useSignup() {
  return useMutation({ mutationFn: signup });
}
