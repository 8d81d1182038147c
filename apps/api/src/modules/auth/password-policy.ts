import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@passgenau/domain';
import { dictionary } from '@zxcvbn-ts/language-common';
import type { FieldErrorCode } from '../../common/field-error-code';

const COMMON = new Set<string>(dictionary['passwords-common'].map((p) => p.toLowerCase()));
for (const extra of ['passgenau', 'passgenau2026', 'rems-murr-kreis', 'remsmurrkreis', 'waiblingen'])
  COMMON.add(extra);

export interface PasswordProblem {
  code: Extract<FieldErrorCode, `PASSWORD_${string}`>;
  /** In plain words, following "The password …". */
  text: string;
  limit?: number;
}

/** Returns the problem with a new password (its field code and plain words), or null when it is acceptable. */
export function passwordProblem(
  password: string,
  context: { email?: string | null } = {},
): PasswordProblem | null {
  if (password.length < PASSWORD_MIN_LENGTH)
    return {
      code: 'PASSWORD_TOO_SHORT',
      text: `must be at least ${PASSWORD_MIN_LENGTH} characters long`,
      limit: PASSWORD_MIN_LENGTH,
    };
  if (password.length > PASSWORD_MAX_LENGTH)
    return {
      code: 'PASSWORD_TOO_LONG',
      text: `must be at most ${PASSWORD_MAX_LENGTH} characters long`,
      limit: PASSWORD_MAX_LENGTH,
    };
  const lower = password.toLowerCase();
  if (COMMON.has(lower) || COMMON.has(lower.replace(/[\d!?.]+$/, '')))
    return { code: 'PASSWORD_COMMON', text: 'is one of the most common passwords' };
  if (/^(.)\1+$/.test(password)) return { code: 'PASSWORD_REPEATED', text: 'must not repeat one character' };
  if (context.email && lower.includes(context.email.split('@')[0]!.toLowerCase()))
    return { code: 'PASSWORD_CONTAINS_EMAIL', text: 'must not contain your e-mail name' };
  return null;
}
