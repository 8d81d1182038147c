import { useMutation } from '@tanstack/react-query';
import type { Schemas } from '@passgenau/api-client';
import { api, multipart, unwrap } from '../../../lib/api';

export type AssessmentInput = Schemas['AssessmentDto'];

/** POST /api/assessments (IBA staff): one provider's result for one candidate. */
export function useAttachAssessment() {
  return useMutation({
    mutationFn: (input: AssessmentInput) => unwrap(api.POST('/api/assessments', { body: input })),
  });
}

export function useCsvPreview() {
  return useMutation({
    mutationFn: (file: File) => unwrap(api.POST('/api/assessments/csv/preview', multipart({ file }))),
  });
}

export function useCsvImport() {
  return useMutation({
    mutationFn: (file: File) => unwrap(api.POST('/api/assessments/csv', multipart({ file }))),
  });
}

/** POST /api/evidence/:id/confirm (IBA staff). */
export function useConfirmEvidence() {
  return useMutation({
    mutationFn: (evidenceId: string) =>
      unwrap(api.POST('/api/evidence/{id}/confirm', { params: { path: { id: evidenceId } } })),
  });
}
