import type { ApiErrorCode } from '@passgenau/api-client';
import { CATALOGUES } from '@passgenau/i18n';
import type { ParseKeys } from 'i18next';
import { ApiError, CLIENT_ERROR_CODES } from './api-client';

/** Every code of the API's `ErrorCode` schema has a text (the compiler checks it against the generated client). */
const ERROR_CODE_TEXTS: Readonly<Record<ApiErrorCode, string>> = CATALOGUES.de.errorCodes;

/** A code the API documents (see docs/errors.md), as opposed to one it does not know yet. */
export function isApiErrorCode(code: string): code is ApiErrorCode {
  return Object.prototype.hasOwnProperty.call(ERROR_CODE_TEXTS, code);
}

/** The common codes keep the general texts of `errors.*`, shared with the client's own codes. */
const GENERAL_TEXTS: Partial<
  Record<ApiErrorCode | (typeof CLIENT_ERROR_CODES)[keyof typeof CLIENT_ERROR_CODES], ParseKeys>
> = {
  [CLIENT_ERROR_CODES.network]: 'errors.network',
  NOT_FOUND: 'errors.notFound',
  VALIDATION_FAILED: 'errors.invalid',
  RATE_LIMITED: 'errors.rateLimited',
  SERVICE_UNAVAILABLE: 'errors.unavailable',
  UNAUTHENTICATED: 'errors.unauthenticated',
  FORBIDDEN: 'errors.forbidden',
  CONFLICT: 'errors.conflict',
  UNPROCESSABLE: 'errors.unprocessable',
  CSRF_TOKEN_INVALID: 'errors.csrf',
};

/**
 * The catalogue key of the text to show for an error; the text comes from the code, never from
 * `message`: a feature code (ACCOUNT_LAST_ADMIN …) has its own text in `errorCodes`.
 */
export function errorMessageKey(error: unknown): ParseKeys {
  if (!(error instanceof ApiError)) return 'errors.generic';
  const general = GENERAL_TEXTS[error.code as keyof typeof GENERAL_TEXTS];
  if (general) return general;
  if (isApiErrorCode(error.code)) return `errorCodes.${error.code}`;
  return 'errors.generic';
}
