import { vi } from 'vitest';
import type { ApiErrorBody } from '../lib/api-client';

export interface MockReply {
  status?: number;
  body: unknown;
}

/** Answers one API path; gets the request URL (with its query) and returns the JSON to send. */
export type MockHandler = (url: URL) => MockReply | unknown;

export interface ApiMock {
  fetch: ReturnType<typeof vi.fn>;
  /** Every request URL the app sent, in order. */
  requests: URL[];
}

function isReply(value: unknown): value is MockReply {
  return value !== null && typeof value === 'object' && 'body' in value;
}

/** Replaces `fetch` with handlers keyed by path ("/api/taxonomy/occupations"); unknown paths answer 404. */
export function mockApi(handlers: Record<string, MockHandler>): ApiMock {
  const requests: URL[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, 'http://localhost');
    requests.push(url);
    const handler = handlers[url.pathname];
    if (!handler) {
      const notFound: ApiErrorBody = { statusCode: 404, code: 'NOT_FOUND', message: `No mock for ${url.pathname}` };
      return jsonResponse(404, notFound);
    }
    const result = handler(url);
    const reply = isReply(result) ? result : { body: result };
    return jsonResponse(reply.status ?? 200, reply.body);
  });
  vi.stubGlobal('fetch', fetchMock);
  return { fetch: fetchMock, requests };
}

function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}
