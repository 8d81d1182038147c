import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import type { OfferInput, OfferListResponse, OfferResponse } from './schemas';

export function useMyOffers(companyId: string | null, page: number) {
  return useQuery({
    queryKey: ['offers', 'list', companyId, page] as const,
    queryFn: ({ signal }) =>
      apiRequest<OfferListResponse>('/offers', { query: { companyId, page, pageSize: 20 }, signal }),
    enabled: companyId !== null,
  });
}

export function useOffer(id: string | null) {
  return useQuery({
    queryKey: ['offers', 'one', id] as const,
    queryFn: ({ signal }) => apiRequest<OfferResponse>(`/offers/${encodeURIComponent(id ?? '')}`, { signal }),
    enabled: id !== null,
  });
}

/** POST /api/offers (no id) or PATCH /api/offers/:id. */
export function useSaveOffer(id: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: OfferInput) =>
      id
        ? apiRequest<OfferResponse>(`/offers/${encodeURIComponent(id)}`, { method: 'PATCH', body: input })
        : apiRequest<OfferResponse>('/offers', { method: 'POST', body: input }),
    onSuccess: (offer) => {
      queryClient.setQueryData(['offers', 'one', offer.id], offer);
      void queryClient.invalidateQueries({ queryKey: ['offers', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['job-board'] });
    },
  });
}

export function useDeleteOffer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      apiRequest<unknown>(`/offers/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['offers', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['job-board'] });
    },
  });
}
