import { getMetadataStorage } from 'class-validator';
import { DomainError, type FieldError } from './domain-error';

/** Deepest nesting of objects/arrays any request may send (the profile needs about 4). */
export const MAX_INPUT_DEPTH = 32;
/** Longest array any request may send where the DTO declares no smaller `@ArrayMaxSize`. */
export const MAX_ARRAY_LENGTH = 1000;
/** Most values (objects, arrays, strings, numbers, …) one request may carry. */
export const MAX_INPUT_NODES = 100_000;

function joinField(parent: string, key: string | number): string {
  return parent ? `${parent}.${key}` : String(key);
}

export function invalidInput(errors: FieldError[]): DomainError {
  const fields = [...new Set(errors.map((e) => e.field))].join(', ');
  return new DomainError('VALIDATION_FAILED', `Invalid input: ${fields || 'request'}`, errors);
}

const NUL = '\u0000';

/** A field name fit to show in a message (a key with a NUL in it is shown without it). */
function printable(key: string): string {
  return key.replaceAll(NUL, '\\0').slice(0, 100);
}

/**
 * The first structural problem of a parsed request value, walked without recursion so that any
 * nesting is safe: a NUL character in a string or key (PostgreSQL cannot store it), nesting deeper
 * than MAX_INPUT_DEPTH, an array longer than MAX_ARRAY_LENGTH, or more than MAX_INPUT_NODES values.
 */
export function findUnsafeInput(value: unknown, root = ''): FieldError | null {
  const stack: Array<{ value: unknown; field: string; depth: number }> = [{ value, field: root, depth: 0 }];
  let nodes = 0;
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (++nodes > MAX_INPUT_NODES)
      return {
        code: 'UNSAFE_INPUT',
        field: root || 'body',
        message: `must hold at most ${MAX_INPUT_NODES} values`,
      };
    const current = item.value;
    if (typeof current === 'string') {
      if (current.includes(NUL))
        return {
          code: 'UNSAFE_INPUT',
          field: item.field || root || 'value',
          message: 'must not contain NUL characters',
        };
      continue;
    }
    if (current === null || typeof current !== 'object') continue;
    if (item.depth >= MAX_INPUT_DEPTH)
      return {
        code: 'UNSAFE_INPUT',
        field: item.field || root || 'body',
        message: `is nested too deeply (at most ${MAX_INPUT_DEPTH} levels)`,
      };
    if (Array.isArray(current)) {
      if (current.length > MAX_ARRAY_LENGTH)
        return {
          code: 'TOO_MANY',
          field: item.field || root || 'body',
          message: `must contain at most ${MAX_ARRAY_LENGTH} items`,
          limit: MAX_ARRAY_LENGTH,
        };
      for (let i = current.length - 1; i >= 0; i--)
        stack.push({ value: current[i], field: joinField(item.field, i), depth: item.depth + 1 });
      continue;
    }
    const keys = Object.keys(current);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      if (key.includes(NUL))
        return {
          code: 'UNSAFE_INPUT',
          field: joinField(item.field, printable(key)),
          message: 'must not contain NUL characters',
        };
      stack.push({
        value: (current as Record<string, unknown>)[key],
        field: joinField(item.field, key),
        depth: item.depth + 1,
      });
    }
  }
  return null;
}

export function assertSafeInput(value: unknown, root = ''): void {
  const problem = findUnsafeInput(value, root);
  if (problem) throw invalidInput([problem]);
}

/** A DTO class (or a primitive's constructor, as Nest passes for `@Query('q') q: string`). */
type DtoClass = abstract new (...args: never[]) => unknown;

interface TypeMetadataStorage {
  findTypeMetadata(
    target: DtoClass,
    propertyName: string,
  ): { typeFunction: (options?: unknown) => unknown } | undefined;
}

/** class-transformer's decorator metadata (`@Type`); it ships no typings for this entry point. */
const typeMetadata = // eslint-disable-next-line @typescript-eslint/no-require-imports
  (require('class-transformer/cjs/storage') as { defaultMetadataStorage: TypeMetadataStorage })
    .defaultMetadataStorage;

interface ArrayRule {
  max: number | undefined;
  nested: DtoClass | undefined;
}

const PRIMITIVES = new Set<DtoClass>([String, Number, Boolean, Array, Object]);

const rulesCache = new Map<DtoClass, Map<string, ArrayRule>>();

/** `@ArrayMaxSize` limits and `@Type` element classes of a DTO, by property. */
function arrayRules(target: DtoClass): Map<string, ArrayRule> {
  const cached = rulesCache.get(target);
  if (cached) return cached;
  const rules = new Map<string, ArrayRule>();
  const metadatas = getMetadataStorage().getTargetValidationMetadatas(target, '', true, false);
  for (const metadata of metadatas) {
    const property = metadata.propertyName;
    const rule = rules.get(property) ?? { max: undefined, nested: undefined };
    if (metadata.name === 'arrayMaxSize' && typeof metadata.constraints?.[0] === 'number')
      rule.max = Math.min(rule.max ?? Infinity, metadata.constraints[0]);
    rules.set(property, rule);
  }
  for (const [property, rule] of rules) {
    try {
      const nested = typeMetadata.findTypeMetadata(target, property)?.typeFunction();
      if (typeof nested === 'function' && !PRIMITIVES.has(nested as DtoClass))
        rule.nested = nested as DtoClass;
    } catch {
      // a @Type with a discriminator or a lazy function that needs the value: no nested rules
    }
  }
  rulesCache.set(target, rules);
  return rules;
}

/**
 * Array lengths checked against the DTO's `@ArrayMaxSize` before class-transformer materialises
 * anything: an oversized list is refused naming its field, and its elements are never transformed.
 */
export function findOversizedArrays(value: unknown, target: DtoClass | undefined, parent = ''): FieldError[] {
  if (
    !target ||
    PRIMITIVES.has(target) ||
    value === null ||
    typeof value !== 'object' ||
    Array.isArray(value)
  )
    return [];
  const errors: FieldError[] = [];
  for (const [property, rule] of arrayRules(target)) {
    const field = joinField(parent, property);
    const item = (value as Record<string, unknown>)[property];
    if (Array.isArray(item)) {
      if (rule.max !== undefined && item.length > rule.max) {
        errors.push({
          code: 'TOO_MANY',
          field,
          message: `${property} must contain no more than ${rule.max} elements`,
          limit: rule.max,
        });
        continue;
      }
      if (rule.nested)
        item.forEach((element, index) =>
          errors.push(...findOversizedArrays(element, rule.nested, joinField(field, index))),
        );
    } else if (rule.nested && item && typeof item === 'object') {
      errors.push(...findOversizedArrays(item, rule.nested, field));
    }
  }
  return errors;
}

export function assertArrayLimits(value: unknown, target: DtoClass | undefined): void {
  const errors = findOversizedArrays(value, target);
  if (errors.length) throw invalidInput(errors);
}
