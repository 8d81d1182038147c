import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { consentStatusQueryKey, type ConsentStatus } from './get-consent-status';

/** DELETE /api/candidates/:id/consent: employers no longer find the profile, at once. */
export function withdrawConsent(candidateId: string): Promise<ConsentStatus> {
  return apiRequest<ConsentStatus>(`/candidates/${encodeURIComponent(candidateId)}/consent`, {
    method: 'DELETE',
  });
}

export function useWithdrawConsent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withdrawConsent,
    onSuccess: (status, candidateId) => {
      queryClient.setQueryData(consentStatusQueryKey(candidateId), status);
      void queryClient.invalidateQueries({ queryKey: ['candidates', candidateId] });
    },
  });
}
