import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { consentStatusQueryKey, type ConsentStatus } from './get-consent-status';

export interface GiveConsentInput {
  candidateId: string;
  /** The version of the text the candidate read. */
  textVersion: string;
}

/** POST /api/candidates/:id/consent (the candidate, or an authorised mentor on the candidate's behalf). */
export function giveConsent({ candidateId, textVersion }: GiveConsentInput): Promise<ConsentStatus> {
  return unwrap(
    api.POST('/api/candidates/{id}/consent', {
      params: { path: { id: candidateId } },
      body: { textVersion },
    }),
  );
}

export function useGiveConsent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: giveConsent,
    onSuccess: (status, { candidateId }) => {
      queryClient.setQueryData(consentStatusQueryKey(candidateId), status);
      void queryClient.invalidateQueries({ queryKey: ['candidates', candidateId] });
    },
  });
}
