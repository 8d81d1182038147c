import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsArray,
  IsBoolean,
  IsIn,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import {
  CEFR_LEVELS,
  OCCUPATIONAL_FIELDS,
  OFFER_KINDS,
  type CefrLevel,
  type OccupationalField,
  type OfferKind,
} from '@passgenau/domain';
import { PageQuery, toBoolean, toStringArray } from '../../../../common/dto-helpers';

export class JobBoardQuery extends PageQuery {
  @ApiPropertyOptional({ example: '08119079', description: 'Offers at a site in this town (AGS)' })
  @IsOptional()
  @Matches(/^\d{8}$/, { message: 'townAgs must be an 8-digit municipality key (AGS)' })
  townAgs?: string;

  @ApiPropertyOptional({
    example: '08119067',
    description: 'Measure distances from this town (AGS) and sort by them',
  })
  @IsOptional()
  @Matches(/^\d{8}$/, { message: 'nearTown must be an 8-digit municipality key (AGS)' })
  nearTown?: string;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: 200,
    description: 'With nearTown: only offers within this many km',
  })
  @IsOptional()
  @Type(() => Number)
  @IsNumber()
  @Min(1)
  @Max(200)
  radiusKm?: number;

  @ApiPropertyOptional({
    enum: OFFER_KINDS,
    isArray: true,
    description: 'Kinds of work (repeat or comma-separate)',
  })
  @IsOptional()
  @Transform(toStringArray)
  @IsArray()
  @IsIn(OFFER_KINDS, { each: true })
  kind?: OfferKind[];

  @ApiPropertyOptional({
    enum: OCCUPATIONAL_FIELDS,
    description: 'Occupational field (curated list; other occupations by ISCO-08 group)',
  })
  @IsOptional()
  @IsIn(OCCUPATIONAL_FIELDS)
  field?: OccupationalField;

  @ApiPropertyOptional({
    example: '72',
    description: 'ISCO-08 group: 1 digit (major group) up to 4 digits (unit group)',
  })
  @IsOptional()
  @Matches(/^\d{1,4}$/, { message: 'iscoGroup must be 1 to 4 digits' })
  iscoGroup?: string;

  @ApiPropertyOptional({ description: 'Exactly this occupation (taxonomy code)' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  occupationCode?: string;

  @ApiPropertyOptional({
    enum: CEFR_LEVELS,
    description: 'My German level: offers whose minimum (overall and every skill) is at most this',
  })
  @IsOptional()
  @IsIn(CEFR_LEVELS)
  maxGermanLevel?: CefrLevel;

  @ApiPropertyOptional({ description: 'Only offers suitable for career changers' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  suitableForCareerChangers?: boolean;

  @ApiPropertyOptional({
    maxLength: 100,
    description: 'Words in title, description, company or occupation (in any language)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}
