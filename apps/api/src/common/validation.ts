import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { DomainError, type FieldError } from './domain-error';
import { assertArrayLimits, assertSafeInput } from './input-safety';

export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
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
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const fieldErrors = flattenValidationErrors(errors);
      const fields = [...new Set(fieldErrors.map((e) => e.field))].join(', ');
      return new DomainError('VALIDATION_FAILED', `Invalid input: ${fields}`, fieldErrors);
    },
  });
}
