import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CATALOGUES } from '@passgenau/i18n';
import { CommonErrorCode, DomainError, ERROR_CODES, FeatureErrorCode, statusForCode } from './domain-error';
import { toErrorBody } from './error.filter';

const root = resolve(__dirname, '../../../..');

describe('feature error codes', () => {
  it('answer with the status of the common code they stand for, keeping their own code', () => {
    for (const [code, common] of Object.entries(FeatureErrorCode)) {
      const body = toErrorBody(new DomainError(code as FeatureErrorCode, 'refused'), 'req-1');
      expect(body).toEqual({
        statusCode: statusForCode(common),
        code,
        message: 'refused',
        requestId: 'req-1',
      });
    }
    expect(statusForCode('DUPLICATE_PAIR_NOT_FLAGGED')).toBe(409);
    expect(statusForCode('MERGE_NOT_RESTORABLE')).toBe(409);
    expect(statusForCode('PROFILE_CONSENT_MISSING')).toBe(422);
    expect(statusForCode('ACCOUNT_LAST_ADMIN')).toBe(422);
    expect(statusForCode('AUTH_BAD_CREDENTIALS')).toBe(401);
    expect(statusForCode('AUTH_TOO_MANY_FAILURES')).toBe(429);
  });

  it('are never mistaken for inherited object keys', () => {
    expect(() => statusForCode('toString' as FeatureErrorCode)).toThrow('unmapped error code');
  });

  it('every code, common or feature, has a 4xx or 5xx status and appears once', () => {
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length);
    expect(ERROR_CODES).toEqual(expect.arrayContaining([...Object.values(CommonErrorCode)]));
    expect(ERROR_CODES).toEqual(expect.arrayContaining(Object.keys(FeatureErrorCode)));
    for (const code of ERROR_CODES) {
      const status = statusForCode(code);
      expect([code, status >= 400 && status < 600]).toEqual([code, true]);
    }
  });

  it.each(Object.keys(CATALOGUES))('every code has a text in the %s catalogue', (language) => {
    const texts = CATALOGUES[language as keyof typeof CATALOGUES].errorCodes as Record<string, string>;
    const missing = ERROR_CODES.filter(
      (code) => !(typeof texts[code] === 'string' && texts[code].trim() !== ''),
    );
    expect(missing).toEqual([]);
    // No texts for codes the API does not have.
    expect(Object.keys(texts).filter((code) => !ERROR_CODES.includes(code as never))).toEqual([]);
  });

  it('every code is described in docs/errors.md', () => {
    const docs = readFileSync(resolve(root, 'docs/errors.md'), 'utf8');
    expect(ERROR_CODES.filter((code) => !docs.includes(`\`${code}\``))).toEqual([]);
  });

  it('the committed OpenAPI document lists every code in its ErrorCode schema', () => {
    const document = JSON.parse(readFileSync(resolve(root, 'apps/api/openapi.json'), 'utf8')) as {
      components: {
        schemas: Record<string, { enum?: string[]; 'x-passgenau-status'?: Record<string, number> }>;
      };
    };
    const schema = document.components.schemas['ErrorCode'];
    expect(schema?.enum).toEqual([...ERROR_CODES]);
    expect(schema?.['x-passgenau-status']).toEqual(
      Object.fromEntries(ERROR_CODES.map((code) => [code, statusForCode(code)])),
    );
  });
});
