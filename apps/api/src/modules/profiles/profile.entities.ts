// Generated from the migrated schema and kept by hand: the profile tables as TypeORM sees them.
// Queries go through ProfilesRepository (SQL with typed rows); these entities describe the schema
// so that schema generation from the entities matches the migrations (see schema-matches-entities).
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
  type Relation,
} from 'typeorm';
import { Account } from '../accounts/account.entity';
import { Candidate } from '../candidates/candidate.entity';
import { TaxonomyConcept } from '../taxonomy/taxonomy-concept.entity';
import { Town } from '../towns/town.entity';

/** The competence profile of a candidate (one per candidate), with its pseudonym for employers. */
@Check(
  'candidate_profile_computer_level_check',
  "(computer_level = ANY (ARRAY['none'::text, 'basic'::text, 'good'::text, 'very_good'::text]))",
)
@Check('candidate_profile_hours_per_week_check', '((hours_per_week >= 1) AND (hours_per_week <= 60))')
@Check(
  'candidate_profile_maths_level_check',
  "(maths_level = ANY (ARRAY['none'::text, 'basic'::text, 'good'::text, 'very_good'::text]))",
)
@Unique('candidate_profile_pseudonym_key', ['pseudonym'])
@Check(
  'candidate_profile_school_level_check',
  "(school_level = ANY (ARRAY['none'::text, 'primary'::text, 'lower_secondary'::text, 'upper_secondary'::text, 'university_entrance'::text]))",
)
@Check('candidate_profile_school_years_check', '((school_years >= 0) AND (school_years <= 25))')
@Check('candidate_profile_status_check', "(status = ANY (ARRAY['draft'::text, 'published'::text]))")
@Check('candidate_profile_travel_km_check', '((travel_km >= 0) AND (travel_km <= 300))')
@Check('candidate_profile_travel_minutes_check', '((travel_minutes >= 0) AND (travel_minutes <= 300))')
@Check(
  'candidate_profile_work_permit_check',
  "(work_permit = ANY (ARRAY['permitted'::text, 'needs_approval'::text, 'not_permitted'::text, 'unknown'::text]))",
)
@Index('candidate_profile_town_idx', { synchronize: false })
@Index('candidate_profile_visible_idx', { synchronize: false })
@Index('candidate_profile_wished_idx', { synchronize: false })
@Entity({ name: 'candidate_profile' })
export class CandidateProfile {
  @PrimaryColumn({ name: 'candidate_id', type: 'uuid' })
  candidateId!: string;

  @Column({ type: 'text' })
  pseudonym!: string;

  @Column({ type: 'text', default: 'draft' })
  status!: string;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt!: Date | null;

  @Column({ name: 'reminder_sent_at', type: 'timestamptz', nullable: true })
  reminderSentAt!: Date | null;

  @Column({ name: 'maths_level', type: 'text', nullable: true })
  mathsLevel!: string | null;

  @Column({ name: 'computer_level', type: 'text', nullable: true })
  computerLevel!: string | null;

  @Column({ name: 'school_years', type: 'smallint', nullable: true })
  schoolYears!: number | null;

  @Column({ name: 'school_country', type: 'varchar', length: 2, nullable: true })
  schoolCountry!: string | null;

  @Column({ name: 'school_level', type: 'text', nullable: true })
  schoolLevel!: string | null;

  @Column({ name: 'wished_occupations', type: 'text', array: true, default: () => "'{}'" })
  wishedOccupations!: string[];

  @Column({ name: 'wished_kinds', type: 'text', array: true, default: () => "'{}'" })
  wishedKinds!: string[];

  @Column({ name: 'hours_per_week', type: 'smallint', nullable: true })
  hoursPerWeek!: number | null;

  @Column({ name: 'earliest_start', type: 'date', nullable: true })
  earliestStart!: string | null;

  @Column({ name: 'home_town_ags', type: 'varchar', length: 8, nullable: true })
  homeTownAgs!: string | null;

  @Column({ name: 'home_place', type: 'text', nullable: true })
  homePlace!: string | null;

  @Column({ name: 'travel_km', type: 'smallint', nullable: true })
  travelKm!: number | null;

