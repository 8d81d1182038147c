import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import type { OfferInput } from './schemas';

export function useMyOffers(companyId: string | null, page: number) {
  return useQuery({
    queryKey: ['offers', 'list', companyId, page] as const,
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/offers', {
          params: { query: { companyId: companyId ?? undefined, page, pageSize: 20 } },
          signal,
        }),
      ),
    enabled: companyId !== null,
  });
}

export function useOffer(id: string | null) {
  return useQuery({
    queryKey: ['offers', 'one', id] as const,
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/offers/{id}', { params: { path: { id: id ?? '' } }, signal })),
    enabled: id !== null,
  });
}

/** POST /api/offers (no id) or PATCH /api/offers/:id. */
export function useSaveOffer(id: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: OfferInput) =>
      id
        ? unwrap(api.PATCH('/api/offers/{id}', { params: { path: { id } }, body: input }))
        : unwrap(api.POST('/api/offers', { body: input })),
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
    mutationFn: (id: string) => unwrap(api.DELETE('/api/offers/{id}', { params: { path: { id } } })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['offers', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['job-board'] });
    },
  });
}
