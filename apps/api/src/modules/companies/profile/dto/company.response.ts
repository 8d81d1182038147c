import { ApiProperty } from '@nestjs/swagger';
import {
  COMPANY_SIZE_BANDS,
  RECORD_SOURCES,
  WZ_SECTION_CODES,
  type CompanySizeBand,
  type RecordSource,
} from '@passgenau/domain';

export class SiteResponse {
  @ApiProperty() id!: string;
  @ApiProperty({ type: String, nullable: true }) label!: string | null;
  @ApiProperty({ type: String, nullable: true }) street!: string | null;
  @ApiProperty({ type: String, nullable: true }) postalCode!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Place name outside the towns list, or a part of a town',
  })
  locality!: string | null;
  @ApiProperty({ type: String, nullable: true }) townAgs!: string | null;
  @ApiProperty({ type: String, nullable: true }) townName!: string | null;
  @ApiProperty() lat!: number;
  @ApiProperty() lon!: number;
  @ApiProperty({ description: 'False when lat/lon are the centre of the town' }) coordinatesEntered!: boolean;
  @ApiProperty() isMain!: boolean;
}

export class CompanyContactResponse {
  @ApiProperty() accountId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ['manager', 'member'] }) companyRole!: 'manager' | 'member';
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Only for staff (IBA, coordinators, admins) and the firm itself',
  })
  email!: string | null;
}

export class CompanyShowcaseResponse {
  @ApiProperty({ description: 'The firm agreed to appear in the public showcase' }) optIn!: boolean;
  @ApiProperty({ type: String, nullable: true }) story!: string | null;
  @ApiProperty({ type: String, nullable: true }) storyLang!: string | null;
  @ApiProperty({
    description: 'IBA staff or a coordinator marked the firm as employing or training refugees',
  })
  employsRefugees!: boolean;
  @ApiProperty({ description: 'Both: the firm is listed in the public showcase' }) listed!: boolean;
  @ApiProperty({ type: String, nullable: true }) changedAt!: string | null;
}

export class CompanyResponse {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) legalForm!: string | null;
  @ApiProperty({ type: String, nullable: true, enum: WZ_SECTION_CODES }) wzSection!: string | null;
  @ApiProperty({ type: String, nullable: true, enum: COMPANY_SIZE_BANDS }) sizeBand!: CompanySizeBand | null;
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
  @ApiProperty({ type: String, nullable: true }) descriptionLang!: string | null;
  @ApiProperty({ type: String, nullable: true }) website!: string | null;
  @ApiProperty({ type: [String] }) languages!: string[];
  @ApiProperty() offersTours!: boolean;
  @ApiProperty() offersOpenHouse!: boolean;
  @ApiProperty() offersInternships!: boolean;
  @ApiProperty() offersApprenticeships!: boolean;
  @ApiProperty() offersEqPlaces!: boolean;
  @ApiProperty() canHostInterpreters!: boolean;
  @ApiProperty() needsInterpreters!: boolean;
  @ApiProperty({ type: [SiteResponse], description: 'Main site first' }) sites!: SiteResponse[];
  @ApiProperty({
    type: [CompanyContactResponse],
    description: 'The firm’s members; empty for visitors who are not signed in',
  })
  contacts!: CompanyContactResponse[];
  @ApiProperty({ type: String, nullable: true, description: 'Public URL of the logo' }) logoUrl!:
    string | null;
  @ApiProperty({
    type: CompanyShowcaseResponse,
    nullable: true,
    description:
      'For the firm and staff always; for everyone else only while the firm is listed in the showcase',
  })
  showcase!: CompanyShowcaseResponse | null;
  @ApiProperty({ description: 'Offers on the public job board now' }) openOfferCount!: number;
  @ApiProperty({ enum: RECORD_SOURCES, description: 'ba-jobsuche: created by the job-agency import' })
  source!: RecordSource;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
}

export class TownRef {
  @ApiProperty() ags!: string;
  @ApiProperty() name!: string;
}

/** A firm in the staff directory and in the pool of firms open to visits. */
export class CompanyListItem {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true, enum: WZ_SECTION_CODES }) wzSection!: string | null;
  @ApiProperty({ type: String, nullable: true, enum: COMPANY_SIZE_BANDS }) sizeBand!: CompanySizeBand | null;
  @ApiProperty({ type: [TownRef], description: 'Towns of the firm’s sites (in the towns list)' })
  towns!: TownRef[];
  @ApiProperty({ type: SiteResponse, nullable: true }) mainSite!: SiteResponse | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Distance of the nearest site from nearTown, in km',
  })
  distanceKm!: number | null;
  @ApiProperty() offersTours!: boolean;
  @ApiProperty() offersOpenHouse!: boolean;
  @ApiProperty() offersInternships!: boolean;
  @ApiProperty() offersApprenticeships!: boolean;
  @ApiProperty() offersEqPlaces!: boolean;
  @ApiProperty() canHostInterpreters!: boolean;
  @ApiProperty() needsInterpreters!: boolean;
  @ApiProperty({ type: [String] }) languages!: string[];
  @ApiProperty() openOfferCount!: number;
  @ApiProperty() showcaseOptIn!: boolean;
  @ApiProperty() employsRefugees!: boolean;
  @ApiProperty({ type: [CompanyContactResponse] }) contacts!: CompanyContactResponse[];
  @ApiProperty({ enum: RECORD_SOURCES }) source!: RecordSource;
}

export class CompanyListResponse {
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty({ type: [CompanyListItem] }) items!: CompanyListItem[];
}
