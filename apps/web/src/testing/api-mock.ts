import { vi } from 'vitest';
import type { ApiErrorBody } from '../lib/api-client';

export interface MockReply {
  status?: number;
  body: unknown;
}

/** One request as the app sent it. */
export interface MockRequest {
  url: URL;
  method: string;
  headers: Headers;
  /** The parsed JSON body, or undefined. */
  body: unknown;
}

/** Answers one API path; gets the request URL (with its query) and the request, returns the JSON to send. */
export type MockHandler = (url: URL, request: MockRequest) => MockReply | unknown;

export interface ApiMock {
  fetch: ReturnType<typeof vi.fn>;
  /** Every request URL the app sent, in order. */
  requests: URL[];
  /** Every request with method, headers and body, in order. */
  calls: MockRequest[];
}

export const MOCK_CSRF_TOKEN = 'csrf-from-mock';

const UNAUTHENTICATED: MockReply = {
  status: 401,
  body: { statusCode: 401, code: 'UNAUTHENTICATED', message: 'Please sign in.' } satisfies ApiErrorBody,
};

/** Signed out, unless a test says otherwise. */
const DEFAULT_HANDLERS: Record<string, MockHandler> = {
  '/api/auth/me': () => UNAUTHENTICATED,
  '/api/auth/refresh': () => UNAUTHENTICATED,
  '/api/auth/csrf': () => ({ csrfToken: MOCK_CSRF_TOKEN }),
};

function isReply(value: unknown): value is MockReply {
  return (
    value !== null &&
    typeof value === 'object' &&
    'body' in value &&
    Object.keys(value).every((key) => key === 'body' || key === 'status')
  );
}

/** A reply without body, as for 204 No Content. */
export function noContent(): MockReply {
  return { status: 204, body: undefined };
}

/** An answer in the API's error shape. */
export function apiError(status: number, code: string, errors?: ApiErrorBody['errors']): MockReply {
  return {
    status,
    body: { statusCode: status, code, message: `mock ${code}`, ...(errors ? { errors } : {}) },
  };
}

/** Replaces `fetch` with handlers keyed by path ("/api/taxonomy/occupations"); unknown paths answer 404. */
export function mockApi(handlers: Record<string, MockHandler>): ApiMock {
  const requests: URL[] = [];
  const calls: MockRequest[] = [];
  const all = { ...DEFAULT_HANDLERS, ...handlers };
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(
      typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
      'http://localhost',
    );
    const request: MockRequest = {
      url,
      method: init?.method ?? 'GET',
      headers: new Headers(init?.headers),
      body: typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined,
    };
    requests.push(url);
    calls.push(request);
    const handler = all[url.pathname];
    if (!handler) {
      const notFound: ApiErrorBody = {
        statusCode: 404,
        code: 'NOT_FOUND',
        message: `No mock for ${url.pathname}`,
      };
      return jsonResponse(404, notFound);
    }
    // A handler may answer later (a promise), e.g. to hold a save while the test looks at the page.
    const result: unknown = await handler(url, request);
    const reply = isReply(result) ? result : { body: result };
    return jsonResponse(reply.status ?? 200, reply.body);
  });
  vi.stubGlobal('fetch', fetchMock);
  return { fetch: fetchMock, requests, calls };
}

function jsonResponse(status: number, body: unknown): Response {
  if (body === undefined || status === 204) return new Response(null, { status });
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}