  @Column({ name: 'travel_minutes', type: 'smallint', nullable: true })
  travelMinutes!: number | null;

  @Column({ name: 'driving_licences', type: 'text', array: true, default: () => "'{}'" })
  drivingLicences!: string[];

  @Column({ name: 'work_permit', type: 'text', default: 'unknown' })
  workPermit!: string;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  @Column({ name: 'updated_by_account_id', type: 'uuid', nullable: true })
  updatedByAccountId!: string | null;

  @Column({ name: 'updated_on_behalf', type: 'boolean', default: false })
  updatedOnBehalf!: boolean;

  @ManyToOne(() => Candidate, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'candidate_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'candidate_profile_candidate_id_fkey',
  })
  candidate?: Relation<Candidate>;

  @ManyToOne(() => Town, { onDelete: 'NO ACTION' })
  @JoinColumn({
    name: 'home_town_ags',
    referencedColumnName: 'ags',
    foreignKeyConstraintName: 'candidate_profile_home_town_ags_fkey',
  })
  homeTownAgsRef?: Relation<Town>;

  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'updated_by_account_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'candidate_profile_updated_by_account_id_fkey',
  })
  updatedByAccount?: Relation<Account>;
}

/** A language the candidate speaks, with CEFR levels. */
@Unique('profile_language_candidate_id_language_key', ['candidateId', 'language'])
@Check(
  'profile_language_overall_check',
  "(overall = ANY (ARRAY['A1'::text, 'A2'::text, 'B1'::text, 'B2'::text, 'C1'::text, 'C2'::text]))",
)
@Check(
  'profile_language_speaking_check',
  "(speaking = ANY (ARRAY['A1'::text, 'A2'::text, 'B1'::text, 'B2'::text, 'C1'::text, 'C2'::text]))",
)
@Check(
  'profile_language_understanding_check',
  "(understanding = ANY (ARRAY['A1'::text, 'A2'::text, 'B1'::text, 'B2'::text, 'C1'::text, 'C2'::text]))",
)
@Check(
  'profile_language_writing_check',
  "(writing = ANY (ARRAY['A1'::text, 'A2'::text, 'B1'::text, 'B2'::text, 'C1'::text, 'C2'::text]))",
)
@Entity({ name: 'profile_language' })
export class ProfileLanguage {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'candidate_id', type: 'uuid' })
  candidateId!: string;

  @Column({ type: 'varchar', length: 3 })
  language!: string;

  @Column({ type: 'boolean', default: false })
  native!: boolean;

  @Column({ type: 'text', nullable: true })
  overall!: string | null;

  @Column({ type: 'text', nullable: true })
  understanding!: string | null;

  @Column({ type: 'text', nullable: true })
  speaking!: string | null;

  @Column({ type: 'text', nullable: true })
  writing!: string | null;

  @ManyToOne(() => Candidate, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'candidate_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'profile_language_candidate_id_fkey',
  })
  candidate?: Relation<Candidate>;
}

/** A German language certificate. */
@Check(
  'german_certificate_kind_check',
  "(kind = ANY (ARRAY['DTZ'::text, 'telc'::text, 'Goethe'::text, 'other'::text]))",
)
@Check(
  'german_certificate_level_check',
  "(level = ANY (ARRAY['A1'::text, 'A2'::text, 'B1'::text, 'B2'::text, 'C1'::text, 'C2'::text]))",
)
@Index('german_certificate_candidate_idx', { synchronize: false })
@Entity({ name: 'german_certificate' })
export class GermanCertificate {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'candidate_id', type: 'uuid' })
  candidateId!: string;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'text', nullable: true })
  name!: string | null;

  @Column({ type: 'text' })
  level!: string;

  @Column({ name: 'issued_on', type: 'date' })
  issuedOn!: string;

  @ManyToOne(() => Candidate, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'candidate_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'german_certificate_candidate_id_fkey',
  })
  candidate?: Relation<Candidate>;
}

