import type {
  CefrLevel,
  ConceptLabels,
  OccupationalField,
  OfferKind,
  OfferStatus,
  RecordSource,
} from '@passgenau/domain';

export interface TownRef {
  ags: string;
  name: string;
}

export interface Town extends TownRef {
  district: string;
  state: string;
  lat: number;
  lon: number;
  population: number | null;
  postalCodes: string[];
}

export interface ConceptRef {
  code: string;
  labels: ConceptLabels;
}

export interface OccupationRef extends ConceptRef {
  iscoGroup: string | null;
  field: OccupationalField;
}

export interface GermanMinimumResponse {
  overall: CefrLevel | null;
  understanding: CefrLevel | null;
  speaking: CefrLevel | null;
  writing: CefrLevel | null;
  highest: CefrLevel | null;
}

export interface JobBoardPlace {
  townAgs: string | null;
  townName: string | null;
  locality: string | null;
  postalCode: string | null;
  street: string | null;
  lat: number;
  lon: number;
}

/** One offer on GET /api/job-board/offers. */
export interface JobBoardOfferItem {
  id: string;
  kind: OfferKind;
  title: string;
  company: { id: string; name: string; logoUrl: string | null };
  place: JobBoardPlace | null;
  distanceKm: number | null;
  occupation: OccupationRef | null;
  germanMinimum: GermanMinimumResponse;
  startsOn: string | null;
  hoursPerWeek: number | null;
  durationWeeks: number | null;
  places: number;
  closesOn: string | null;
  suitableForCareerChangers: boolean;
  source: RecordSource;
  externalUrl: string | null;
  publishedAt: string | null;
}

export interface JobBoardPage {
  total: number;
  page: number;
  pageSize: number;
  near: TownRef | null;
  items: JobBoardOfferItem[];
}

export interface JobBoardOfferDetail extends JobBoardOfferItem {
  description: string | null;
  descriptionLang: string | null;
  requiredCompetences: ConceptRef[];
  niceToHaveCompetences: ConceptRef[];
  helpfulLanguages: string[];
  companyProfile: {
    wzSection: string | null;
    sizeBand: string | null;
    website: string | null;
    languages: string[];
    canHostInterpreters: boolean;
    needsInterpreters: boolean;
  };
  interestMarkedAt: string | null;
}

export interface SiteResponse {
  id: string;
  label: string | null;
  street: string | null;
  postalCode: string | null;
  locality: string | null;
  townAgs: string | null;
  townName: string | null;
  lat: number;
  lon: number;
  coordinatesEntered: boolean;
  isMain: boolean;
}

/** An offer as its firm manages it (GET /api/offers/:id). */
export interface OfferResponse {
  id: string;
  companyId: string;
  companyName: string;
  kind: OfferKind;
  title: string;
  description: string | null;
  descriptionLang: string | null;
  occupation: OccupationRef | null;
  occupationMapping: 'manual' | 'preferred-label' | 'alternative-label' | 'unmapped';
  occupationText: string | null;
  requiredCompetences: ConceptRef[];
  niceToHaveCompetences: ConceptRef[];
  germanMinimum: GermanMinimumResponse;
  helpfulLanguages: string[];
  suitableForCareerChangers: boolean;
  site: SiteResponse | null;
  startsOn: string | null;
  hoursPerWeek: number | null;
  durationWeeks: number | null;
  places: number;
  status: OfferStatus;
  closesOn: string | null;
  listed: boolean;
  publishedAt: string | null;
  source: RecordSource;
  externalRef: string | null;
  externalUrl: string | null;
  interestCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface OfferListResponse {
  total: number;
  page: number;
  pageSize: number;
  items: OfferResponse[];
}

/** The body of POST /api/offers and PATCH /api/offers/:id. */
export interface OfferInput {
  kind: OfferKind;
  title: string;
  description: string | null;
  descriptionLang: string | null;
  occupationCode: string;
  requiredCompetences: string[];
  niceToHaveCompetences: string[];
  germanMinimum: {
    overall: CefrLevel | null;
    understanding: CefrLevel | null;
    speaking: CefrLevel | null;
    writing: CefrLevel | null;
  };
  helpfulLanguages: string[];
  suitableForCareerChangers: boolean;
  siteId: string | null;
  startsOn: string | null;
  hoursPerWeek: number | null;
  durationWeeks: number | null;
  places: number;
  status: OfferStatus;
  closesOn: string | null;
}
