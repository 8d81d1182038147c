import type { ParseKeys } from 'i18next';
import { ApiError, type ApiFieldError } from './api-client';

/** Picks the text for one field error the API named; null falls back to the common texts. */
export type FieldErrorResolver = (fieldError: ApiFieldError, error: ApiError) => ParseKeys | null;

/** The server's password check (≥ 10 characters, not a common password …), by what its message says. */
export function passwordProblemKey(message: string): ParseKeys {
  if (/at least/i.test(message)) return 'validation.passwordShort';
  if (/at most/i.test(message)) return 'validation.passwordLong';
  if (/common/i.test(message)) return 'validation.passwordCommon';
  if (/repeat/i.test(message)) return 'validation.passwordRepeated';
  if (/e-?mail/i.test(message)) return 'validation.passwordContainsEmail';
  return 'validation.passwordRules';
}

const PASSWORD_FIELDS = new Set(['password', 'newPassword']);
const EMAIL_FIELDS = new Set(['email', 'mentorEmail']);

function commonFieldErrorKey({ field, message }: ApiFieldError, error: ApiError): ParseKeys {
  if (PASSWORD_FIELDS.has(field)) return passwordProblemKey(message);
  if (EMAIL_FIELDS.has(field))
    return error.code === 'ACCOUNT_EMAIL_TAKEN' ? 'validation.emailTaken' : 'validation.email';
  return 'validation.invalid';
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