/** A competence (taxonomy concept) in a profile. */
@Unique('profile_competence_candidate_id_concept_code_key', ['candidateId', 'conceptCode'])
@Index('profile_competence_code_idx', { synchronize: false })
@Entity({ name: 'profile_competence' })
export class ProfileCompetence {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'candidate_id', type: 'uuid' })
  candidateId!: string;

  @Column({ name: 'concept_code', type: 'text' })
  conceptCode!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @ManyToOne(() => Candidate, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'candidate_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'profile_competence_candidate_id_fkey',
  })
  candidate?: Relation<Candidate>;

  @ManyToOne(() => TaxonomyConcept, { onDelete: 'NO ACTION' })
  @JoinColumn({
    name: 'concept_code',
    referencedColumnName: 'code',
    foreignKeyConstraintName: 'profile_competence_concept_code_fkey',
  })
  conceptCodeRef?: Relation<TaxonomyConcept>;
}

/** Evidence for a competence: self, mentor or provider; it keeps its author. */
@Check(
  'competence_evidence_check',
  "((kind <> 'provider'::text) OR ((provider IS NOT NULL) AND (procedure IS NOT NULL) AND (assessed_on IS NOT NULL)))",
)
@Check('competence_evidence_check1', "((kind <> 'mentor'::text) OR (observed_on IS NOT NULL))")
@Check(
  'competence_evidence_kind_check',
  "(kind = ANY (ARRAY['self'::text, 'mentor'::text, 'provider'::text]))",
)
@Check(
  'competence_evidence_level_check',
  "(level = ANY (ARRAY['basic'::text, 'good'::text, 'very_good'::text]))",
)
@Index('competence_evidence_competence_idx', { synchronize: false })
@Entity({ name: 'competence_evidence' })
export class CompetenceEvidence {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'competence_id', type: 'uuid' })
  competenceId!: string;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'text', nullable: true })
  level!: string | null;

  @Column({ name: 'observed_by_account_id', type: 'uuid', nullable: true })
  observedByAccountId!: string | null;

  @Column({ name: 'observed_by_name', type: 'text', nullable: true })
  observedByName!: string | null;

  @Column({ name: 'observed_on', type: 'date', nullable: true })
  observedOn!: string | null;

  @Column({ type: 'text', nullable: true })
  provider!: string | null;

  @Column({ type: 'text', nullable: true })
  procedure!: string | null;

  @Column({ name: 'assessed_on', type: 'date', nullable: true })
  assessedOn!: string | null;

  @Column({ name: 'confirmed_by_account_id', type: 'uuid', nullable: true })
  confirmedByAccountId!: string | null;

  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt!: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'created_by_account_id', type: 'uuid', nullable: true })
  createdByAccountId!: string | null;

  @ManyToOne(() => ProfileCompetence, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'competence_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'competence_evidence_competence_id_fkey',
  })
  competence?: Relation<ProfileCompetence>;

  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'confirmed_by_account_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'competence_evidence_confirmed_by_account_id_fkey',
  })
  confirmedByAccount?: Relation<Account>;

  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'created_by_account_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'competence_evidence_created_by_account_id_fkey',
  })
  createdByAccount?: Relation<Account>;

  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'observed_by_account_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'competence_evidence_observed_by_account_id_fkey',
  })
  observedByAccount?: Relation<Account>;
}

/** A vocational or academic qualification, as written. */
@Check('profile_education_kind_check', "(kind = ANY (ARRAY['vocational'::text, 'academic'::text]))")
@Check(
  'profile_education_recognition_check',
  "(recognition = ANY (ARRAY['not_started'::text, 'in_progress'::text, 'partly'::text, 'fully'::text]))",
)
@Check('profile_education_year_completed_check', '((year_completed >= 1950) AND (year_completed <= 2100))')
@Index('profile_education_candidate_idx', { synchronize: false })
@Entity({ name: 'profile_education' })
export class ProfileEducation {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'candidate_id', type: 'uuid' })
  candidateId!: string;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'title_lang', type: 'varchar', length: 8 })
  titleLang!: string;

  @Column({ name: 'occupation_code', type: 'text', nullable: true })
  occupationCode!: string | null;

  @Column({ type: 'varchar', length: 2, nullable: true })
  country!: string | null;

  @Column({ name: 'year_completed', type: 'smallint', nullable: true })
  yearCompleted!: number | null;

  @Column({ type: 'text', default: 'not_started' })
  recognition!: string;

  @ManyToOne(() => Candidate, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'candidate_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'profile_education_candidate_id_fkey',
  })
  candidate?: Relation<Candidate>;

  @ManyToOne(() => TaxonomyConcept, { onDelete: 'NO ACTION' })
  @JoinColumn({
    name: 'occupation_code',
    referencedColumnName: 'code',
    foreignKeyConstraintName: 'profile_education_occupation_code_fkey',
  })
  occupationCodeRef?: Relation<TaxonomyConcept>;
}

