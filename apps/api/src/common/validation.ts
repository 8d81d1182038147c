import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import { DomainError, type FieldError } from './domain-error';
import { constraintHasLimit, fieldCodeOfConstraint } from './field-error-code';
import { assertArrayLimits, assertSafeInput } from './input-safety';

/** The first argument of a constraint on a DTO property (the 200 of `@MaxLength(200)`), if it is a number. */
function limitOf(target: object | undefined, property: string, constraint: string): number | undefined {
  if (!target || !constraintHasLimit(constraint)) return undefined;
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target.constructor, '', true, false)
    .find((m) => m.propertyName === property && m.name === constraint);
  const limit: unknown = metadata?.constraints?.[0];
  return typeof limit === 'number' ? limit : undefined;
}

/**
 * One field error per failed constraint, each with its stable code. A value that is missing (undefined
 * or null) is `REQUIRED` whatever rule failed on it; a required text that is empty (`@MinLength(1)`, `@IsNotEmpty`)
 * too. Errors need their `target` (for the limits); the pipe never answers with it.
 */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const missing = error.value === undefined || error.value === null;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]): FieldError => {
      const limit = limitOf(error.target, error.property, constraint);
      const code =
        missing && constraint !== 'whitelistValidation'
          ? 'REQUIRED'
          : constraint === 'minLength' && limit !== undefined && limit <= 1
            ? 'REQUIRED'
            : fieldCodeOfConstraint(constraint);
      return { field, code, message, ...(limit !== undefined && code !== 'REQUIRED' ? { limit } : {}) };
    });
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/**
 * Before any transformation: NUL characters, nesting depth and array sizes (against the DTO's
 * `@ArrayMaxSize`) are checked on the raw value, so an oversized list is refused without class-
 * transformer materialising it and deep nesting never reaches the recursive validators.
 */
class GuardedValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' || metadata.type === 'query' || metadata.type === 'param') {
      assertSafeInput(value, metadata.type === 'body' ? '' : (metadata.data ?? ''));
      if (!metadata.data) assertArrayLimits(value, metadata.metatype);
    }
    return super.transform(value, metadata);
  }
}

/** Whitelisting validation: unknown fields are refused, values are converted to their declared types. */
export function createValidationPipe(): ValidationPipe {
  return new GuardedValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    validationError: { target: true, value: true },
    exceptionFactory: (errors) => {
      const fieldErrors = flattenValidationErrors(errors);
      const fields = [...new Set(fieldErrors.map((e) => e.field))].join(', ');
      return new DomainError('VALIDATION_FAILED', `Invalid input: ${fields}`, fieldErrors);
    },
  });
}
