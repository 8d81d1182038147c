import { describe, expect, it, vi } from 'vitest';
import { mockApi } from '../testing/api-mock';
import { ApiError, apiRequest } from './api-client';

describe('apiRequest', () => {
  it('sends the query under /api and returns the JSON answer', async () => {
    const api = mockApi({ '/api/towns': (url) => [{ name: url.searchParams.get('q') }] });

    await expect(apiRequest('/towns', { query: { q: 'Waiblingen', skip: undefined } })).resolves.toEqual([
      { name: 'Waiblingen' },
    ]);
    expect(api.requests[0]?.search).toBe('?q=Waiblingen');
  });

  it('throws an ApiError carrying the API error shape', async () => {
    mockApi({
      '/api/taxonomy/occupations': () => ({
        status: 400,
        body: {
          statusCode: 400,
          code: 'VALIDATION_FAILED',
          message: 'Invalid input: lang',
          errors: [{ field: 'lang', message: 'lang must be one of the following values' }],
          requestId: 'r-1',
        },
      }),
    });

    const error = await apiRequest('/taxonomy/occupations').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      message: 'Invalid input: lang',
      errors: [{ field: 'lang', message: 'lang must be one of the following values' }],
      requestId: 'r-1',
    });
  });

  it('turns an answer without the error shape into UNEXPECTED_RESPONSE', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('<html>Bad gateway</html>', { status: 502 })));

    await expect(apiRequest('/health')).rejects.toMatchObject({ statusCode: 502, code: 'UNEXPECTED_RESPONSE' });
  });

  it('turns a failed connection into NETWORK_ERROR', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );

    await expect(apiRequest('/health')).rejects.toMatchObject({ statusCode: 0, code: 'NETWORK_ERROR' });
  });
});
