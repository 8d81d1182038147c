import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { consentStatusQueryKey, type ConsentStatus } from './get-consent-status';

export interface GiveConsentInput {
  candidateId: string;
  /** The version of the text the candidate read. */
  textVersion: string;
}

/** POST /api/candidates/:id/consent (the candidate, or an authorised mentor on the candidate's behalf). */
export function giveConsent({ candidateId, textVersion }: GiveConsentInput): Promise<ConsentStatus> {
  return apiRequest<ConsentStatus>(`/candidates/${encodeURIComponent(candidateId)}/consent`, {
    method: 'POST',
    body: { textVersion },
  });
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
