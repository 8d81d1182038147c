import { ApiProperty } from '@nestjs/swagger';
import {
  CEFR_LEVELS,
  OCCUPATIONAL_FIELDS,
  OCCUPATION_MAPPINGS,
  OFFER_KINDS,
  OFFER_STATUSES,
  RECORD_SOURCES,
  type CefrLevel,
  type OccupationMapping,
  type OccupationalField,
  type OfferKind,
  type OfferStatus,
  type RecordSource,
} from '@passgenau/domain';
import { ConceptLabelsResponse } from '../../../taxonomy/dto/taxonomy.response';
import { SiteResponse } from '../../profile/dto/company.response';

export class ConceptRefResponse {
  @ApiProperty() code!: string;
  @ApiProperty({
    type: ConceptLabelsResponse,
    description: 'One label per language the taxonomy has; pick with pickLabel',
  })
  labels!: ConceptLabelsResponse;
}

export class OccupationRefResponse extends ConceptRefResponse {
  @ApiProperty({ type: String, nullable: true, description: 'ISCO-08 unit group' }) iscoGroup!: string | null;
  @ApiProperty({
    enum: OCCUPATIONAL_FIELDS,
    description: 'Occupational field (curated list, else from the ISCO group)',
  })
  field!: OccupationalField;
}

export class GermanMinimumResponse {
  @ApiProperty({ type: String, nullable: true, enum: CEFR_LEVELS }) overall!: CefrLevel | null;
  @ApiProperty({ type: String, nullable: true, enum: CEFR_LEVELS }) understanding!: CefrLevel | null;
  @ApiProperty({ type: String, nullable: true, enum: CEFR_LEVELS }) speaking!: CefrLevel | null;
  @ApiProperty({ type: String, nullable: true, enum: CEFR_LEVELS }) writing!: CefrLevel | null;
  @ApiProperty({ type: String, nullable: true, enum: CEFR_LEVELS, description: 'The highest of the four' })
  highest!: CefrLevel | null;
}

/** An offer as its company and staff see it. */
export class OfferResponse {
  @ApiProperty() id!: string;
  @ApiProperty() companyId!: string;
  @ApiProperty() companyName!: string;
  @ApiProperty({ enum: OFFER_KINDS }) kind!: OfferKind;
  @ApiProperty() title!: string;
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
  @ApiProperty({ type: String, nullable: true }) descriptionLang!: string | null;
  @ApiProperty({
    type: OccupationRefResponse,
    nullable: true,
    description: 'Null only for imported offers whose occupation was not found',
  })
  occupation!: OccupationRefResponse | null;
  @ApiProperty({ enum: OCCUPATION_MAPPINGS }) occupationMapping!: OccupationMapping;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Occupation as the job agency wrote it (imports)',
  })
  occupationText!: string | null;
  @ApiProperty({ type: [ConceptRefResponse] }) requiredCompetences!: ConceptRefResponse[];
  @ApiProperty({ type: [ConceptRefResponse] }) niceToHaveCompetences!: ConceptRefResponse[];
  @ApiProperty({ type: GermanMinimumResponse }) germanMinimum!: GermanMinimumResponse;
  @ApiProperty({ type: [String] }) helpfulLanguages!: string[];
  @ApiProperty() suitableForCareerChangers!: boolean;
  @ApiProperty({ description: 'Far below the German minimum, candidates are not proposed' }) germanStrict!: boolean;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Candidates from this far (km) are proposed even beyond their travel radius',
  })
  maxDistanceKm!: number | null;
  @ApiProperty({ type: SiteResponse, nullable: true }) site!: SiteResponse | null;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) startsOn!: string | null;
  @ApiProperty({ type: Number, nullable: true }) hoursPerWeek!: number | null;
  @ApiProperty({ type: Number, nullable: true }) durationWeeks!: number | null;
  @ApiProperty() places!: number;
  @ApiProperty({ enum: OFFER_STATUSES }) status!: OfferStatus;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) closesOn!: string | null;
  @ApiProperty({ description: 'On the public job board now (open and not past its closing date)' })
  listed!: boolean;
  @ApiProperty({ type: String, nullable: true }) publishedAt!: string | null;
  @ApiProperty({ enum: RECORD_SOURCES }) source!: RecordSource;
  @ApiProperty({ type: String, nullable: true, description: 'The job agency’s reference number (refnr)' })
  externalRef!: string | null;
  @ApiProperty({ type: String, nullable: true }) externalUrl!: string | null;
  @ApiProperty({
    description:
      'Candidates who marked interest. Who they are reaches the firm only through contact requests (matching issue).',
  })
  interestCount!: number;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
}

export class OfferListResponse {
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty({ type: [OfferResponse] }) items!: OfferResponse[];
}
