import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-client';

export interface QueryClientSettings {
  /** How often a failed request is tried again; client errors (4xx) are never retried. */
  retries?: number;
}

export function createQueryClient({ retries = 2 }: QueryClientSettings = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => {
          if (error instanceof ApiError && error.statusCode >= 400 && error.statusCode < 500) return false;
          return failureCount < retries;
        },
      },
    },
  });
}
