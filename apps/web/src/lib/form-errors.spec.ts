import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '@passgenau/i18n';
import type { ParseKeys } from 'i18next';
// Test code only: the committed API description lists every field code the web app must have a text for.
// eslint-disable-next-line @nx/enforce-module-boundaries
import openapiText from '../../../api/openapi.json?raw';
import { ApiError, type ApiFieldError } from './api-client';
import { apiFieldErrors, fieldCodeKey, passwordProblemKey } from './form-errors';

/** Every non-test source file of the web app, as text (relative path → contents). */
const SOURCES = Object.fromEntries(
  Object.entries(
    import.meta.glob<string>(['../**/*.ts', '../**/*.tsx', '!../**/*.spec.ts', '!../**/*.spec.tsx'], {
      query: '?raw',
      import: 'default',
      eager: true,
    }),
  ),
);

/** Ways of reading the meaning of an API error from its English `message` instead of its code. */
const MESSAGE_MATCHING = [
  /\.test\(\s*(?:message|[\w.]*\.message)\b/,
  /\bmessage\s*(?:===|!==|==|!=)\s*['"`]/,
  /\.message\s*(?:===|!==|==|!=)/,
  /\bmessage\.(?:includes|startsWith|endsWith|match|search|indexOf)\(/,
  /\/[^/\n]+\/i\.test\(/,
];

function keyText(language: keyof typeof CATALOGUES, key: ParseKeys): unknown {
  return (key as string)
    .split('.')
    .reduce<unknown>(
      (node, part) => (node as Record<string, unknown> | undefined)?.[part],
      CATALOGUES[language],
    );
}

const refused = (errors: ApiFieldError[], code = 'VALIDATION_FAILED') =>
  new ApiError({ statusCode: 400, code, message: 'Invalid input', errors });

describe('field errors by code', () => {
  it('no web source reads an error message to decide what to show', () => {
    expect(Object.keys(SOURCES).length).toBeGreaterThan(50);
    expect(Object.keys(SOURCES)).toEqual(expect.arrayContaining(['./form-errors.ts']));
    const offenders = Object.entries(SOURCES).flatMap(([file, text]) =>
      text
        .split('\n')
        .flatMap((line, index) =>
          MESSAGE_MATCHING.some((pattern) => pattern.test(line))
            ? [`${file}:${index + 1}: ${line.trim()}`]
            : [],
        ),
    );
    expect(offenders).toEqual([]);
  });

  it('the check above finds the old message matching', () => {
    const old = [
      "if (/at least/i.test(message)) return 'validation.passwordShort';",
      "return /before/i.test(message) ? 'jobs.form.errors.closesOn' : 'jobs.form.errors.date';",
      "const refused = error.errors?.some((e) => e.field === 'company' && e.message === 'check refused');",
    ];
    for (const line of old) expect(MESSAGE_MATCHING.some((pattern) => pattern.test(line))).toBe(true);
  });

  it('password problems get their texts by code, whatever the message says', () => {
    const errors = apiFieldErrors(
      refused([
        { field: 'password', code: 'PASSWORD_COMMON', message: 'must be at least 10 characters long' },
      ]),
      ['password'],
    );
    expect(errors).toEqual({ password: 'validation.passwordCommon' });
    expect(passwordProblemKey('PASSWORD_TOO_SHORT')).toBe('validation.passwordShort');
    expect(passwordProblemKey('TOO_LONG')).toBe('validation.passwordLong');
    expect(passwordProblemKey('PASSWORD_CONTAINS_EMAIL')).toBe('validation.passwordContainsEmail');
    expect(passwordProblemKey('PASSWORD_REPEATED')).toBe('validation.passwordRepeated');
  });

  it('other fields get the general text of their code; e-mail fields their own', () => {
    const errors = apiFieldErrors(
      refused([
        { field: 'townAgs', code: 'UNKNOWN_TOWN', message: 'x' },
        { field: 'email', code: 'TAKEN', message: 'x' },
        { field: 'website', code: 'NOT_A_URL', message: 'x' },
      ]),
      ['townAgs', 'email', 'website'],
    );
    expect(errors).toEqual({
      townAgs: 'fieldErrors.UNKNOWN_TOWN',
      email: 'validation.emailTaken',
      website: 'fieldErrors.NOT_A_URL',
    });
  });

  it.each(Object.keys(CATALOGUES) as Array<keyof typeof CATALOGUES>)(
    'every field code the API document lists has a text in %s',
    (language) => {
      const document = JSON.parse(openapiText) as {
        components: { schemas: Record<string, { enum?: ApiFieldError['code'][] }> };
      };
      const codes = document.components.schemas['FieldErrorCode']?.enum ?? [];
      expect(codes.length).toBeGreaterThan(10);
      expect(codes.filter((code) => typeof keyText(language, fieldCodeKey(code)) !== 'string')).toEqual([]);
    },
  );
});
