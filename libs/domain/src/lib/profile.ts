import type { CefrLevel } from './cefr';

/** Core skills of plan 1.1 (maths, computer basics) on a four-step scale. */
export const CORE_SKILL_LEVELS = ['none', 'basic', 'good', 'very_good'] as const;
export type CoreSkillLevel = (typeof CORE_SKILL_LEVELS)[number];

/** How well a competence was shown; used by evidence of every kind. */
export const EVIDENCE_LEVELS = ['basic', 'good', 'very_good'] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

export const EVIDENCE_KINDS = ['self', 'mentor', 'provider'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const WORK_KINDS = ['apprenticeship', 'job', 'internship', 'eq'] as const;
export type WorkKind = (typeof WORK_KINDS)[number];

export const WORK_PERMITS = ['permitted', 'needs_approval', 'not_permitted', 'unknown'] as const;
export type WorkPermit = (typeof WORK_PERMITS)[number];

/** What employers learn about the permit: never more than this. */
export type EmployerPermitView = 'yes' | 'with_approval' | 'unknown';

export function employerPermitView(permit: WorkPermit): EmployerPermitView {
  if (permit === 'permitted') return 'yes';
  if (permit === 'needs_approval') return 'with_approval';
  // "not permitted" is not disclosed to employers; they see "unknown" and ask Team IBA.
  return 'unknown';
}

/** The free texts of a profile, each in the writer's language with an optional tidied version. */
export const TEXT_SUBJECTS = ['about', 'experience', 'education', 'wishes'] as const;
export type TextSubject = (typeof TEXT_SUBJECTS)[number];

export const GERMAN_CERTIFICATES = ['DTZ', 'telc', 'Goethe', 'other'] as const;
export type GermanCertificate = (typeof GERMAN_CERTIFICATES)[number];

export const RECOGNITION_STATES = ['not_started', 'in_progress', 'partly', 'fully'] as const;
export type RecognitionState = (typeof RECOGNITION_STATES)[number];

export const SCHOOL_LEVELS = [
  'none',
  'primary',
  'lower_secondary',
  'upper_secondary',
  'university_entrance',
] as const;
export type SchoolLevel = (typeof SCHOOL_LEVELS)[number];

/** EU driving licence classes plus the German tractor classes T and L. */
export const DRIVING_LICENCES = [
  'AM',
  'A1',
  'A2',
  'A',
  'B',
  'BE',
  'C1',
  'C1E',
  'C',
  'CE',
  'D1',
  'D1E',
  'D',
  'DE',
  'L',
  'T',
] as const;
export type DrivingLicence = (typeof DRIVING_LICENCES)[number];

/** A published profile asks for reconfirmation after this many days and leaves search after the grace period. */
export const RECONFIRM_AFTER_DAYS = 90;
export const RECONFIRM_GRACE_DAYS = 14;

export interface EvidenceLike {
  kind: EvidenceKind;
  level: EvidenceLevel | null;
  confirmedAt?: string | null;
}

/** Strength for ordering: an assessment confirmed by Team IBA first, then assessments, observations, self-declarations. */
export function evidenceStrength(evidence: EvidenceLike): number {
  const base = { provider: 30, mentor: 20, self: 10 }[evidence.kind];
  const confirmed = evidence.confirmedAt ? 5 : 0;
  const level = evidence.level ? EVIDENCE_LEVELS.indexOf(evidence.level) + 1 : 0;
  return base + confirmed + level;
}

export function strongestFirst<T extends EvidenceLike>(evidence: T[]): T[] {
  return [...evidence].sort((a, b) => evidenceStrength(b) - evidenceStrength(a));
}

/** The parts of a profile that the completeness indicator and the publishing rule look at. */
export interface ProfileContent {
  germanLevel: CefrLevel | null;
  otherLanguages: number;
  mathsLevel: CoreSkillLevel | null;
  computerLevel: CoreSkillLevel | null;
  competences: number;
  competencesWithOutsideEvidence: number;
  schooling: boolean;
  experienceOrEducation: number;
  wishedKinds: number;
  availability: boolean;
  homePlace: boolean;
  workPermitKnown: boolean;
}

export const COMPLETENESS_ITEMS = [
  'german_level',
  'other_languages',
  'core_skills',
  'competences',
  'evidence',
  'schooling',
  'experience_or_education',
  'wishes',
  'availability',
  'home_place',
  'work_permit',
] as const;
export type CompletenessItem = (typeof COMPLETENESS_ITEMS)[number];

/**
 * What a profile needs before employers may see it (besides consent): the German level, at least
 * one competence, at least one kind of work wished and where the candidate lives.
 */
export const PUBLISH_MINIMUM: readonly CompletenessItem[] = [
  'german_level',
  'competences',
  'wishes',
  'home_place',
];

export function missingItems(content: ProfileContent): CompletenessItem[] {
  const done: Record<CompletenessItem, boolean> = {
    german_level: content.germanLevel !== null,
    other_languages: content.otherLanguages > 0,
    core_skills: content.mathsLevel !== null && content.computerLevel !== null,
    competences: content.competences > 0,
    evidence: content.competencesWithOutsideEvidence > 0,
    schooling: content.schooling,
    experience_or_education: content.experienceOrEducation > 0,
    wishes: content.wishedKinds > 0,
    availability: content.availability,
    home_place: content.homePlace,
    work_permit: content.workPermitKnown,
  };
  return COMPLETENESS_ITEMS.filter((item) => !done[item]);
}

export function completeness(content: ProfileContent): {
  percent: number;
  missing: CompletenessItem[];
  publishable: boolean;
} {
  const missing = missingItems(content);
  return {
    percent: Math.round(((COMPLETENESS_ITEMS.length - missing.length) / COMPLETENESS_ITEMS.length) * 100),
    missing,
    publishable: PUBLISH_MINIMUM.every((item) => !missing.includes(item)),
  };
}

// No 0/O, 1/I/L: pseudonyms are read aloud at events and written on paper.
const PSEUDONYM_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A stable, non-identifying name for employers, e.g. "K-7F3Q", derived from random bytes. */
export function pseudonymFromBytes(bytes: Uint8Array, length = 4): string {
  let out = '';
  for (let i = 0; i < length; i++) out += PSEUDONYM_ALPHABET[bytes[i]! % PSEUDONYM_ALPHABET.length];
  return `K-${out}`;
}

export type VisibilityReason = 'draft' | 'no_consent' | 'incomplete' | 'needs_reconfirmation';

export interface ProfileVisibility {
  visible: boolean;
  since: string | null;
  reasons: VisibilityReason[];
  reconfirmBy: string | null;
}

/** Whether employers see a profile now, and in plain terms why not. */
export function profileVisibility(input: {
  status: 'draft' | 'published';
  publishedAt: string | null;
  confirmedAt: string | null;
  consent: boolean;
  publishable: boolean;
  now: Date;
}): ProfileVisibility {
  const reasons: VisibilityReason[] = [];
  if (input.status !== 'published') reasons.push('draft');
  if (!input.consent) reasons.push('no_consent');
  if (!input.publishable) reasons.push('incomplete');
  let reconfirmBy: string | null = null;
  if (input.status === 'published' && input.confirmedAt) {
    const due = new Date(input.confirmedAt).getTime() + RECONFIRM_AFTER_DAYS * 86_400_000;
    reconfirmBy = new Date(due).toISOString();
    if (input.now.getTime() > due + RECONFIRM_GRACE_DAYS * 86_400_000) reasons.push('needs_reconfirmation');
  }
  return {
    visible: reasons.length === 0,
    since: reasons.length === 0 ? input.publishedAt : null,
    reasons,
    reconfirmBy,
  };
}
