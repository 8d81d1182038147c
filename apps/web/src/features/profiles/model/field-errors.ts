import type { ParseKeys } from 'i18next';
import { ApiError, type ApiFieldErrorCode } from '../../../lib/api-client';
import { fieldCodeKey } from '../../../lib/form-errors';

/** The wizard's steps, in order. */
export const WIZARD_STEPS = [
  'languages',
  'skills',
  'competences',
  'experience',
  'wishes',
  'mobility',
  'review',
] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

/** Field errors of a PUT by the field path the API named ("competences.0.code" → its text key). */
export type ProfileFieldErrors = Record<string, ParseKeys>;

/** The wizard's text for a field code; codes without a wizard text of their own get the general one. */
export function profileFieldErrorKey(code: ApiFieldErrorCode): ParseKeys {
  switch (code) {
    case 'DATE_IN_FUTURE':
      return 'profiles.errors.future';
    case 'TOO_LONG':
      return 'profiles.errors.tooLong';
    case 'UNKNOWN_CODE':
      return 'profiles.errors.unknownCode';
    case 'REQUIRED':
      return 'profiles.errors.required';
    case 'NOT_ALLOWED':
    case 'BAD_FORMAT':
    case 'INVALID':
      return 'profiles.errors.invalid';
    default:
      return fieldCodeKey(code);
  }
}

/** Maps a 400's field errors to texts by field path and code; other errors give none. */
export function profileFieldErrors(error: unknown): ProfileFieldErrors {
  if (!(error instanceof ApiError) || !error.errors) return {};
  const result: ProfileFieldErrors = {};
  for (const { field, code } of error.errors) {
    result[field] ??= profileFieldErrorKey(code);
  }
  return result;
}

const STEP_OF_SECTION: Record<string, WizardStep> = {
  languages: 'languages',
  germanCertificates: 'languages',
  texts: 'languages',
  birthYear: 'languages',
  phone: 'languages',
  mathsLevel: 'skills',
  computerLevel: 'skills',
  schooling: 'skills',
  competences: 'competences',
  education: 'experience',
  experience: 'experience',
  wishes: 'wishes',
  mobility: 'mobility',
  workPermit: 'mobility',
};

/** The step that shows a field ("education.1.title" → "experience"). */
export function stepOfField(field: string): WizardStep {
  return STEP_OF_SECTION[field.split('.')[0] ?? ''] ?? 'review';
}

/** The steps with at least one field error. */
export function stepsWithErrors(errors: ProfileFieldErrors): Set<WizardStep> {
  return new Set(Object.keys(errors).map(stepOfField));
}
