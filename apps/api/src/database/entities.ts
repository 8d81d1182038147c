import {
  IscoGroup,
  KldbIscoMapping,
  KldbOccupation,
  OccupationSkill,
  ReferenceDataImport,
} from '../modules/taxonomy/reference-tables.entity';
import { TaxonomyConcept } from '../modules/taxonomy/taxonomy-concept.entity';
import { TaxonomyLabel } from '../modules/taxonomy/taxonomy-label.entity';
import { Town } from '../modules/towns/town.entity';
import { Account } from '../modules/accounts/account.entity';
import { Company } from '../modules/accounts/company.entity';
import { AccessLogAppearance, AccessLogEntry } from '../modules/audit/access-log.entity';
import { Candidate } from '../modules/candidates/candidate.entity';
import { ConsentRecord } from '../modules/consent/consent-record.entity';
import { Invitation } from '../modules/invitations/invitation.entity';
import { OutboxMail } from '../modules/mail/outbox-mail.entity';
import { BarrierReport } from '../modules/barriers/barrier-report.entity';
import { Mentorship } from '../modules/mentorships/mentorship.entity';
import { COMPANY_ENTITIES } from '../modules/companies/entities';
import { MergedCandidateArchive } from '../modules/profiles/merged-candidate-archive.entity';
import { PROFILE_ENTITIES } from '../modules/profiles/profile.entities';
import { CONTACT_ENTITIES } from '../modules/contacts/contact.entities';
import { SearchOutboxEntry } from '../modules/matching-index/search-outbox.entity';
import { EmployerSearchCount } from '../modules/reports/employer-search-count.entity';
import { SAVED_SEARCH_ENTITIES } from '../modules/saved-searches/saved-search.entities';

// Listed explicitly: glob paths do not resolve inside the bundled API.
export const ENTITIES = [
  TaxonomyConcept,
  TaxonomyLabel,
  OccupationSkill,
  IscoGroup,
  KldbOccupation,
  KldbIscoMapping,
  ReferenceDataImport,
  Town,
  Account,
  Company,
  Candidate,
  Mentorship,
  ConsentRecord,
  Invitation,
  AccessLogEntry,
  AccessLogAppearance,
  OutboxMail,
  ...COMPANY_ENTITIES,
  MergedCandidateArchive,
  ...PROFILE_ENTITIES,
  SearchOutboxEntry,
  BarrierReport,
  EmployerSearchCount,
  ...SAVED_SEARCH_ENTITIES,
  ...CONTACT_ENTITIES,
];
