import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { OFFER_KINDS, type OfferKind } from '@passgenau/domain';
import { ConceptRefResponse } from '../../companies/offers/dto/offer.response';

export const GUEST_FIRM_OCCUPATIONS_MAX = 5;
export const GUEST_FIRM_COMPETENCES_MAX = 30;

/** A firm that comes to an employer information event without being in Passgenau. */
export class CreateGuestFirmDto {
  @ApiProperty({ minLength: 1, maxLength: 200, description: 'The firm’s name as it introduces itself' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @ApiProperty({ description: 'Municipality key (AGS) of the town where the work is', example: '08119079' })
  @Matches(/^\d{8}$/, { message: '$property must be a municipality key of 8 digits' })
  townAgs!: string;

  @ApiPropertyOptional({ enum: OFFER_KINDS, default: 'job', description: 'What the firm offers' })
  @IsOptional()
  @IsIn(OFFER_KINDS)
  offerKind?: OfferKind;

  @ApiProperty({
    type: [String],
    minItems: 1,
    maxItems: GUEST_FIRM_OCCUPATIONS_MAX,
    description: 'Occupations the firm looks for (codes of GET /api/taxonomy/occupations)',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(GUEST_FIRM_OCCUPATIONS_MAX)
  @ArrayUnique()
  @IsString({ each: true })
  @MaxLength(300, { each: true })
  occupationCodes!: string[];

  @ApiPropertyOptional({
    type: [String],
    maxItems: GUEST_FIRM_COMPETENCES_MAX,
    description: 'Competences the firm asks for (codes of GET /api/taxonomy/skills); counted as required',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(GUEST_FIRM_COMPETENCES_MAX)
  @ArrayUnique()
  @IsString({ each: true })
  @MaxLength(300, { each: true })
  competenceCodes?: string[];
}

export const EVENT_FIRM_SOURCES = ['registered', 'guest'] as const;
export type EventFirmSource = (typeof EVENT_FIRM_SOURCES)[number];

/** A firm of an event whose match list staff can print. */
export class EventMatchFirmResponse {
  @ApiProperty({ description: 'The firm’s registration id (registered) or the guest firm’s id (entered on the spot)' })
  id!: string;
  @ApiProperty({ enum: EVENT_FIRM_SOURCES }) source!: EventFirmSource;
  @ApiProperty({ type: String, nullable: true }) companyId!: string | null;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Guest firms: the town of the work' })
  townName!: string | null;
  @ApiProperty({ type: String, nullable: true, enum: OFFER_KINDS }) offerKind!: OfferKind | null;
  @ApiProperty({ type: [String], description: 'Registered firms: the titles of the offers they bring' })
  offerTitles!: string[];
  @ApiProperty({ type: [ConceptRefResponse], description: 'Guest firms: the occupations they look for' })
  occupations!: ConceptRefResponse[];
  @ApiProperty({ type: [ConceptRefResponse], description: 'Guest firms: the competences they ask for' })
  competences!: ConceptRefResponse[];
}
