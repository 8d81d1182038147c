import { createApiClient } from '@passgenau/api-client';
import { env } from '../config/env';
import { errorOfResponse, notJsonError, OutgoingRequest, sessionFetch } from './api-client';

/** The document's paths carry the `/api` prefix; the client's base is what comes before it. */
const API_PREFIX = '/api';
const baseUrl = env.apiUrl.endsWith(API_PREFIX) ? env.apiUrl.slice(0, -API_PREFIX.length) : env.apiUrl;

/** Query parameters as the API reads them: empty values (undefined, null, '') are left out; lists repeat the name. */
export function serializeQuery(query: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item !== undefined && item !== null && item !== '') params.append(key, String(item));
    }
  }
  return params.toString();
}

/**
 * The typed API client generated from the OpenAPI document (libs/api-client). Every request goes
 * through `sessionFetch`: session cookies, CSRF token, one renewal of an ended session.
 */
export const api = createApiClient({
  baseUrl,
  querySerializer: serializeQuery,
  Request: OutgoingRequest as unknown as typeof Request,
  fetch: (request) => sessionFetch(request as unknown as OutgoingRequest),
});

/** For sign-in and the like, where a 401 means a wrong password, not an old session: no renewal. */
export const withoutSessionRenewal = (request: Request): Promise<Response> =>
  sessionFetch(request as unknown as OutgoingRequest, false);

/**
 * A multipart body for an upload route: the fields as the document declares them (binary parts are
 * strings there) and a serializer that sends them as FormData, the browser setting the boundary.
 */
export function multipart<F extends Record<string, Blob>>(
  fields: F,
): { body: { [K in keyof F]: string }; bodySerializer: (body: unknown) => FormData } {
  return {
    body: fields as unknown as { [K in keyof F]: string },
    bodySerializer: () => {
      const form = new FormData();
      for (const [name, value] of Object.entries(fields)) form.append(name, value);
      return form;
    },
  };
}

interface ClientResult<D> {
  data?: D;
  error?: unknown;
  response: Response;
}

/**
 * The answer's data, or an `ApiError` in the one error shape: the API's own, SERVICE_UNAVAILABLE
 * for a gateway standing in for the API, UNEXPECTED_RESPONSE for anything else.
 */
export async function unwrap<D>(pending: Promise<ClientResult<D>>): Promise<D> {
  let result: ClientResult<D>;
  try {
    result = await pending;
  } catch (error) {
    // openapi-fetch could not parse a 2xx answer as JSON.
    if (error instanceof SyntaxError) throw notJsonError(200);
    throw error;
  }
  if (!result.response.ok) throw errorOfResponse(result.response.status, result.error);
  return result.data as D;
}
