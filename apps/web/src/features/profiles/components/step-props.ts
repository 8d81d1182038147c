import type { ParseKeys } from 'i18next';
import type { ProfileFieldErrors } from '../model/field-errors';
import type { ProfileDraft } from '../model/draft';
import type { EmployerNotice } from '../api/schemas';

/** Who fills the wizard: the candidate, or a mentor on the candidate's behalf. */
export type WizardMode = 'candidate' | 'mentor';

export interface StepProps {
  draft: ProfileDraft;
  update: (change: (draft: ProfileDraft) => ProfileDraft) => void;
  errors: ProfileFieldErrors;
  mode: WizardMode;
  /** From the last save: text that employers see without its contact details. */
  notices?: EmployerNotice[];
}

/** The text key of a field's error, for `error={…}` of an input. */
export function fieldError(errors: ProfileFieldErrors, field: string): ParseKeys | undefined {
  return errors[field];
}
