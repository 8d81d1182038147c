import type { CompanySizeBand, RecordSource } from '@passgenau/domain';
import type { SiteResponse, TownRef } from '../../jobs/api/types';

export interface CompanyShowcase {
  optIn: boolean;
  story: string | null;
  storyLang: string | null;
  employsRefugees: boolean;
  listed: boolean;
  changedAt: string | null;
}

export interface CompanyContact {
  accountId: string;
  name: string;
  companyRole: 'manager' | 'member';
  email: string | null;
}

export interface CompanyResponse {
  id: string;
  name: string;
  legalForm: string | null;
  wzSection: string | null;
  sizeBand: CompanySizeBand | null;
  description: string | null;
  descriptionLang: string | null;
  website: string | null;
  languages: string[];
  offersTours: boolean;
  offersOpenHouse: boolean;
  offersInternships: boolean;
  offersApprenticeships: boolean;
  offersEqPlaces: boolean;
  canHostInterpreters: boolean;
  needsInterpreters: boolean;
  sites: SiteResponse[];
  contacts: CompanyContact[];
  logoUrl: string | null;
  showcase: CompanyShowcase | null;
  openOfferCount: number;
  source: RecordSource;
  createdAt: string;
  updatedAt: string;
}

export type CompanyUpdate = Partial<
  Pick<
    CompanyResponse,
    | 'name'
    | 'legalForm'
    | 'wzSection'
    | 'sizeBand'
    | 'description'
    | 'descriptionLang'
    | 'website'
    | 'languages'
    | 'offersTours'
    | 'offersOpenHouse'
    | 'offersInternships'
    | 'offersApprenticeships'
    | 'offersEqPlaces'
    | 'canHostInterpreters'
    | 'needsInterpreters'
  >
>;

export interface SiteInput {
  label: string | null;
  street: string | null;
  postalCode: string | null;
  townAgs: string | null;
  isMain?: boolean;
}

export interface ShowcaseItem {
  companyId: string;
  name: string;
  wzSection: string | null;
  sizeBand: CompanySizeBand | null;
  towns: TownRef[];
  story: string;
  storyLang: string;
  logoUrl: string | null;
  website: string | null;
  openOfferCount: number;
}

export interface ShowcasePage {
  total: number;
  page: number;
  pageSize: number;
  items: ShowcaseItem[];
}

export interface CompanyListItem {
  id: string;
  name: string;
  wzSection: string | null;
  sizeBand: CompanySizeBand | null;
  towns: TownRef[];
  mainSite: SiteResponse | null;
  distanceKm: number | null;
  offersTours: boolean;
  offersOpenHouse: boolean;
  offersInternships: boolean;
  offersApprenticeships: boolean;
  offersEqPlaces: boolean;
  canHostInterpreters: boolean;
  needsInterpreters: boolean;
  languages: string[];
  openOfferCount: number;
  showcaseOptIn: boolean;
  employsRefugees: boolean;
  contacts: CompanyContact[];
  source: RecordSource;
}

export interface CompanyListResponse {
  total: number;
  page: number;
  pageSize: number;
  items: CompanyListItem[];
}

export interface ImportReport {
  created: number;
  updated: number;
  unchanged: number;
  skipped: Array<{ index: number; refnr: string | null; reason: string }>;
  companiesCreated: number;
  unmappedOccupations: number;
}
