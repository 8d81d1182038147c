import type { Schemas } from '@passgenau/api-client';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';

export type TownOption = Pick<Schemas['TownResponse'], 'ags' | 'name'>;

/** GET /api/towns (public): the district's towns, for the firm's sign-up. */
export function useTownOptions() {
  return useQuery({
    queryKey: ['towns'] as const,
    queryFn: ({ signal }): Promise<TownOption[]> => unwrap(api.GET('/api/towns', { signal })),
  });
}
