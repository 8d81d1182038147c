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
import { WZ_SECTION_CODES } from '@passgenau/domain';
import { PageQuery, toBoolean, toStringArray } from '../../../../common/dto-helpers';

export const VISIT_FORMATS = ['tours', 'openHouse'] as const;
export type VisitFormat = (typeof VISIT_FORMATS)[number];
export const PLACE_KINDS = ['internships', 'apprenticeships', 'eqPlaces'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export class CompanyListQuery extends PageQuery {
  @ApiPropertyOptional({ maxLength: 100, description: 'Part of the company name' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ example: '08119079', description: 'Firms with a site in this town (AGS)' })
  @IsOptional()
  @Matches(/^\d{8}$/, { message: 'townAgs must be an 8-digit municipality key (AGS)' })
  townAgs?: string;

  @ApiPropertyOptional({
    example: '08119067',
    description: 'Sort by distance of the nearest site from this town (AGS)',
  })
  @IsOptional()
  @Matches(/^\d{8}$/, { message: 'nearTown must be an 8-digit municipality key (AGS)' })
  nearTown?: string;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: 200,
    description: 'With nearTown: only firms with a site within this many km',
  })
  @IsOptional()
  @Type(() => Number)
  @IsNumber()
  @Min(1)
  @Max(200)
  radiusKm?: number;

  @ApiPropertyOptional({ enum: WZ_SECTION_CODES, description: 'Sector (WZ 2008 section)' })
  @IsOptional()
  @IsIn(WZ_SECTION_CODES)
  wzSection?: string;

  @ApiPropertyOptional({
    enum: ['tours', 'openHouse'],
    isArray: true,
    description: 'Open to all of these kinds of visit',
  })
  @IsOptional()
  @Transform(toStringArray)
  @IsArray()
  @IsIn(VISIT_FORMATS, { each: true })
  openTo?: VisitFormat[];

  @ApiPropertyOptional({
    enum: ['internships', 'apprenticeships', 'eqPlaces'],
    isArray: true,
    description: 'Offers all of these kinds of place',
  })
  @IsOptional()
  @Transform(toStringArray)
  @IsArray()
  @IsIn(PLACE_KINDS, { each: true })
  offering?: PlaceKind[];

  @ApiPropertyOptional({ description: 'Only firms with offers on the job board now' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  hasOpenOffers?: boolean;
}
