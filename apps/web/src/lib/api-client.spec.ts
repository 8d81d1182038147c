import { describe, expect, it, vi } from 'vitest';
import { apiError, mockApi, MOCK_CSRF_TOKEN, noContent } from '../testing/api-mock';
import { createAccount, createSession } from '../testing/session-factories';
import {
  ApiError,
  apiRequest,
  CSRF_HEADER,
  getCsrfToken,
  isTemporarilyUnavailable,
  setCsrfToken,
  subscribeToSession,
} from './api-client';
import { errorMessageKey } from './error-message';

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
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('<html>Internal error</html>', { status: 500 })),
    );

    await expect(apiRequest('/health')).rejects.toMatchObject({
      statusCode: 500,
      code: 'UNEXPECTED_RESPONSE',
    });
  });

  it('turns a gateway answer without the error shape (502, 503, 504) into SERVICE_UNAVAILABLE', async () => {
    for (const status of [502, 503, 504]) {
      vi.stubGlobal(
        'fetch',
        vi.fn(async () => new Response('<html>Bad gateway</html>', { status })),
      );

      const error = await apiRequest('/health').catch((caught: unknown) => caught);
      expect(error).toMatchObject({ statusCode: status, code: 'SERVICE_UNAVAILABLE' });
      expect(isTemporarilyUnavailable(error)).toBe(true);
    }
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

describe('apiRequest with a session', () => {
  const unauthenticated = () => apiError(401, 'UNAUTHENTICATED');
  const csrfRefused = () => apiError(403, 'CSRF_TOKEN_INVALID');

  it('sends the CSRF token with writes only, fetching one first after a reload', async () => {
    const api = mockApi({
      '/api/me/mentors': (_url, request) =>
        request.method === 'GET' ? [] : { status: 201, body: { id: 'm-1' } },
    });

    await apiRequest('/me/mentors');
    await apiRequest('/me/mentors', { method: 'POST', body: { mentorEmail: 'mentor@example.org' } });
    await apiRequest('/me/mentors', { method: 'POST', body: { mentorEmail: 'other@example.org' } });

    expect(api.calls.map((call) => `${call.method} ${call.url.pathname}`)).toEqual([
      'GET /api/me/mentors',
      'GET /api/auth/csrf',
      'POST /api/me/mentors',
      'POST /api/me/mentors',
    ]);
    expect(api.calls[0]?.headers.has(CSRF_HEADER)).toBe(false);
    expect(api.calls[2]?.headers.get(CSRF_HEADER)).toBe(MOCK_CSRF_TOKEN);
    expect(api.calls[3]?.headers.get(CSRF_HEADER)).toBe(MOCK_CSRF_TOKEN);
    expect(api.calls[2]?.body).toEqual({ mentorEmail: 'mentor@example.org' });
    for (const call of api.calls) expect(call.headers.get('Accept')).toBe('application/json');
    const init = api.fetch.mock.calls[2]?.[1] as RequestInit;
    expect(init.credentials).toBe('same-origin');
  });

  it('sends the token a session answer brought, without asking for one', async () => {
    setCsrfToken('token-from-login');
    const api = mockApi({ '/api/me/mentors/m-1': () => noContent() });

    await expect(apiRequest('/me/mentors/m-1', { method: 'DELETE' })).resolves.toBeNull();

    expect(api.calls).toHaveLength(1);
    expect(api.calls[0]?.headers.get(CSRF_HEADER)).toBe('token-from-login');
  });

  it('fetches a new token once and sends the write again after CSRF_TOKEN_INVALID', async () => {
    setCsrfToken('old-token');
    let attempts = 0;
    const api = mockApi({
      '/api/auth/csrf': () => ({ csrfToken: 'new-token' }),
      '/api/candidates/c-1/consent': (_url, request) => {
        attempts += 1;
        return request.headers.get(CSRF_HEADER) === 'new-token'
          ? { status: 201, body: { searchable: true } }
          : csrfRefused();
      },
    });

    await expect(
      apiRequest('/candidates/c-1/consent', { method: 'POST', body: { textVersion: 'v1' } }),
    ).resolves.toEqual({ searchable: true });

    expect(attempts).toBe(2);
    expect(api.calls.map((call) => `${call.method} ${call.url.pathname}`)).toEqual([
      'POST /api/candidates/c-1/consent',
      'GET /api/auth/csrf',
      'POST /api/candidates/c-1/consent',
    ]);
    expect(getCsrfToken()).toBe('new-token');
  });

  it('gives up when the fresh CSRF token is refused as well', async () => {
    const api = mockApi({ '/api/invitations': () => csrfRefused() });

    await expect(apiRequest('/invitations', { method: 'POST', body: {} })).rejects.toMatchObject({
      statusCode: 403,
      code: 'CSRF_TOKEN_INVALID',
    });
    expect(api.calls.filter((call) => call.url.pathname === '/api/invitations')).toHaveLength(2);
  });

  it('renews the session on 401 and sends the request again', async () => {
    const account = createAccount({ role: 'mentor' });
    let refreshed = false;
    const events: string[] = [];
    subscribeToSession((event) => events.push(event.type));
    const api = mockApi({
      '/api/auth/refresh': () => {
        refreshed = true;
        return createSession(account, 'token-after-refresh');
      },
      '/api/mentor/candidates': () => (refreshed ? [{ id: 'c-1' }] : unauthenticated()),
    });

    await expect(apiRequest('/mentor/candidates')).resolves.toEqual([{ id: 'c-1' }]);

    expect(api.calls.map((call) => `${call.method} ${call.url.pathname}`)).toEqual([
      'GET /api/mentor/candidates',
      'GET /api/auth/csrf',
      'POST /api/auth/refresh',
      'GET /api/mentor/candidates',
    ]);
    // The refresh is a cookie-authenticated write: it carries a CSRF token too.
    expect(api.calls[2]?.headers.get(CSRF_HEADER)).toBe(MOCK_CSRF_TOKEN);
    expect(getCsrfToken()).toBe('token-after-refresh');
    expect(events).toEqual(['refreshed']);
  });

  it('renews once for requests that fail together, since a refresh token works only once', async () => {
    let refreshed = false;
    const api = mockApi({
      '/api/auth/refresh': () => {
        refreshed = true;
        return createSession(createAccount(), 'fresh');
      },
      '/api/me/mentors': () => (refreshed ? [] : unauthenticated()),
      '/api/me/access-log': () =>
        refreshed ? { total: 0, page: 1, pageSize: 25, items: [] } : unauthenticated(),
    });

    await Promise.all([apiRequest('/me/mentors'), apiRequest('/me/access-log')]);

    expect(api.calls.filter((call) => call.url.pathname === '/api/auth/refresh')).toHaveLength(1);
  });

  it('reports the session as ended when the refresh is refused, and throws the first 401', async () => {
    setCsrfToken('token');
    const events: string[] = [];
    subscribeToSession((event) => events.push(event.type));
    const api = mockApi({ '/api/auth/me': () => unauthenticated() });

    await expect(apiRequest('/auth/me')).rejects.toMatchObject({ statusCode: 401, code: 'UNAUTHENTICATED' });

    expect(api.calls.map((call) => `${call.method} ${call.url.pathname}`)).toEqual([
      'GET /api/auth/me',
      'POST /api/auth/refresh',
    ]);
    expect(events).toEqual(['ended']);
    expect(getCsrfToken()).toBeNull();
  });

  it('keeps the session when the API is temporarily unavailable, and says so (503, not 401)', async () => {
    setCsrfToken('token');
    const events: string[] = [];
    subscribeToSession((event) => events.push(event.type));
    const unavailable = () => apiError(503, 'SERVICE_UNAVAILABLE');
    mockApi({ '/api/auth/me': unavailable, '/api/auth/refresh': unavailable });

    const error = await apiRequest('/auth/me').catch((caught: unknown) => caught);
    expect(error).toMatchObject({ statusCode: 503, code: 'SERVICE_UNAVAILABLE' });
    expect(errorMessageKey(error)).toBe('errors.unavailable');
    expect(events).toEqual([]);
    expect(getCsrfToken()).toBe('token');
  });

  it('reports an outage during the renewal of a run-out access token as an outage, not as signed out', async () => {
    setCsrfToken('token');
    const events: string[] = [];
    subscribeToSession((event) => events.push(event.type));
    const api = mockApi({
      '/api/auth/me': () => unauthenticated(),
      '/api/auth/refresh': () => apiError(503, 'SERVICE_UNAVAILABLE'),
    });

    await expect(apiRequest('/auth/me')).rejects.toMatchObject({
      statusCode: 503,
      code: 'SERVICE_UNAVAILABLE',
    });

    expect(api.calls.map((call) => `${call.method} ${call.url.pathname}`)).toEqual([
      'GET /api/auth/me',
      'POST /api/auth/refresh',
    ]);
    expect(events).toEqual([]);
    expect(getCsrfToken()).toBe('token');
  });

  it('does not renew the session for a wrong password', async () => {
    const api = mockApi({ '/api/auth/login': () => unauthenticated() });

    await expect(
      apiRequest('/auth/login', {
        method: 'POST',
        body: { email: 'a@b.de', password: 'x' },
        refreshSession: false,
      }),
    ).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(api.calls.some((call) => call.url.pathname === '/api/auth/refresh')).toBe(false);
  });
});
