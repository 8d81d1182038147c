import { ParseUUIDPipe } from '@nestjs/common';
import { DomainError } from './domain-error';

/** Path ids are UUIDs; anything else is a 400 naming the parameter. */
export function uuidParam(field: string): ParseUUIDPipe {
  return new ParseUUIDPipe({
    exceptionFactory: () =>
      new DomainError('VALIDATION_FAILED', `Invalid input: ${field}`, [
        { code: 'NOT_AN_ID', field, message: `${field} must be a UUID` },
      ]),
  });
}
