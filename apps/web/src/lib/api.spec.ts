import { describe, expect, it, vi } from 'vitest';
import { apiError, mockApi, MOCK_CSRF_TOKEN, noContent } from '../testing/api-mock';
import { createAccount, createSession } from '../testing/session-factories';
import { api, multipart, unwrap, withoutSessionRenewal } from './api';
import { ApiError, CSRF_HEADER, isTemporarilyUnavailable } from './api-client';

describe('the typed API client', () => {
  it('fills path parameters and the query, and returns the JSON answer', async () => {
    const mock = mockApi({
      '/api/profiles/K-7F3Q': () => ({ pseudonym: 'K-7F3Q' }),
      '/api/taxonomy/concepts': (url) => ({ code: url.searchParams.get('code') }),
    });

    await expect(
      unwrap(api.GET('/api/profiles/{pseudonym}', { params: { path: { pseudonym: 'K-7F3Q' } } })),
    ).resolves.toEqual({ pseudonym: 'K-7F3Q' });
    await expect(
      unwrap(api.GET('/api/taxonomy/concepts', { params: { query: { code: 'esco:welding' } } })),
    ).resolves.toEqual({ code: 'esco:welding' });
    expect(mock.calls[1]?.url.searchParams.get('code')).toBe('esco:welding');
    expect(mock.calls[0]?.headers.has(CSRF_HEADER)).toBe(false);
  });

  it('sends writes as JSON with the CSRF token, fetching one first', async () => {
    const mock = mockApi({ '/api/me/mentors': () => ({ status: 201, body: { id: 'm-1' } }) });

    await unwrap(api.POST('/api/me/mentors', { body: { mentorEmail: 'mentor@example.org' } }));

    expect(mock.calls.map((call) => `${call.method} ${call.url.pathname}`)).toEqual([
      'GET /api/auth/csrf',
      'POST /api/me/mentors',
    ]);
    expect(mock.calls[1]?.headers.get(CSRF_HEADER)).toBe(MOCK_CSRF_TOKEN);
    expect(mock.calls[1]?.headers.get('Content-Type')).toBe('application/json');
    expect(mock.calls[1]?.body).toEqual({ mentorEmail: 'mentor@example.org' });
  });

  it('throws the API error shape as ApiError with its code', async () => {
    mockApi({
      '/api/admin/accounts/a-1': () =>
        apiError(422, 'ACCOUNT_LAST_ADMIN', [{ field: 'role', code: 'NOT_CHANGEABLE', message: 'x' }]),
    });

    const error = await unwrap(
      api.PATCH('/api/admin/accounts/{id}', {
        params: { path: { id: 'a-1' } },
        body: { role: 'coordinator' },
      }),
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ statusCode: 422, code: 'ACCOUNT_LAST_ADMIN', errors: [{ field: 'role' }] });
  });

  it('turns a gateway answer without the error shape into SERVICE_UNAVAILABLE', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('<html>Bad gateway</html>', { status: 502 })),
    );

    const error = await unwrap(api.GET('/api/health')).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ statusCode: 502, code: 'SERVICE_UNAVAILABLE' });
    expect(isTemporarilyUnavailable(error)).toBe(true);
  });

  it('renews an ended session once and sends the request again', async () => {
    let renewed = false;
    const mock = mockApi({
      '/api/auth/refresh': () => {
        renewed = true;
        return createSession(createAccount());
      },
      '/api/me/mentors': () => (renewed ? [] : apiError(401, 'UNAUTHENTICATED')),
    });

    await expect(unwrap(api.GET('/api/me/mentors'))).resolves.toEqual([]);
    expect(mock.calls.map((call) => call.url.pathname)).toEqual([
      '/api/me/mentors',
      '/api/auth/csrf',
      '/api/auth/refresh',
      '/api/me/mentors',
    ]);
  });

  it('does not renew the session for sign-in, where 401 means a wrong password', async () => {
    const mock = mockApi({ '/api/auth/login': () => apiError(401, 'AUTH_BAD_CREDENTIALS') });

    await expect(
      unwrap(
        api.POST('/api/auth/login', {
          body: { email: 'a@example.org', password: 'wrong-password' },
          fetch: withoutSessionRenewal,
        }),
      ),
    ).rejects.toMatchObject({ code: 'AUTH_BAD_CREDENTIALS' });
    expect(mock.calls.some((call) => call.url.pathname === '/api/auth/refresh')).toBe(false);
  });

  it('uploads multipart form data with the CSRF token and without a JSON content type', async () => {
    const mock = mockApi({
      '/api/assessments/csv/preview': () => ({ rows: [], valid: 0, invalid: 0 }),
      '/api/companies/c-1/logo': () => noContent(),
    });
    const file = new File(['candidate,code,level\n'], 'results.csv', { type: 'text/csv' });

    await unwrap(api.POST('/api/assessments/csv/preview', multipart({ file })));

    const upload = mock.calls.findIndex((call) => call.url.pathname === '/api/assessments/csv/preview');
    expect(mock.calls[upload]?.headers.get(CSRF_HEADER)).toBe(MOCK_CSRF_TOKEN);
    expect(mock.calls[upload]?.headers.has('Content-Type')).toBe(false);
    const body = (mock.fetch.mock.calls[upload]?.[1] as RequestInit).body;
    expect(body).toBeInstanceOf(FormData);
    expect((body as FormData).get('file')).toBeInstanceOf(File);
  });
});
