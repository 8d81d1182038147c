import { DomainError } from './domain-error';

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/** SQLSTATEs that say the server is not there or not accepting work, not that the request was bad. */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);

const PG_CONNECTION_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error and is not queryable',
  'Client was closed and is not queryable',
  'Cannot use a pool after calling end on the pool',
  'Connection ended unexpectedly',
];

/**
 * Whether an error means that PostgreSQL could not be reached (refused, reset, shutting down, pool
 * timeout): a fault of the service, answered with 503, never with 401 or 500. Looks through the
 * wrappers TypeORM and AggregateError put around the driver's error.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const candidate = error as {
    code?: unknown;
    message?: unknown;
    driverError?: unknown;
    cause?: unknown;
    errors?: unknown;
  };
  const code = typeof candidate.code === 'string' ? candidate.code : '';
  if (NETWORK_CODES.has(code) || UNAVAILABLE_SQLSTATES.has(code) || /^08[0-9A-Z]{3}$/.test(code)) return true;
  const message = typeof candidate.message === 'string' ? candidate.message : '';
  if (PG_CONNECTION_MESSAGES.some((known) => message.includes(known))) return true;
  if (
    Array.isArray(candidate.errors) &&
    candidate.errors.some((inner) => isDatabaseUnavailable(inner, depth + 1))
  )
    return true;
  return (
    isDatabaseUnavailable(candidate.driverError, depth + 1) ||
    isDatabaseUnavailable(candidate.cause, depth + 1)
  );
}

export function databaseUnavailable(): DomainError {
  return new DomainError(
    'SERVICE_UNAVAILABLE',
    'The service is temporarily unavailable (database not reachable). Please try again in a moment.',
  );
}

export function searchUnavailable(): DomainError {
  return new DomainError(
    'SERVICE_UNAVAILABLE',
    'Search is temporarily unavailable. Please try again in a moment.',
  );
}
