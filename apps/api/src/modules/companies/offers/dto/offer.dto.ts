import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  CEFR_LEVELS,
  OFFER_KINDS,
  OFFER_STATUSES,
  type CefrLevel,
  type OfferKind,
  type OfferStatus,
} from '@passgenau/domain';
import { IsDateOnly, IsLanguageCode } from '../../../../common/dto-helpers';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** Minimum CEFR level of German, overall and per skill where it matters; null = no minimum. */
export class GermanMinimumDto {
  @ApiPropertyOptional({ type: String, nullable: true, enum: CEFR_LEVELS })
  @IsOptional()
  @IsIn(CEFR_LEVELS)
  overall?: CefrLevel | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    enum: CEFR_LEVELS,
    description: 'Listening and reading',
  })
  @IsOptional()
  @IsIn(CEFR_LEVELS)
  understanding?: CefrLevel | null;

  @ApiPropertyOptional({ type: String, nullable: true, enum: CEFR_LEVELS })
  @IsOptional()
  @IsIn(CEFR_LEVELS)
  speaking?: CefrLevel | null;

  @ApiPropertyOptional({ type: String, nullable: true, enum: CEFR_LEVELS })
  @IsOptional()
  @IsIn(CEFR_LEVELS)
  writing?: CefrLevel | null;
}

export class CreateOfferDto {
  @ApiProperty({ enum: OFFER_KINDS })
  @IsIn(OFFER_KINDS)
  kind!: OfferKind;

  @ApiProperty({ maxLength: 200, example: 'Ausbildung Metallbauer/in Konstruktionstechnik 2027' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title!: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: 5000,
    description: 'Free text in any language; set descriptionLang with it',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(5000)
  description?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'de' })
  @IsOptional()
  @IsLanguageCode()
  descriptionLang?: string | null;

  @ApiProperty({
    description: 'Occupation code from GET /api/taxonomy/occupations',
    example: 'http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  occupationCode!: string;

  @ApiPropertyOptional({
    type: [String],
    description: 'Competence codes (GET /api/taxonomy/skills) a candidate must bring',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(300, { each: true })
  requiredCompetences?: string[];

  @ApiPropertyOptional({ type: [String], description: 'Competence codes that help' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(300, { each: true })
  niceToHaveCompetences?: string[];

  @ApiPropertyOptional({ type: GermanMinimumDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => GermanMinimumDto)
  germanMinimum?: GermanMinimumDto;

  @ApiPropertyOptional({
    type: [String],
    example: ['ar', 'tr'],
    description: 'Other languages that help (e.g. spoken in the team)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsLanguageCode({ each: true })
  helpfulLanguages?: string[];

  @ApiPropertyOptional({ description: 'Suitable for people changing careers (Quereinsteiger)' })
  @IsOptional()
  @IsBoolean()
  suitableForCareerChangers?: boolean;

  @ApiPropertyOptional({
    description:
      'The German minimum is strict: candidates far below it (two levels or more) are not proposed',
  })
  @IsOptional()
  @IsBoolean()
  germanStrict?: boolean;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    minimum: 0,
    maximum: 300,
    description:
      'Propose candidates from this far (km) even beyond their travel radius (e.g. transport offered)',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(300)
  maxDistanceKm?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'One of the company’s sites' })
  @IsOptional()
  @IsUUID()
  siteId?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'date', example: '2027-09-01' })
  @IsOptional()
  @IsDateOnly()
  startsOn?: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 1, maximum: 60, example: 39 })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 1, allowNaN: false, allowInfinity: false })
  @Min(1)
  @Max(60)
  hoursPerWeek?: number | null;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    minimum: 1,
    maximum: 260,
    description: 'Duration in weeks (internships, EQ)',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(260)
  durationWeeks?: number | null;

  @ApiPropertyOptional({ minimum: 1, maximum: 999, default: 1, description: 'Number of places' })
  @ValidateIf((o: CreateOfferDto) => o.places !== undefined)
  @IsInt()
  @Min(1)
  @Max(999)
  places?: number;

  @ApiPropertyOptional({
    enum: OFFER_STATUSES,
    default: 'draft',
    description: 'Only open offers appear on the job board',
  })
  @IsOptional()
  @IsIn(OFFER_STATUSES)
  status?: OfferStatus;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    format: 'date',
    description: 'Last day on the job board; not before startsOn',
  })
  @IsOptional()
  @IsDateOnly()
  closesOn?: string | null;
}

/** Changes to an offer; fields left out stay, `null` clears an optional field. */
export class UpdateOfferDto extends PartialType(CreateOfferDto) {}
