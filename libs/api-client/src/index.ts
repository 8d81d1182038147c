import createClient, { type ClientOptions } from 'openapi-fetch';
import type { components, operations, paths } from './schema';

export type { components, operations, paths };

/** The API's response and request bodies by schema name (`Schemas['ProfileResponse']`). */
export type Schemas = components['schemas'];

/** Every code an API error can carry (the `ErrorCode` schema of the OpenAPI document). */
export type ApiErrorCode = components['schemas']['ErrorCode'];

/** The one error shape every endpoint answers with. */
export type ApiErrorResponse = components['schemas']['ErrorResponse'];

/** A typed client for the Passgenau API; paths carry the `/api` prefix of the document. */
export function createApiClient(options: ClientOptions) {
  return createClient<paths>(options);
}

export type ApiClient = ReturnType<typeof createApiClient>;
