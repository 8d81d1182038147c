import type { ParseKeys } from 'i18next';
import { ApiError, CLIENT_ERROR_CODES } from './api-client';

/** The catalogue key of the text to show for an error; the text comes from the code, never from `message`. */
export function errorMessageKey(error: unknown): ParseKeys {
  if (!(error instanceof ApiError)) return 'errors.generic';
  switch (error.code) {
    case CLIENT_ERROR_CODES.network:
      return 'errors.network';
    case 'NOT_FOUND':
      return 'errors.notFound';
    case 'VALIDATION_FAILED':
      return 'errors.invalid';
    case 'RATE_LIMITED':
      return 'errors.rateLimited';
    case 'SERVICE_UNAVAILABLE':
      return 'errors.unavailable';
    case 'UNAUTHENTICATED':
      return 'errors.unauthenticated';
    case 'FORBIDDEN':
      return 'errors.forbidden';
    case 'CONFLICT':
      return 'errors.conflict';
    case 'UNPROCESSABLE':
      return 'errors.unprocessable';
    case 'CSRF_TOKEN_INVALID':
      return 'errors.csrf';
    default:
      return 'errors.generic';
  }
}