/** Work experience in an occupation. */
@Check('profile_experience_years_check', '((years > (0)::numeric) AND (years <= (60)::numeric))')
@Index('profile_experience_candidate_idx', { synchronize: false })
@Index('profile_experience_occupation_idx', { synchronize: false })
@Entity({ name: 'profile_experience' })
export class ProfileExperience {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'candidate_id', type: 'uuid' })
  candidateId!: string;

  @Column({ name: 'occupation_code', type: 'text' })
  occupationCode!: string;

  @Column({ type: 'numeric', precision: 4, scale: 1 })
  years!: string;

  @Column({ type: 'varchar', length: 2, nullable: true })
  country!: string | null;

  @ManyToOne(() => Candidate, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'candidate_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'profile_experience_candidate_id_fkey',
  })
  candidate?: Relation<Candidate>;

  @ManyToOne(() => TaxonomyConcept, { onDelete: 'NO ACTION' })
  @JoinColumn({
    name: 'occupation_code',
    referencedColumnName: 'code',
    foreignKeyConstraintName: 'profile_experience_occupation_code_fkey',
  })
  occupationCodeRef?: Relation<TaxonomyConcept>;
}

/** A free text of a profile: the original and a tidied version, each with its author. */
@Unique('profile_text_candidate_id_subject_version_key', ['candidateId', 'subject', 'version'])
@Check('profile_text_text_check', '(length(text) <= 4000)')
@Check('profile_text_version_check', "(version = ANY (ARRAY['original'::text, 'tidied'::text]))")
@Entity({ name: 'profile_text' })
export class ProfileText {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'candidate_id', type: 'uuid' })
  candidateId!: string;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text' })
  version!: string;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'varchar', length: 8 })
  lang!: string;

  @Column({ name: 'written_by_account_id', type: 'uuid', nullable: true })
  writtenByAccountId!: string | null;

  @Column({ name: 'written_by_name', type: 'text', nullable: true })
  writtenByName!: string | null;

  @Column({ name: 'written_at', type: 'timestamptz', default: () => 'now()' })
  writtenAt!: Date;

  @ManyToOne(() => Candidate, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'candidate_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'profile_text_candidate_id_fkey',
  })
  candidate?: Relation<Candidate>;

  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'written_by_account_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'profile_text_written_by_account_id_fkey',
  })
  writtenByAccount?: Relation<Account>;
}

/** A pair of candidates IBA staff decided are not the same person. */
@Check('duplicate_decision_check', '(candidate_a < candidate_b)')
@Check('duplicate_decision_decision_check', "(decision = 'dismissed'::text)")
@Entity({ name: 'duplicate_decision' })
export class DuplicateDecision {
  @PrimaryColumn({ name: 'candidate_a', type: 'uuid' })
  candidateA!: string;

  @PrimaryColumn({ name: 'candidate_b', type: 'uuid' })
  candidateB!: string;

  @Column({ type: 'text' })
  decision!: string;

  @Column({ name: 'decided_by_account_id', type: 'uuid', nullable: true })
  decidedByAccountId!: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', default: () => 'now()' })
  decidedAt!: Date;

  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'decided_by_account_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'duplicate_decision_decided_by_account_id_fkey',
  })
  decidedByAccount?: Relation<Account>;
}

export const PROFILE_ENTITIES = [
  CandidateProfile,
  ProfileLanguage,
  GermanCertificate,
  ProfileCompetence,
  CompetenceEvidence,
  ProfileEducation,
  ProfileExperience,
  ProfileText,
  DuplicateDecision,
];
