import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { consentStatusQueryKey, type ConsentStatus } from './get-consent-status';

/** DELETE /api/candidates/:id/consent: employers no longer find the profile, at once. */
export function withdrawConsent(candidateId: string): Promise<ConsentStatus> {
  return unwrap(api.DELETE('/api/candidates/{id}/consent', { params: { path: { id: candidateId } } }));
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
