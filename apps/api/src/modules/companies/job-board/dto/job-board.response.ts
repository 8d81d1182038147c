import { ApiProperty } from '@nestjs/swagger';
import {
  COMPANY_SIZE_BANDS,
  OFFER_KINDS,
  RECORD_SOURCES,
  WZ_SECTION_CODES,
  type CompanySizeBand,
  type OfferKind,
  type RecordSource,
} from '@passgenau/domain';
import { TownRef } from '../../profile/dto/company.response';
import {
  ConceptRefResponse,
  GermanMinimumResponse,
  OccupationRefResponse,
} from '../../offers/dto/offer.response';

export class JobBoardCompanyRef {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) logoUrl!: string | null;
}

export class JobBoardPlace {
  @ApiProperty({ type: String, nullable: true }) townAgs!: string | null;
  @ApiProperty({ type: String, nullable: true }) townName!: string | null;
  @ApiProperty({ type: String, nullable: true }) locality!: string | null;
  @ApiProperty({ type: String, nullable: true }) postalCode!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Detail view only' }) street!: string | null;
  @ApiProperty() lat!: number;
  @ApiProperty() lon!: number;
}

export class JobBoardOfferItem {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: OFFER_KINDS }) kind!: OfferKind;
  @ApiProperty({ description: 'As the firm wrote it' }) title!: string;
  @ApiProperty({ type: JobBoardCompanyRef }) company!: JobBoardCompanyRef;
  @ApiProperty({ type: JobBoardPlace, nullable: true }) place!: JobBoardPlace | null;
  @ApiProperty({ type: Number, nullable: true, description: 'km from nearTown (when given)' }) distanceKm!:
    number | null;
  @ApiProperty({
    type: OccupationRefResponse,
    nullable: true,
    description: 'Labels in every language the taxonomy has',
  })
  occupation!: OccupationRefResponse | null;
  @ApiProperty({ type: GermanMinimumResponse }) germanMinimum!: GermanMinimumResponse;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) startsOn!: string | null;
  @ApiProperty({ type: Number, nullable: true }) hoursPerWeek!: number | null;
  @ApiProperty({ type: Number, nullable: true }) durationWeeks!: number | null;
  @ApiProperty() places!: number;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) closesOn!: string | null;
  @ApiProperty() suitableForCareerChangers!: boolean;
  @ApiProperty({ enum: RECORD_SOURCES }) source!: RecordSource;
  @ApiProperty({ type: String, nullable: true, description: 'The original listing (job-agency imports)' })
  externalUrl!: string | null;
  @ApiProperty({ type: String, nullable: true }) publishedAt!: string | null;
}

export class JobBoardPage {
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty({ type: TownRef, nullable: true, description: 'The town distances are measured from' })
  near!: TownRef | null;
  @ApiProperty({ type: [JobBoardOfferItem] }) items!: JobBoardOfferItem[];
}

export class JobBoardCompanyProfile {
  @ApiProperty({ type: String, nullable: true, enum: WZ_SECTION_CODES }) wzSection!: string | null;
  @ApiProperty({ type: String, nullable: true, enum: COMPANY_SIZE_BANDS }) sizeBand!: CompanySizeBand | null;
  @ApiProperty({ type: String, nullable: true }) website!: string | null;
  @ApiProperty({ type: [String] }) languages!: string[];
  @ApiProperty() canHostInterpreters!: boolean;
  @ApiProperty() needsInterpreters!: boolean;
}

export class JobBoardOfferDetail extends JobBoardOfferItem {
  @ApiProperty({ type: String, nullable: true, description: 'As the firm wrote it, in descriptionLang' })
  description!: string | null;
  @ApiProperty({ type: String, nullable: true }) descriptionLang!: string | null;
  @ApiProperty({ type: [ConceptRefResponse] }) requiredCompetences!: ConceptRefResponse[];
  @ApiProperty({ type: [ConceptRefResponse] }) niceToHaveCompetences!: ConceptRefResponse[];
  @ApiProperty({ type: [String] }) helpfulLanguages!: string[];
  @ApiProperty({ type: JobBoardCompanyProfile }) companyProfile!: JobBoardCompanyProfile;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'For a signed-in candidate: when they marked interest',
  })
  interestMarkedAt!: string | null;
}
