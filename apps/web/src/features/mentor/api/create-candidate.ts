import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UiLanguage } from '@passgenau/domain';
import { apiRequest } from '../../../lib/api-client';
import { MENTOR_CANDIDATES_QUERY_KEY } from './list-mentor-candidates';

export interface CreateCandidateInput {
  givenName: string;
  familyName: string;
  language: UiLanguage;
}

/** The new account's first sign-in; the code is shown only now. */
export interface CreatedCandidate {
  candidateId: string;
  loginName: string;
  accessCode: string;
  accessCodeExpiresAt: string;
  /** Where the candidate signs in with the code: the server's PUBLIC_URL, as in invitation links. */
  signInUrl: string;
}

/** POST /api/mentor/candidates: an account for a candidate without e-mail, with a printable one-time code. */
export function createCandidate(input: CreateCandidateInput): Promise<CreatedCandidate> {
  return apiRequest<CreatedCandidate>('/mentor/candidates', { method: 'POST', body: input });
}

export function useCreateCandidate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCandidate,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: MENTOR_CANDIDATES_QUERY_KEY }),
  });
}
