import type { CefrLevel, ConceptLabels, EmployerPermitView } from '@passgenau/domain';

/**
 * The documents of the matching indexes (candidates, offers, companies). PostgreSQL is the
 * source of truth: every document is derived from its rows by the indexer of its index and can be
 * rebuilt at any time. Shapes are versioned: a change here must raise the version of its indexer.
 */

export const CANDIDATES_INDEX = 'candidates';
export const OFFERS_INDEX = 'offers';
export const COMPANIES_INDEX = 'companies';
export type MatchingIndexName = typeof CANDIDATES_INDEX | typeof OFFERS_INDEX | typeof COMPANIES_INDEX;
export const MATCHING_INDEXES: readonly MatchingIndexName[] = [
  CANDIDATES_INDEX,
  OFFERS_INDEX,
  COMPANIES_INDEX,
];

/**
 * How strong the strongest evidence of a competence is: declared by the candidate, observed by a
 * mentor, assessed by a provider, or an assessment confirmed by Team IBA.
 */
export const EVIDENCE_MARKS = ['self', 'mentor', 'assessed', 'iba'] as const;
export type EvidenceMark = (typeof EVIDENCE_MARKS)[number];

/** Meilisearch's geo field: the home town's (or the offer's site's) centre. */
export interface GeoField {
  lat: number;
  lng: number;
}

/** One competence in a candidate document: the code, its strongest evidence and its labels. */
export interface IndexedCompetence {
  code: string;
  evidence: EvidenceMark;
  /** The level of the strongest evidence (basic, good, very_good), when it has one. */
  level: string | null;
  labels: ConceptLabels;
}

export interface IndexedConcept {
  code: string;
  labels: ConceptLabels;
}

/**
 * A published profile employers may see, in its pseudonymous projection only. Nothing is here
 * that the employer view may not show: no name, e-mail, phone, birth date, street or free text.
 * `id` is the candidate id (the primary key that ties the document to its rows); the API never
 * returns it to employers.
 */
export interface CandidateDocument {
  id: string;
  pseudonym: string;
  /** Codes of every competence (filter: competences match by code). */
  competences: string[];
  /** Codes with evidence observed by a mentor or stronger. */
  competencesObserved: string[];
  /** Codes with a provider's assessment (or stronger). */
  competencesAssessed: string[];
  /** Codes with an assessment confirmed by Team IBA. */
  competencesIba: string[];
  /** Every evidence mark the profile has (facet "evidence strength"). */
  evidenceMarks: EvidenceMark[];
  competenceDetails: IndexedCompetence[];
  /** The label of every competence in every UI language: free text. */
  competenceLabels: string[];
  /** Competence and occupation labels written without ß and umlauts ("Schweissen"). */
  foldedLabels: string[];
  occupations: string[];
  occupationDetails: IndexedConcept[];
  occupationLabels: string[];
  /** Occupations of the work experience (codes), as the employer view lists them. */
  experienceOccupations: string[];
  /** Occupational fields of the wished occupations. */
  occupationalFields: string[];
  germanLevel: CefrLevel | null;
  /** 0 (none known) … 6 (C2): filter "minimum German level". */
  germanRank: number;
  germanUnderstandingRank: number;
  germanSpeakingRank: number;
  germanWritingRank: number;
  mathsLevel: string | null;
  /** 0 (none/unknown) … 3 (very good). */
  mathsRank: number;
  computerLevel: string | null;
  computerRank: number;
  kindsWished: string[];
  /** YYYY-MM-DD, or null when not given. */
  availableFrom: string | null;
  /** Days since 1970-01-01 of availableFrom; 0 when not given (available now). */
  availableFromDay: number;
  /**
   * The home town (never an address). Its centre is the candidate's place: radius and distance
   * are worked out from the town (no `_geo` here — Meilisearch rewrites its whole geo tree on
   * every change, seconds per saved profile at 100,000 documents).
   */
  homeTownAgs: string | null;
  homeTownName: string | null;
  travelKm: number | null;
  drivingLicences: string[];
  hasDrivingLicence: boolean;
  mayWork: EmployerPermitView;
  publishedAt: string | null;
  publishedAtTs: number;
  updatedAt: string;
  updatedAtTs: number;
  /** Until when employers may see it without a reconfirmation (ms): searches filter on it. */
  visibleUntilTs: number;
}

/** The fields a candidate document may have: the pseudonymous whitelist (tests read the index). */
export const CANDIDATE_DOCUMENT_FIELDS: readonly (keyof CandidateDocument)[] = [
  'id',
  'pseudonym',
  'competences',
  'competencesObserved',
  'competencesAssessed',
  'competencesIba',
  'evidenceMarks',
  'competenceDetails',
  'competenceLabels',
  'foldedLabels',
  'occupations',
  'occupationDetails',
  'occupationLabels',
  'experienceOccupations',
  'occupationalFields',
  'germanLevel',
  'germanRank',
  'germanUnderstandingRank',
  'germanSpeakingRank',
  'germanWritingRank',
  'mathsLevel',
  'mathsRank',
  'computerLevel',
  'computerRank',
  'kindsWished',
  'availableFrom',
  'availableFromDay',
  'homeTownAgs',
  'homeTownName',
  'travelKm',
  'drivingLicences',
  'hasDrivingLicence',
  'mayWork',
  'publishedAt',
  'publishedAtTs',
  'updatedAt',
  'updatedAtTs',
  'visibleUntilTs',
];

/** An open offer on the job board (listed: open and not past its closing date). */
export interface OfferDocument {
  id: string;
  title: string;
  description: string | null;
  descriptionLang: string | null;
  kind: string;
  occupationCode: string | null;
  occupationLabels: string[];
  occupation: IndexedConcept | null;
  occupationalField: string | null;
  /** The occupation's ISCO-08 group and every shorter prefix of it (filter by 1–4 digits). */
  iscoGroups: string[];
  /** Occupation text as the job agency wrote it (imported offers). */
  occupationText: string | null;
  requiredCompetences: string[];
  niceToHaveCompetences: string[];
  competenceLabels: string[];
  competenceDetails: Array<IndexedConcept & { required: boolean }>;
  /** Title, occupation and company written without ß and umlauts ("Schweisser", "Koechin"). */
  foldedText: string[];
  germanOverall: CefrLevel | null;
  germanUnderstanding: CefrLevel | null;
  germanSpeaking: CefrLevel | null;
  germanWriting: CefrLevel | null;
  /** Highest minimum over overall and every skill: 0 (none) … 6 (C2). */
  germanMinRank: number;
  suitableForCareerChangers: boolean;
  siteId: string | null;
  siteTownAgs: string | null;
  siteTownName: string | null;
  _geo: GeoField | null;
  startsOn: string | null;
  startsOnDay: number;
  companyId: string;
  companyName: string;
  source: string;
  /** Newest first on the board: published (or created) time in ms. */
  publishedAtTs: number;
  closesOn: string | null;
  /** Days since 1970-01-01 of closesOn; a large number when the offer has no closing date. */
  closesOnDay: number;
}

/** A firm that has at least one listed offer or a verified profile (public showcase data only). */
export interface CompanyDocument {
  id: string;
  name: string;
  verified: boolean;
  wzSection: string | null;
  sizeBand: string | null;
  languages: string[];
  townAgs: string[];
  townNames: string[];
  _geo: GeoField | null;
  openOffers: number;
  updatedAtTs: number;
}
