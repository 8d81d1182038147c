import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@passgenau/domain';
import { dictionary } from '@zxcvbn-ts/language-common';

const COMMON = new Set<string>(dictionary['passwords-common'].map((p) => p.toLowerCase()));
for (const extra of ['passgenau', 'passgenau2026', 'rems-murr-kreis', 'remsmurrkreis', 'waiblingen'])
  COMMON.add(extra);

/** Returns the problem with a new password in plain words, or null when it is acceptable. */
export function passwordProblem(password: string, context: { email?: string | null } = {}): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `must be at least ${PASSWORD_MIN_LENGTH} characters long`;
  if (password.length > PASSWORD_MAX_LENGTH) return `must be at most ${PASSWORD_MAX_LENGTH} characters long`;
  const lower = password.toLowerCase();
  if (COMMON.has(lower) || COMMON.has(lower.replace(/[\d!?.]+$/, '')))
    return 'is one of the most common passwords';
  if (/^(.)\1+$/.test(password)) return 'must not repeat one character';
  if (context.email && lower.includes(context.email.split('@')[0]!.toLowerCase()))
    return 'must not contain your e-mail name';
  return null;
}
