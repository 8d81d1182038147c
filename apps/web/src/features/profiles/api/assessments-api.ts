import { useMutation } from '@tanstack/react-query';
import type { EvidenceLevel } from '@passgenau/domain';
import {
  ApiError,
  apiUrl,
  CSRF_HEADER,
  getCsrfToken,
  isApiErrorBody,
  apiRequest,
} from '../../../lib/api-client';
import type { CsvPreview } from './types';

export interface AssessmentInput {
  candidateId: string;
  provider: string;
  procedure: string;
  assessedOn: string;
  results: Array<{ code: string; level: EvidenceLevel }>;
}

/** POST /api/assessments (IBA staff): one provider's result for one candidate. */
export function useAttachAssessment() {
  return useMutation({
    mutationFn: (input: AssessmentInput) =>
      apiRequest<{ evidenceIds: string[] }>('/assessments', { method: 'POST', body: input }),
  });
}

/** Multipart upload; the JSON wrapper cannot send files, so this asks for the CSRF token the same way. */
async function uploadCsv(path: string, file: File): Promise<CsvPreview> {
  let token = getCsrfToken();
  if (!token) token = (await apiRequest<{ csrfToken: string }>('/auth/csrf')).csrfToken;
  const form = new FormData();
  form.append('file', file);
  const response = await fetch(apiUrl(path), {
    method: 'POST',
    credentials: 'same-origin',
    headers: { Accept: 'application/json', [CSRF_HEADER]: token },
    body: form,
  });
  const text = await response.text();
  const payload = text ? (JSON.parse(text) as unknown) : null;
  if (!response.ok) {
    if (isApiErrorBody(payload)) throw new ApiError(payload);
    throw new ApiError({
      statusCode: response.status,
      code: 'UNEXPECTED_RESPONSE',
      message: `HTTP ${response.status}`,
    });
  }
  return payload as CsvPreview;
}

export function useCsvPreview() {
  return useMutation({ mutationFn: (file: File) => uploadCsv('/assessments/csv/preview', file) });
}

export function useCsvImport() {
  return useMutation({ mutationFn: (file: File) => uploadCsv('/assessments/csv', file) });
}

/** POST /api/evidence/:id/confirm (IBA staff). */
export function useConfirmEvidence() {
  return useMutation({
    mutationFn: (evidenceId: string) =>
      apiRequest<null>(`/evidence/${encodeURIComponent(evidenceId)}/confirm`, { method: 'POST' }),
  });
}
