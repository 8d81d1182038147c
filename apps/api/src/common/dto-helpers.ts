import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import type { TransformFnParams } from 'class-transformer';
import { IsISO8601, Matches } from 'class-validator';
import { LANGUAGE_CODE_PATTERN } from '@passgenau/domain';

export { PageQuery } from './page.query';

/** A calendar date written YYYY-MM-DD (a real date: 2027-02-30 is refused). */
export function IsDateOnly(): PropertyDecorator {
  return applyDecorators(
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date written YYYY-MM-DD' }),
    IsISO8601({ strict: true }, { message: '$property must be a real calendar date' }),
  );
}

/** A language code such as "de", "ar" or "prs" (ISO 639-1, or 639-3 where 639-1 has none). */
export function IsLanguageCode(options: { each?: boolean } = {}): PropertyDecorator {
  return Matches(LANGUAGE_CODE_PATTERN, {
    each: options.each,
    message: '$property must hold language codes such as de, ar or prs',
  });
}

/** Query values that may repeat (`?openTo=tours&openTo=openHouse`) or come comma-separated. */
export function toStringArray({ value }: TransformFnParams): unknown {
  if (value === undefined || value === null || value === '') return undefined;
  const values = Array.isArray(value) ? value : [value];
  return values
    .flatMap((v) => (typeof v === 'string' ? v.split(',') : [v]))
    .map((v) => (typeof v === 'string' ? v.trim() : v));
}

/** `true`/`false` in a query string. */
export function toBoolean({ value }: TransformFnParams): unknown {
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  return value;
}

export class PageMeta {
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}
