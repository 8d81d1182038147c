import type { Schemas } from '@passgenau/api-client';
import { env } from '../config/env';
import type { SessionResponse } from '../types/session';

/** What is wrong with one field (the `FieldErrorCode` enum of the OpenAPI document). */
export type ApiFieldErrorCode = Schemas['FieldErrorCode'];

/** One field the API refused: the web app shows a text by `code`, never the English `message`. */
export type ApiFieldError = NonNullable<Schemas['ErrorResponse']['errors']>[number];

/** The one error shape the API answers with (see STYLE.md §5). */
export interface ApiErrorBody {
  statusCode: number;
  code: string;
  message: string;
  errors?: ApiFieldError[];
  requestId?: string;
}

/** Codes the client itself uses when there is no answer in the API's error shape. */
export const CLIENT_ERROR_CODES = {
  network: 'NETWORK_ERROR',
  unexpectedResponse: 'UNEXPECTED_RESPONSE',
} as const;

export class ApiError extends Error implements ApiErrorBody {
  readonly statusCode: number;
  readonly code: string;
  readonly errors?: ApiFieldError[];
  readonly requestId?: string;

  constructor(body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.statusCode = body.statusCode;
    this.code = body.code;
    this.errors = body.errors;
    this.requestId = body.requestId;
  }
}

export function isApiErrorBody(value: unknown): value is ApiErrorBody {
  if (value === null || typeof value !== 'object') return false;
  const body = value as Record<string, unknown>;
  return (
    typeof body['statusCode'] === 'number' &&
    typeof body['code'] === 'string' &&
    typeof body['message'] === 'string'
  );
}

export type QueryValue = string | number | boolean | null | undefined;

export interface ApiRequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Record<string, QueryValue>;
  body?: unknown;
  signal?: AbortSignal;
  /**
   * On 401 UNAUTHENTICATED, renew the session once (POST /auth/refresh) and send the request again.
   * Off for sign-in and the like, where a 401 means a wrong password, not an old session.
   */
  refreshSession?: boolean;
}

export const CSRF_HEADER = 'X-CSRF-Token';

export function apiUrl(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `${env.apiUrl}${path}${search ? `?${search}` : ''}`;
}

// ---- session state shared by every request of this page ----

/** The CSRF token for cookie-authenticated writes; only in memory, never in storage. */
let csrfToken: string | null = null;
let csrfRequest: Promise<string> | null = null;
/** A renewal's outcome: true, or why it failed. */
type Renewal = true | { error: unknown };
let refreshRequest: Promise<Renewal> | null = null;

export type SessionEvent = { type: 'refreshed'; session: SessionResponse } | { type: 'ended' };
type SessionListener = (event: SessionEvent) => void;
const sessionListeners = new Set<SessionListener>();

/** Keep the token a session answer (sign-in, sign-up, refresh …) brought; null after sign-out. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function getCsrfToken(): string | null {
  return csrfToken;
}

/** Hears when the wrapper renewed the session or found it ended (refresh refused). */
export function subscribeToSession(listener: SessionListener): () => void {
  sessionListeners.add(listener);
  return () => sessionListeners.delete(listener);
}

function emit(event: SessionEvent): void {
  for (const listener of [...sessionListeners]) listener(event);
}

/** For tests: forget tokens, pending renewals and listeners. */
export function resetApiClientState(): void {
  csrfToken = null;
  csrfRequest = null;
  refreshRequest = null;
  sessionListeners.clear();
}

// ---- one HTTP exchange ----

const SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE';
const GATEWAY_STATUSES = new Set([502, 503, 504]);

/**
 * The service (or its database) is down for a while, or the connection is lost: the session is not
 * in question, and the person must not be signed out for it.
 */
export function isTemporarilyUnavailable(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    (error.code === SERVICE_UNAVAILABLE ||
      error.code === CLIENT_ERROR_CODES.network ||
      GATEWAY_STATUSES.has(error.statusCode))
  );
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The error a failed answer stands for: the API's error shape, an outage, or an unexpected answer. */
export function errorOfResponse(status: number, payload: unknown): ApiError {
  if (isApiErrorBody(payload)) return new ApiError(payload);
  // A gateway or proxy in front of the API answers for it while it is down or restarting.
  if (GATEWAY_STATUSES.has(status))
    return new ApiError({
      statusCode: status,
      code: SERVICE_UNAVAILABLE,
      message: `HTTP ${status}: the service is temporarily unavailable`,
    });
  return new ApiError({
    statusCode: status,
    code: CLIENT_ERROR_CODES.unexpectedResponse,
    message: `HTTP ${status} without an error body`,
  });
}

/** An answer that is not JSON although it should be. */
export function notJsonError(status: number): ApiError {
  return new ApiError({
    statusCode: status,
    code: CLIENT_ERROR_CODES.unexpectedResponse,
    message: 'The answer is not JSON',
  });
}

/**
 * A request as the typed client (openapi-fetch) builds it, kept as plain values so that it can be
 * sent more than once (after a renewed CSRF token or session) — a `Request` body could be read only once.
 */
export class OutgoingRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly body: BodyInit | null | undefined;
  readonly signal: AbortSignal | null | undefined;

  constructor(input: string | URL, init: RequestInit = {}) {
    this.url = String(input);
    this.method = (init.method ?? 'GET').toUpperCase();
    this.headers = new Headers(init.headers);
    this.body = init.body;
    this.signal = init.signal;
  }
}

