import { env } from '../config/env';

export interface ApiFieldError {
  field: string;
  message: string;
}

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
  return typeof body['statusCode'] === 'number' && typeof body['code'] === 'string' && typeof body['message'] === 'string';
}

export type QueryValue = string | number | boolean | null | undefined;

export interface ApiRequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Record<string, QueryValue>;
  body?: unknown;
  signal?: AbortSignal;
}

export function apiUrl(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null) params.set(key, String(value));
  }
  const search = params.toString();
  return `${env.apiUrl}${path}${search ? `?${search}` : ''}`;
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

/** Calls the API and returns its JSON; every failure becomes an `ApiError` in the API's error shape. */
export async function apiRequest<T>(path: string, options: ApiRequestOptions = {}): Promise<T> {
  const { method = 'GET', query, body, signal } = options;
  let response: Response;
  try {
    response = await fetch(apiUrl(path, query), {
      method,
      signal,
      credentials: 'same-origin',
      headers: { Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    // An aborted request is not a failure; let the caller (React Query) see the abort.
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({ statusCode: 0, code: CLIENT_ERROR_CODES.network, message: (error as Error).message });
  }

  const payload = await readJson(response);
  if (!response.ok) {
    if (isApiErrorBody(payload)) throw new ApiError(payload);
    throw new ApiError({
      statusCode: response.status,
      code: CLIENT_ERROR_CODES.unexpectedResponse,
      message: `HTTP ${response.status} without an error body`,
    });
  }
  if (payload === undefined) {
    throw new ApiError({
      statusCode: response.status,
      code: CLIENT_ERROR_CODES.unexpectedResponse,
      message: 'The answer is not JSON',
    });
  }
  return payload as T;
}
