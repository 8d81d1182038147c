import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { mockApi } from '../../testing/api-mock';
import { useCandidateMatches, useOfferMatches } from './api';

function wrapper({ children }: { children: ReactNode }) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

const EMPTY = { total: 0, page: 2, pageSize: 5, items: [], concepts: [] };

describe('match list queries', () => {
  it('asks for an offer’s matches with the page', async () => {
    const mock = mockApi({ '/api/offers/o-1/matches': () => ({ offerId: 'o-1', ...EMPTY }) });
    const { result } = renderHook(() => useOfferMatches('o-1', { page: 2, pageSize: 5 }), { wrapper });
    await waitFor(() => expect(result.current.data).toMatchObject({ offerId: 'o-1', page: 2 }));
    const url = mock.requests.find((u) => u.pathname === '/api/offers/o-1/matches')!;
    expect(url.searchParams.get('page')).toBe('2');
    expect(url.searchParams.get('pageSize')).toBe('5');
  });

  it('asks for my matches, or for a candidate’s when a mentor names them', async () => {
    const mock = mockApi({
      '/api/me/matches': () => ({ candidateId: 'me', blockedBy: [], ...EMPTY }),
      '/api/candidates/c-7/matches': () => ({ candidateId: 'c-7', blockedBy: [], ...EMPTY }),
    });
    const mine = renderHook(() => useCandidateMatches(null), { wrapper });
    await waitFor(() => expect(mine.result.current.data?.candidateId).toBe('me'));
    const theirs = renderHook(() => useCandidateMatches('c-7'), { wrapper });
    await waitFor(() => expect(theirs.result.current.data?.candidateId).toBe('c-7'));
    expect(mock.requests.map((u) => u.pathname)).toEqual(
      expect.arrayContaining(['/api/me/matches', '/api/candidates/c-7/matches']),
    );
  });
});