/** One HTTP exchange with the session cookies; a lost connection becomes NETWORK_ERROR. */
async function exchange(request: OutgoingRequest, extraHeaders: Record<string, string>): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  request.headers.forEach((value, key) => {
    headers[key] = value;
  });
  try {
    return await fetch(request.url, {
      method: request.method,
      signal: request.signal ?? undefined,
      credentials: 'same-origin',
      headers: { ...headers, ...extraHeaders },
      body: request.body ?? undefined,
    });
  } catch (error) {
    // An aborted request is not a failure; let the caller (React Query) see the abort.
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({
      statusCode: 0,
      code: CLIENT_ERROR_CODES.network,
      message: (error as Error).message,
    });
  }
}

async function send<T>(request: OutgoingRequest, headers: Record<string, string> = {}): Promise<T> {
  const response = await exchange(request, headers);
  const payload = await readJson(response);
  if (!response.ok) throw errorOfResponse(response.status, payload);
  if (payload === undefined) throw notJsonError(response.status);
  return payload as T;
}

/** The token in memory, or a fresh one from GET /auth/csrf (after a reload the memory is empty). */
async function ensureCsrfToken(): Promise<string> {
  if (csrfToken) return csrfToken;
  csrfRequest ??= send<{ csrfToken: string }>(new OutgoingRequest(apiUrl('/auth/csrf')))
    .then(({ csrfToken: token }) => {
      csrfToken = token;
      return token;
    })
    .finally(() => {
      csrfRequest = null;
    });
  return csrfRequest;
}

const REFRESH_LOCK = 'passgenau.session-refresh';

/**
 * Runs the refresh under a lock that all tabs of this site share (Web Locks API), so two tabs never
 * send the same refresh cookie: the second waits and then sends the cookie the first one received.
 */
function oneTabAtATime<T>(refresh: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  return locks ? (locks.request(REFRESH_LOCK, refresh) as Promise<T>) : refresh();
}

/**
 * POST /auth/refresh, at most one at a time: the refresh token rotates, and the API ends the whole
 * session when one token is used twice.
 */
function renewSession(): Promise<Renewal> {
  refreshRequest ??= oneTabAtATime(() =>
    apiRequest<SessionResponse>('/auth/refresh', { method: 'POST', refreshSession: false }),
  )
    .then((session): Renewal => {
      csrfToken = session.csrfToken;
      emit({ type: 'refreshed', session });
      return true;
    })
    .catch((error: unknown): Renewal => {
      // Only a refused refresh ends the session; a lost connection or an outage does not.
      if (error instanceof ApiError && error.statusCode === 401) {
        csrfToken = null;
        emit({ type: 'ended' });
      }
      return { error };
    })
    .finally(() => {
      refreshRequest = null;
    });
  return refreshRequest;
}

function isWrite(method: string): boolean {
  return method !== 'GET' && method !== 'HEAD';
}

/** The error code of a refused answer, read from a copy so that the answer itself stays unread. */
async function refusalCode(response: Response): Promise<string | undefined> {
  if (response.status !== 401 && response.status !== 403) return undefined;
  const payload = await readJson(response.clone());
  return isApiErrorBody(payload) ? payload.code : undefined;
}

/**
 * Sends a request with the session cookies and returns the answer as it came. Writes carry the
 * CSRF token; a refused token is renewed once, and an ended access token is renewed once through the
 * refresh cookie (unless `refreshSession` is false). The typed client (`lib/api.ts`) sends through this.
 */
export async function sessionFetch(request: OutgoingRequest, refreshSession = true): Promise<Response> {
  let csrfRenewed = false;
  let sessionRenewed = false;
  for (;;) {
    const headers: Record<string, string> = {};
    if (isWrite(request.method)) headers[CSRF_HEADER] = await ensureCsrfToken();
    const response = await exchange(request, headers);
    const code = await refusalCode(response);
    if (code === 'CSRF_TOKEN_INVALID' && isWrite(request.method) && !csrfRenewed) {
      csrfRenewed = true;
      csrfToken = null;
      continue;
    }
    if (response.status === 401 && code === 'UNAUTHENTICATED' && refreshSession && !sessionRenewed) {
      sessionRenewed = true;
      const renewal = await renewSession();
      if (renewal === true) continue;
      // The session could not be checked because the service is down: say that, not "signed out".
      if (isTemporarilyUnavailable(renewal.error)) throw renewal.error;
    }
    return response;
  }
}

/**
 * Calls the API with the session cookies and returns its JSON; every failure becomes an `ApiError`
 * in the API's error shape (see `sessionFetch` for the CSRF token and session renewal).
 */
export async function apiRequest<T>(path: string, options: ApiRequestOptions = {}): Promise<T> {
  const { method = 'GET', query, body, signal, refreshSession = true } = options;
  const request = new OutgoingRequest(apiUrl(path, query), {
    method,
    signal,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const response = await sessionFetch(request, refreshSession);
  const payload = await readJson(response);
  if (!response.ok) throw errorOfResponse(response.status, payload);
  if (payload === undefined) throw notJsonError(response.status);
  return payload as T;
}
