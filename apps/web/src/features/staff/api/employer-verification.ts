import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { UiLanguage } from '@passgenau/domain';
import { apiRequest } from '../../../lib/api-client';

export interface EmployerSignupInput {
  email: string;
  password: string;
  givenName: string;
  familyName: string;
  companyName: string;
  townAgs: string;
  language: UiLanguage;
}

/** POST /api/auth/employer-signup: always 202; the link that creates firm and account comes by e-mail. */
export function useEmployerSignup() {
  return useMutation({
    mutationFn: (input: EmployerSignupInput) =>
      apiRequest<unknown>('/auth/employer-signup', { method: 'POST', body: input, refreshSession: false }),
  });
}

export interface PendingCompany {
  companyId: string;
  companyName: string;
  town: string | null;
  contactName: string | null;
  contactEmail: string | null;
  requestedAt: string;
}

const PENDING_KEY = ['company-verifications'] as const;

/** GET /api/company-verifications (IBA staff, coordinators, admins). */
export function usePendingCompanies() {
  return useQuery({
    queryKey: PENDING_KEY,
    queryFn: ({ signal }) => apiRequest<PendingCompany[]>('/company-verifications', { signal }),
  });
}

export type VerificationDecision = 'approve' | 'reject';

/** POST /api/company-verifications/:id/approve|reject: the firm's managers get a mail. */
export function useDecideCompany() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ companyId, decision }: { companyId: string; decision: VerificationDecision }) =>
      apiRequest<{ companyId: string; status: string }>(
        `/company-verifications/${encodeURIComponent(companyId)}/${decision}`,
        { method: 'POST' },
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: PENDING_KEY }),
  });
}

export interface OfferInterested {
  total: number;
  items: Array<{ pseudonym: string; markedAt: string }>;
}

/** GET /api/offers/:id/interested: pseudonyms of visible profiles; each shown one is logged. */
export function useOfferInterested(offerId: string | null) {
  return useQuery({
    queryKey: ['offers', offerId, 'interested'] as const,
    queryFn: ({ signal }) =>
      apiRequest<OfferInterested>(`/offers/${encodeURIComponent(offerId ?? '')}/interested`, { signal }),
    enabled: offerId !== null,
    staleTime: 60_000,
    refetchOnWindowFocus: false,
  });
}
