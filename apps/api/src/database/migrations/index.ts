import { TaxonomyAndTowns1764072000000 } from './1764072000000-taxonomy-and-towns';
import { SearchIndexState1764072100000 } from './1764072100000-search-index-state';
import { Accounts1764158400000 } from './1764158400000-accounts';
import { CompaniesAndOffers1764244800000 } from './1764244800000-companies-and-offers';
import { CompetenceProfiles1764331200000 } from './1764331200000-competence-profiles';
import { ProfileLookupIndexes1764331300000 } from './1764331300000-profile-lookup-indexes';
import { LoginFailureSource1764710000000 } from './1764710000000-login-failure-source';
import { SignupRequest1764710100000 } from './1764710100000-signup-request';
import { MailDeliveryText1764720000000 } from './1764720000000-mail-delivery-text';
import { MergedCandidateArchive1764750000000 } from './1764750000000-merged-candidate-archive';
import { ReencodeCompanyLogos1764730000000 } from './1764730000000-reencode-company-logos';
import { AccessLogAppearances1764740000000 } from './1764740000000-access-log-appearances';
import { EmployerSignup1764810000000 } from './1764810000000-employer-signup';
import { BarrierReports1764830000000 } from './1764830000000-barrier-reports';
import { SearchOutbox1764840000000 } from './1764840000000-search-outbox';
import { OfferMatchRules1764850000000 } from './1764850000000-offer-match-rules';
import { Contacts1764860000000 } from './1764860000000-contacts';
import { EmployerSearchCount1764865000000 } from './1764865000000-employer-search-count';
import { SavedSearches1764866000000 } from './1764866000000-saved-searches';
import { Events1764900000000 } from './1764900000000-events';
import { OpenHouse1764930000000 } from './1764930000000-open-house';
import { ContactOnBehalf1764950000000 } from './1764950000000-contact-on-behalf';
import { EventGuestFirmsPrintJobs1764960000000 } from './1764960000000-event-guest-firms-print-jobs';

// In order; listed explicitly because glob paths do not resolve inside the bundled API.
export const MIGRATIONS = [
  TaxonomyAndTowns1764072000000,
  SearchIndexState1764072100000,
  Accounts1764158400000,
  CompaniesAndOffers1764244800000,
  CompetenceProfiles1764331200000,
  ProfileLookupIndexes1764331300000,
  LoginFailureSource1764710000000,
  SignupRequest1764710100000,
  MailDeliveryText1764720000000,
  ReencodeCompanyLogos1764730000000,
  AccessLogAppearances1764740000000,
  MergedCandidateArchive1764750000000,
  EmployerSignup1764810000000,
  BarrierReports1764830000000,
  SearchOutbox1764840000000,
  OfferMatchRules1764850000000,
  Contacts1764860000000,
  EmployerSearchCount1764865000000,
  SavedSearches1764866000000,
  Events1764900000000,
  OpenHouse1764930000000,
  ContactOnBehalf1764950000000,
  EventGuestFirmsPrintJobs1764960000000,
];
