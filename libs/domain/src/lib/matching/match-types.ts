// Inputs and the structured result of the matching score (see score-match.ts).
import type { CefrLevel } from '../cefr';
import type { GeoPoint, GermanMinimum, OccupationalField, OfferKind } from '../companies';
import type { EmployerPermitView, EvidenceLike, WorkKind, WorkPermit } from '../profile';

/** The offer as the score sees it: codes, levels, place and dates, no prose. */
export interface MatchOffer {
  kind: OfferKind;
  occupationCode: string | null;
  /** Occupational field of the offer's occupation (see `occupationalField`). */
  field: OccupationalField | null;
  requiredCompetences: readonly string[];
  niceToHaveCompetences: readonly string[];
  germanMinimum: GermanMinimum;
  /** The employer marked the German minimum as strict: far below it excludes. */
  germanStrict: boolean;
  /** Where the work is (the offer's site), or null when not known. */
  location: GeoPoint | null;
  /** The firm accepts candidates from this far (e.g. it offers transport), or null. */
  maxDistanceKm: number | null;
  /** YYYY-MM-DD, null when the start is open. */
  startsOn: string | null;
}

export interface MatchCompetence {
  code: string;
  evidence: readonly EvidenceLike[];
}

export interface CandidateGerman {
  overall: CefrLevel | null;
  understanding: CefrLevel | null;
  speaking: CefrLevel | null;
  writing: CefrLevel | null;
}

/** The candidate as the score sees it. */
export interface MatchCandidate {
  workPermit: WorkPermit;
  competences: readonly MatchCompetence[];
  german: CandidateGerman | null;
  home: GeoPoint | null;
  /** How far the candidate will travel, null when not said (then {@link MATCH_WEIGHTS}.distance.defaultTravelKm). */
  travelKm: number | null;
  /** YYYY-MM-DD, null when not said. */
  earliestStart: string | null;
  wishedKinds: readonly WorkKind[];
  wishedOccupations: readonly string[];
  /** Occupational fields of the wished occupations. */
  wishedFields: readonly OccupationalField[];
}

/**
 * What the taxonomy knows about related competences: the ESCO skill codes of occupations. A
 * competence the offer asks for counts as related (at a lower weight) when the candidate has
 * another skill of the same occupation.
 */
export interface TaxonomyRelations {
  occupationSkills: Readonly<Record<string, readonly string[]>>;
}

/** Evidence tiers from weakest to strongest: declared by the candidate, observed by a mentor, assessed by a provider, confirmed by Team IBA. */
export const EVIDENCE_TIERS = ['self', 'mentor', 'assessed', 'confirmed'] as const;
export type EvidenceTier = (typeof EVIDENCE_TIERS)[number];

export interface CoveredCompetence {
  code: string;
  evidence: EvidenceTier;
  /** Share of a fully confirmed match this competence brings, 0..1. */
  weight: number;
}

export interface RelatedCompetence {
  /** The competence the offer asks for. */
  code: string;
  /** The candidate's competence that is related to it. */
  via: string;
  /** The occupation whose ESCO skills both belong to. */
  occupationCode: string;
  evidence: EvidenceTier;
  weight: number;
}

export interface CompetenceFit {
  covered: CoveredCompetence[];
  related: RelatedCompetence[];
  missing: string[];
}

export const GERMAN_PARTS = ['overall', 'understanding', 'speaking', 'writing'] as const;
export type GermanPart = (typeof GERMAN_PARTS)[number];

export type LanguageFitCode = 'no_minimum' | 'meets' | 'slightly_below' | 'below' | 'far_below';

export interface GermanPartFit {
  part: GermanPart;
  minimum: CefrLevel;
  /** The candidate's level in this part (their overall level where the part is not given). */
  actual: CefrLevel | null;
  /** Levels below the minimum (0 when it is met). */
  gap: number;
}

export interface LanguageFit {
  fit: LanguageFitCode;
  strict: boolean;
  parts: GermanPartFit[];
}

export type DistanceFitCode = 'within' | 'stretch' | 'offer_accepts' | 'beyond' | 'unknown';

export interface DistanceFit {
  fit: DistanceFitCode;
  /** Rounded to one decimal. */
  km: number | null;
  travelKm: number;
  offerMaxKm: number | null;
}

export type AvailabilityFitCode = 'in_time' | 'late' | 'open_start' | 'unknown';

export interface AvailabilityFit {
  fit: AvailabilityFitCode;
  startsOn: string | null;
  earliestStart: string | null;
  lateDays: number;
}

export type KindWishCode = 'wished' | 'not_wished' | 'no_wish';
export type OccupationWishCode = 'occupation' | 'field' | 'other' | 'no_wish';

export interface WishFit {
  kind: KindWishCode;
  occupation: OccupationWishCode;
}

export type MatchComponent = 'required' | 'niceToHave' | 'german' | 'distance' | 'availability' | 'wishes';

export interface MatchExplanation {
  required: CompetenceFit;
  niceToHave: CompetenceFit;
  language: LanguageFit;
  distance: DistanceFit;
  availability: AvailabilityFit;
  wishes: WishFit;
  /** What employers may learn about the work permit. */
  workPermit: EmployerPermitView;
  /** Each component's value, 0..1, before its weight. */
  components: Record<MatchComponent, number>;
}

export const EXCLUSION_REASONS = ['may_not_work', 'too_far', 'german_far_below'] as const;
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];

export type MatchResult =
  | { excluded: false; score: number; percent: number; explanation: MatchExplanation }
  | {
      excluded: true;
      reasons: ExclusionReason[];
      score: 0;
      percent: 0;
      explanation: MatchExplanation;
    };
