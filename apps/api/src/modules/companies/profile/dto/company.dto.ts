import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { COMPANY_SIZE_BANDS, WZ_SECTION_CODES, type CompanySizeBand } from '@passgenau/domain';
import { IsLanguageCode } from '../../../../common/dto-helpers';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** Changes to a company profile; fields left out stay as they are, `null` clears a field. */
export class UpdateCompanyDto {
  @ApiPropertyOptional({ maxLength: 200, example: 'Metallbau Remstal GmbH' })
  @ValidateIf((o: UpdateCompanyDto) => o.name !== undefined)
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 60, example: 'GmbH' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(60)
  legalForm?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    enum: WZ_SECTION_CODES,
    description: 'Sector: WZ 2008 section (A–U)',
  })
  @IsOptional()
  @IsIn(WZ_SECTION_CODES)
  wzSection?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    enum: COMPANY_SIZE_BANDS,
    description: 'People working in the firm',
  })
  @IsOptional()
  @IsIn(COMPANY_SIZE_BANDS)
  sizeBand?: CompanySizeBand | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: 4000,
    description: 'Free text in any language; set descriptionLang with it',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(4000)
  description?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'de',
    description: 'Language the description is written in',
  })
  @IsOptional()
  @IsLanguageCode()
  descriptionLang?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: 300,
    example: 'https://www.metallbau-remstal.de',
  })
  @IsOptional()
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true },
    { message: 'website must be an http(s) address' },
  )
  @MaxLength(300)
  website?: string | null;

  @ApiPropertyOptional({
    type: [String],
    example: ['de', 'tr', 'ar'],
    description: 'Languages spoken in the firm (codes)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsLanguageCode({ each: true })
  languages?: string[];

  @ApiPropertyOptional({ description: 'Offers company tours' })
  @IsOptional()
  @IsBoolean()
  offersTours?: boolean;

  @ApiPropertyOptional({ description: 'Takes part in open-house days' })
  @IsOptional()
  @IsBoolean()
  offersOpenHouse?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  offersInternships?: boolean;

  @ApiPropertyOptional({ description: 'Trains apprentices (Ausbildung)' })
  @IsOptional()
  @IsBoolean()
  offersApprenticeships?: boolean;

  @ApiPropertyOptional({ description: 'Offers entry qualification places (Einstiegsqualifizierung, EQ)' })
  @IsOptional()
  @IsBoolean()
  offersEqPlaces?: boolean;

  @ApiPropertyOptional({ description: 'Interpreters are welcome at interviews and on site' })
  @IsOptional()
  @IsBoolean()
  canHostInterpreters?: boolean;

  @ApiPropertyOptional({ description: 'The firm needs an interpreter to talk with candidates' })
  @IsOptional()
  @IsBoolean()
  needsInterpreters?: boolean;
}

/**
 * A site: a town of the list (its coordinates are used) or, for places outside the list, the
 * coordinates. Both may be given: entered coordinates are more precise than the town's centre.
 */
export class SiteDto {
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 100, example: 'Werk 2' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  label?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 200, example: 'Benzstraße 12' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  street?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '71334' })
  @IsOptional()
  @Matches(/^[0-9A-Za-z -]{3,10}$/, { message: 'postalCode must be a postal code' })
  postalCode?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: 100,
    description: 'Place name, for places outside the towns list',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  locality?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '08119079',
    description: 'Town from GET /api/towns (AGS)',
  })
  @IsOptional()
  @Matches(/^\d{8}$/, { message: 'townAgs must be an 8-digit municipality key (AGS)' })
  townAgs?: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: -90, maximum: 90 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-90)
  @Max(90)
  lat?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: -180, maximum: 180 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-180)
  @Max(180)
  lon?: number | null;

  @ApiPropertyOptional({
    description: 'The main site (shown first); the first site of a company is its main site',
  })
  @IsOptional()
  @IsBoolean()
  isMain?: boolean;
}
