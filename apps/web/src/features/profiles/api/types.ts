import type {
  CefrLevel,
  CompletenessItem,
  ConceptLabels,
  CoreSkillLevel,
  DrivingLicence,
  EmployerPermitView,
  EvidenceLevel,
  RecognitionState,
  SchoolLevel,
  VisibilityReason,
  WorkKind,
  WorkPermit,
} from '@passgenau/domain';

export interface LanguageSkill {
  language: string;
  native: boolean;
  overall: CefrLevel | null;
  understanding: CefrLevel | null;
  speaking: CefrLevel | null;
  writing: CefrLevel | null;
}

export interface Certificate {
  kind: 'DTZ' | 'telc' | 'Goethe' | 'other';
  name: string | null;
  level: CefrLevel;
  issuedOn: string;
}

/** Free text meant for employers in which the API found contact details, which employers do not see. */
export interface EmployerNotice {
  /** e.g. texts.about.original or education.0.title */
  field: string;
  withheld: Array<'email' | 'phone' | 'name' | 'street'>;
  message: string;
}

export interface Evidence {
  id: string;
  kind: 'self' | 'mentor' | 'provider';
  level: EvidenceLevel | null;
  observedBy: string | null;
  /** Mentor evidence: the account that observed it. */
  observedByAccountId: string | null;
  observedOn: string | null;
  provider: string | null;
  procedure: string | null;
  assessedOn: string | null;
  confirmedByIba: boolean;
}

export interface Competence {
  code: string;
  kind: 'occupation' | 'skill';
  labels: ConceptLabels;
  evidence: Evidence[];
}

export interface Education {
  kind: 'vocational' | 'academic';
  title: string;
  titleLang: string;
  occupationCode: string | null;
  occupationLabels?: ConceptLabels;
  country: string | null;
  yearCompleted: number | null;
  recognition: RecognitionState;
}

export interface Experience {
  occupationCode: string;
  occupationLabels: ConceptLabels;
  years: number;
  country: string | null;
}

export interface TextVersion {
  text: string;
  lang: string;
  writtenBy: string | null;
  writtenAt: string;
}

export const TEXT_SUBJECTS = ['about', 'experience', 'education', 'wishes'] as const;
export type TextSubject = (typeof TEXT_SUBJECTS)[number];

export interface ProfileText {
  subject: TextSubject;
  original: TextVersion | null;
  tidied: TextVersion | null;
}

export interface OccupationRef {
  code: string;
  labels: ConceptLabels;
}

export interface Profile {
  candidateId: string;
  pseudonym: string;
  givenName: string;
  familyName: string;
  birthYear: number | null;
  phone: string | null;
  status: 'draft' | 'published';
  publishedAt: string | null;
  confirmedAt: string | null;
  languages: LanguageSkill[];
  germanCertificates: Certificate[];
  mathsLevel: CoreSkillLevel | null;
  computerLevel: CoreSkillLevel | null;
  competences: Competence[];
  schooling: { years: number | null; country: string | null; level: SchoolLevel | null };
  education: Education[];
  experience: Experience[];
  texts: ProfileText[];
  wishes: {
    occupations: OccupationRef[];
    kinds: WorkKind[];
    hoursPerWeek: number | null;
    earliestStart: string | null;
  };
  mobility: {
    homeTownAgs: string | null;
    homeTownName: string | null;
    homePlace: string | null;
    travelKm: number | null;
    travelMinutes: number | null;
    drivingLicences: DrivingLicence[];
  };
  workPermit: WorkPermit;
  completeness: { percent: number; missing: CompletenessItem[]; publishable: boolean };
  visibility: {
    visible: boolean;
    since: string | null;
    reasons: VisibilityReason[];
    reconfirmBy: string | null;
  };
  updatedAt: string | null;
  updatedBy: string | null;
  updatedOnBehalf: boolean;
  /** Fields whose text employers see only without the contact details found in it. */
  employerNotices?: EmployerNotice[];
}

/** What employers see: no name, no contact, no address, no permit details. */
export interface PseudonymousProfile {
  pseudonym: string;
  languages: LanguageSkill[];
  germanCertificates: Certificate[];
  mathsLevel: CoreSkillLevel | null;
  computerLevel: CoreSkillLevel | null;
  competences: Competence[];
  schooling: Profile['schooling'];
  education: Education[];
  experience: Experience[];
  texts: TextVersion[];
  wishes: Profile['wishes'];
  homeTownName: string | null;
  travelKm: number | null;
  travelMinutes: number | null;
  drivingLicences: DrivingLicence[];
  mayWork: EmployerPermitView;
  completenessPercent: number;
}

export interface ProfileList {
  total: number;
  page: number;
  pageSize: number;
  items: PseudonymousProfile[];
}

export interface Town {
  ags: string;
  name: string;
}

/** PUT /api/candidates/:id/profile: the whole draft. */
export interface UpdateProfileBody {
  birthYear?: number;
  phone?: string;
  languages: Array<{
    language: string;
    native?: boolean;
    overall?: CefrLevel;
    understanding?: CefrLevel;
    speaking?: CefrLevel;
    writing?: CefrLevel;
  }>;
  germanCertificates: Array<{ kind: Certificate['kind']; name?: string; level: CefrLevel; issuedOn: string }>;
  mathsLevel?: CoreSkillLevel;
  computerLevel?: CoreSkillLevel;
  competences: Array<{
    code: string;
    evidence: Array<{ id?: string; kind: 'self' | 'mentor'; level?: EvidenceLevel; observedOn?: string }>;
  }>;
  schooling: { years?: number; country?: string; level?: SchoolLevel };
  education: Array<{
    kind: Education['kind'];
    title: string;
    titleLang: string;
    occupationCode?: string;
    country?: string;
    yearCompleted?: number;
    recognition: RecognitionState;
  }>;
  experience: Array<{ occupationCode: string; years: number; country?: string }>;
  texts: Array<{ subject: TextSubject; version: 'original' | 'tidied'; text: string; lang: string }>;
  wishes: { occupations: string[]; kinds: WorkKind[]; hoursPerWeek?: number; earliestStart?: string };
  mobility: {
    homeTownAgs?: string;
    homePlace?: string;
    travelKm?: number;
    travelMinutes?: number;
    drivingLicences: DrivingLicence[];
  };
  workPermit: WorkPermit;
}

export interface CsvRow {
  row: number;
  candidate: string;
  code: string;
  level: string;
  errors: Array<{ field: string; message: string }>;
}

export interface CsvPreview {
  rows: CsvRow[];
  valid: number;
  invalid: number;
  imported?: number;
}
