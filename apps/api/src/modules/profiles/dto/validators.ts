import { registerDecorator, type ValidationOptions } from 'class-validator';

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A calendar date (YYYY-MM-DD) that is not in the future: assessments and certificates lie in the past. */
export function IsPastOrTodayDate(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isPastOrTodayDate',
      target: object.constructor,
      propertyName,
      options: {
        message: `${propertyName} must be a date (YYYY-MM-DD) that is not in the future`,
        ...options,
      },
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' &&
          /^\d{4}-\d{2}-\d{2}$/.test(value) &&
          !Number.isNaN(Date.parse(value)) &&
          value <= today(),
      },
    });
}
