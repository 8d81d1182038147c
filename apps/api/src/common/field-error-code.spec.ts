import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CATALOGUES } from '@passgenau/i18n';
import { getMetadataStorage, IsIn, IsString, MaxLength, Min, MinLength, validate } from 'class-validator';
import { plainToInstance } from 'class-transformer';
import {
  CONSTRAINT_FIELD_CODES,
  FIELD_ERROR_CODES,
  fieldCodeOfConstraint,
  NON_RULE_CONSTRAINTS,
} from './field-error-code';
import { flattenValidationErrors } from './validation';

const root = resolve(__dirname, '../../../..');
const apiSource = resolve(__dirname, '..');

/** Every non-test source file of the API that declares validation rules (DTOs, queries, helpers). */
function filesWithRules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesWithRules(path);
    if (!entry.name.endsWith('.ts') || /\.(spec|integration-spec)\.ts$/.test(entry.name)) return [];
    return readFileSync(path, 'utf8').includes("from 'class-validator'") ? [path] : [];
  });
}

type StoredMetadata = {
  type: string;
  name?: string;
  constraintCls?: object;
  target: unknown;
  propertyName: string;
};

/** The constraint names class-validator would report for every rule the DTOs declare. */
function constraintNamesInUse(): Map<string, string[]> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loads every DTO so its decorators register
  for (const file of filesWithRules(apiSource)) require(file);
  const storage = getMetadataStorage() as unknown as {
    validationMetadatas: Map<unknown, StoredMetadata[]>;
    getTargetValidatorConstraints(target: object): Array<{ name: string }>;
  };
  const names = new Map<string, string[]>();
  for (const metadatas of storage.validationMetadatas.values()) {
    for (const m of metadatas) {
      const name =
        m.type === 'customValidation'
          ? (m.name ?? (m.constraintCls && storage.getTargetValidatorConstraints(m.constraintCls)[0]?.name))
          : m.type;
      if (!name || NON_RULE_CONSTRAINTS.has(name)) continue;
      const where = `${(m.target as { name?: string }).name ?? '?'}.${m.propertyName}`;
      names.set(name, [...(names.get(name) ?? []), where]);
    }
  }
  return names;
}

describe('field error codes', () => {
  it('every constraint a DTO declares maps to a field code (none falls back to INVALID)', () => {
    const inUse = constraintNamesInUse();
    // The DTOs were found and loaded: the most common rules are there.
    expect([...inUse.keys()]).toEqual(
      expect.arrayContaining(['maxLength', 'isIn', 'matches', 'isPastOrTodayDate']),
    );
    const unmapped = [...inUse.entries()]
      .filter(([name]) => !Object.prototype.hasOwnProperty.call(CONSTRAINT_FIELD_CODES, name))
      .map(([name, where]) => `${name} (${where.slice(0, 3).join(', ')})`);
    expect(unmapped).toEqual([]);
  });

  it('maps only to codes of the closed list; an unknown constraint is INVALID', () => {
    for (const code of Object.values(CONSTRAINT_FIELD_CODES)) expect(FIELD_ERROR_CODES).toContain(code);
    expect(fieldCodeOfConstraint('isSomethingNew')).toBe('INVALID');
    expect(fieldCodeOfConstraint('toString')).toBe('INVALID');
    expect(new Set(FIELD_ERROR_CODES).size).toBe(FIELD_ERROR_CODES.length);
  });

  it('validation errors carry the code and the limit of their constraint', async () => {
    class Sample {
      @IsString() @MinLength(1) @MaxLength(5) title!: string;
      @IsString() @MinLength(3) nickname!: string;
      @IsIn(['a', 'b']) kind!: string;
      @Min(2) places!: number;
      @IsString() missing!: string;
    }
    const sample = plainToInstance(Sample, { title: '', nickname: 'ab', kind: 'c', places: 1 });
    const errors = flattenValidationErrors(await validate(sample));
    expect(errors).toEqual(
      expect.arrayContaining([
        { field: 'title', code: 'REQUIRED', message: expect.any(String) },
        { field: 'nickname', code: 'TOO_SHORT', message: expect.any(String), limit: 3 },
        { field: 'kind', code: 'NOT_ALLOWED', message: expect.any(String) },
        { field: 'places', code: 'TOO_SMALL', message: expect.any(String), limit: 2 },
        { field: 'missing', code: 'REQUIRED', message: expect.any(String) },
      ]),
    );
    const long = flattenValidationErrors(await validate(plainToInstance(Sample, { title: 'far too long' })));
    expect(long).toContainEqual({ field: 'title', code: 'TOO_LONG', message: expect.any(String), limit: 5 });
  });

  it.each(Object.keys(CATALOGUES))('every field code has a text in the %s catalogue', (language) => {
    const texts = CATALOGUES[language as keyof typeof CATALOGUES].fieldErrors as Record<string, string>;
    expect(
      FIELD_ERROR_CODES.filter((code) => !(typeof texts[code] === 'string' && texts[code].trim())),
    ).toEqual([]);
    expect(Object.keys(texts).filter((code) => !FIELD_ERROR_CODES.includes(code as never))).toEqual([]);
  });

  it('every field code is described in docs/errors.md and listed in the OpenAPI document', () => {
    const docs = readFileSync(resolve(root, 'docs/errors.md'), 'utf8');
    expect(FIELD_ERROR_CODES.filter((code) => !docs.includes(`\`${code}\``))).toEqual([]);
    const document = JSON.parse(readFileSync(resolve(root, 'apps/api/openapi.json'), 'utf8')) as {
      components: { schemas: Record<string, { enum?: string[] }> };
    };
    expect(document.components.schemas['FieldErrorCode']?.enum).toEqual([...FIELD_ERROR_CODES]);
  });
});
