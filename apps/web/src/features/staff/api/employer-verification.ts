import type { Schemas } from '@passgenau/api-client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, withoutSessionRenewal } from '../../../lib/api';

export type EmployerSignupInput = Schemas['EmployerSignupDto'];

/** POST /api/auth/employer-signup: always 202; the link that creates firm and account comes by e-mail. */
export function useEmployerSignup() {
  return useMutation({
    mutationFn: (input: EmployerSignupInput) =>
      unwrap(api.POST('/api/auth/employer-signup', { body: input, fetch: withoutSessionRenewal })),
  });
}

export type PendingCompany = Schemas['PendingCompanyItem'];

const PENDING_KEY = ['company-verifications'] as const;

/** GET /api/company-verifications (IBA staff, coordinators, admins). */
export function usePendingCompanies() {
  return useQuery({
    queryKey: PENDING_KEY,
    queryFn: ({ signal }) => unwrap(api.GET('/api/company-verifications', { signal })),
  });
}

export type VerificationDecision = 'approve' | 'reject';

/** POST /api/company-verifications/:id/approve|reject: the firm's managers get a mail. */
export function useDecideCompany() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ companyId, decision }: { companyId: string; decision: VerificationDecision }) => {
      const options = { params: { path: { id: companyId } } };
      return unwrap(
        decision === 'approve'
          ? api.POST('/api/company-verifications/{id}/approve', options)
          : api.POST('/api/company-verifications/{id}/reject', options),
      );
    },
    onSuccess: () => client.invalidateQueries({ queryKey: PENDING_KEY }),
  });
}

export type OfferInterested = Schemas['OfferInterestedResponse'];

/** GET /api/offers/:id/interested: pseudonyms of visible profiles; each shown one is logged. */
export function useOfferInterested(offerId: string | null) {
  return useQuery({
    queryKey: ['offers', offerId, 'interested'] as const,
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/offers/{id}/interested', { params: { path: { id: offerId ?? '' } }, signal })),
    enabled: offerId !== null,
    staleTime: 60_000,
    refetchOnWindowFocus: false,
  });
}
