import type { ParseKeys } from 'i18next';
import { ApiError, type ApiFieldError, type ApiFieldErrorCode } from './api-client';

/** Picks the text for one field error the API named; null falls back to the common texts. */
export type FieldErrorResolver = (fieldError: ApiFieldError, error: ApiError) => ParseKeys | null;

/** The general text of a field code (libs/i18n `fieldErrors.*`, one per code the API has). */
export function fieldCodeKey(code: ApiFieldErrorCode): ParseKeys {
  return `fieldErrors.${code}`;
}

/** The server's password check (≥ 10 characters, not a common password …), by its field code. */
export function passwordProblemKey(code: ApiFieldErrorCode): ParseKeys {
  switch (code) {
    case 'PASSWORD_TOO_SHORT':
    case 'TOO_SHORT':
      return 'validation.passwordShort';
    case 'PASSWORD_TOO_LONG':
    case 'TOO_LONG':
      return 'validation.passwordLong';
    case 'PASSWORD_COMMON':
      return 'validation.passwordCommon';
    case 'PASSWORD_REPEATED':
      return 'validation.passwordRepeated';
    case 'PASSWORD_CONTAINS_EMAIL':
      return 'validation.passwordContainsEmail';
    case 'REQUIRED':
      return 'validation.required';
    default:
      return 'validation.passwordRules';
  }
}

const PASSWORD_FIELDS = new Set(['password', 'newPassword']);
const EMAIL_FIELDS = new Set(['email', 'mentorEmail']);

function commonFieldErrorKey({ field, code }: ApiFieldError, error: ApiError): ParseKeys {
  if (PASSWORD_FIELDS.has(field)) return passwordProblemKey(code);
  if (EMAIL_FIELDS.has(field)) {
    if (code === 'TAKEN' || error.code === 'ACCOUNT_EMAIL_TAKEN') return 'validation.emailTaken';
    if (code === 'REQUIRED') return 'validation.required';
    if (code === 'NOT_AN_EMAIL' || code === 'BAD_FORMAT' || code === 'TOO_LONG') return 'validation.email';
  }
  return fieldCodeKey(code);
}

/**
 * The field errors of an API answer as catalogue keys by field name, for the fields of one form.
 * Field errors for fields the form does not show stay out; the form shows its general message instead.
 */
export function apiFieldErrors(
  error: unknown,
  fields: readonly string[],
  resolve: FieldErrorResolver = () => null,
): Partial<Record<string, ParseKeys>> {
  if (!(error instanceof ApiError) || !error.errors) return {};
  const result: Partial<Record<string, ParseKeys>> = {};
  for (const fieldError of error.errors) {
    if (!fields.includes(fieldError.field) || result[fieldError.field]) continue;
    result[fieldError.field] = resolve(fieldError, error) ?? commonFieldErrorKey(fieldError, error);
  }
  return result;
}

/** True when the error is fully explained by messages next to the form's fields. */
export function explainedByFields(error: unknown, fields: readonly string[]): boolean {
  return (
    error instanceof ApiError &&
    error.statusCode === 400 &&
    (error.errors ?? []).length > 0 &&
    (error.errors ?? []).every((fieldError) => fields.includes(fieldError.field))
  );
}
