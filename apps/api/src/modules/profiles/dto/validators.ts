import { registerDecorator, type ValidationOptions } from 'class-validator';
import { districtToday, isIsoDate } from '@passgenau/domain';

/**
 * A calendar date (YYYY-MM-DD) that is not in the future: assessments and certificates lie in the
 * past. "Today" is the district's day (Europe/Berlin), not the server's or UTC.
 */
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
          typeof value === 'string' && isIsoDate(value) && value <= districtToday(),
      },
    });
}
