import type { Schemas } from '@passgenau/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { MENTOR_CANDIDATES_QUERY_KEY } from './list-mentor-candidates';

export type CreateCandidateInput = Schemas['CreateCandidateDto'];

/** The new account's first sign-in; the code is shown only now. */
export type CreatedCandidate = Schemas['CreatedCandidateResponse'];

/** POST /api/mentor/candidates: an account for a candidate without e-mail, with a printable one-time code. */
export function createCandidate(input: CreateCandidateInput): Promise<CreatedCandidate> {
  return unwrap(api.POST('/api/mentor/candidates', { body: input }));
}

export function useCreateCandidate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCandidate,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: MENTOR_CANDIDATES_QUERY_KEY }),
  });
}
