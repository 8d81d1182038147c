import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { UI_LANGUAGES, type UiLanguage } from '@passgenau/domain';

export const BARRIER_DESCRIPTION_MAX = 5000;
export const BARRIER_PAGE_MAX = 500;

/** Empty optional text counts as not given. */
const emptyToUndefined = ({ value }: { value: unknown }) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

/** A report of an accessibility barrier; anonymous unless `email` is given for a reply. */
export class BarrierReportDto {
  @ApiPropertyOptional({
    description: 'The page the barrier is on, as the reporter names it: its address (e.g. /jobs) or its name; one line',
    example: '/jobs',
    maxLength: BARRIER_PAGE_MAX,
  })
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MaxLength(BARRIER_PAGE_MAX)
  // One line of printable text: no line breaks or other control characters (it goes into a mail header-like line).
  @Matches(/^[^\u0000-\u001f\u007f]+$/, { message: 'pageUrl must be one line of text' })
  pageUrl?: string;

  @ApiProperty({
    description: 'What does not work, and how it shows',
    minLength: 5,
    maxLength: BARRIER_DESCRIPTION_MAX,
  })
  @IsString()
  @MinLength(5)
  @MaxLength(BARRIER_DESCRIPTION_MAX)
  @Matches(/\S/, { message: 'description must not be blank' })
  description!: string;

  @ApiPropertyOptional({ description: 'Only if a reply is wanted', example: 'amina@example.org' })
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string;

  @ApiPropertyOptional({ enum: UI_LANGUAGES, default: 'de', description: 'The language of the report' })
  @IsOptional()
  @IsIn(UI_LANGUAGES)
  language: UiLanguage = 'de';
}

export class BarrierReportResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ description: 'Whether a reply will go to the given e-mail address' })
  replyExpected!: boolean;
}
