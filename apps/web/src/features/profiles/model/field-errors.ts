import type { ParseKeys } from 'i18next';
import { ApiError } from '../../../lib/api-client';

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

function keyFor(field: string, message: string): ParseKeys {
  if (/future/i.test(message)) return 'profiles.errors.future';
  if (/too long|at most|longer/i.test(message)) return 'profiles.errors.tooLong';
  if (
    /unknown|not found|taxonomy/i.test(message) ||
    field.endsWith('.code') ||
    field.endsWith('occupationCode')
  ) {
    return 'profiles.errors.unknownCode';
  }
  if (/required|must not be empty|should not be empty/i.test(message)) return 'profiles.errors.required';
  return 'profiles.errors.invalid';
}

/** Maps a 400's field errors to texts by field path; other errors give none. */
export function profileFieldErrors(error: unknown): ProfileFieldErrors {
  if (!(error instanceof ApiError) || !error.errors) return {};
  const result: ProfileFieldErrors = {};
  for (const { field, message } of error.errors) {
    result[field] ??= keyFor(field, message);
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
