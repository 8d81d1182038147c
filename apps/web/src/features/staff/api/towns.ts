import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export interface TownOption {
  ags: string;
  name: string;
}

/** GET /api/towns (public): the district's towns, for the firm's sign-up. */
export function useTownOptions() {
  return useQuery({
    queryKey: ['towns'] as const,
    queryFn: ({ signal }) => apiRequest<TownOption[]>('/towns', { signal }),
  });
}
