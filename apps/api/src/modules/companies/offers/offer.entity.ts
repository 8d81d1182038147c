import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { TaxonomyConcept } from '../../taxonomy/taxonomy-concept.entity';
import { CompanySite } from '../profile/company-site.entity';
import { Company } from '../../accounts/company.entity';
import { Account } from '../../accounts/account.entity';
import type { CefrLevel, OccupationMapping, OfferKind, OfferStatus, RecordSource } from '@passgenau/domain';

/** A job, apprenticeship, internship or EQ place of a company. */
@Check('offer_check', '((closes_on IS NULL) OR (starts_on IS NULL) OR (closes_on >= starts_on))')
@Check('offer_check1', '((description IS NULL) OR (description_lang IS NOT NULL))')
@Check('offer_check2', "((occupation_code IS NOT NULL) OR (occupation_mapping = 'unmapped'::text))")
@Check('offer_check3', "((source = 'passgenau'::text) OR (external_ref IS NOT NULL))")
@Check('offer_duration_weeks_check', '(duration_weeks > 0)')
@Check(
  'offer_german_overall_check',
  "((german_overall)::text = ANY ((ARRAY['A1'::character varying, 'A2'::character varying, 'B1'::character varying, 'B2'::character varying, 'C1'::character varying, 'C2'::character varying])::text[]))",
)
@Check(
  'offer_german_speaking_check',
  "((german_speaking)::text = ANY ((ARRAY['A1'::character varying, 'A2'::character varying, 'B1'::character varying, 'B2'::character varying, 'C1'::character varying, 'C2'::character varying])::text[]))",
)
@Check(
  'offer_german_understanding_check',
  "((german_understanding)::text = ANY ((ARRAY['A1'::character varying, 'A2'::character varying, 'B1'::character varying, 'B2'::character varying, 'C1'::character varying, 'C2'::character varying])::text[]))",
)
@Check(
  'offer_german_writing_check',
  "((german_writing)::text = ANY ((ARRAY['A1'::character varying, 'A2'::character varying, 'B1'::character varying, 'B2'::character varying, 'C1'::character varying, 'C2'::character varying])::text[]))",
)
@Check('offer_max_distance_km_check', '((max_distance_km >= 0) AND (max_distance_km <= 300))')
@Check(
  'offer_hours_per_week_check',
  '((hours_per_week > (0)::numeric) AND (hours_per_week <= (60)::numeric))',
)
@Check(
  'offer_kind_check',
  "(kind = ANY (ARRAY['job'::text, 'apprenticeship'::text, 'internship'::text, 'eq'::text]))",
)
@Check(
  'offer_occupation_mapping_check',
  "(occupation_mapping = ANY (ARRAY['manual'::text, 'preferred-label'::text, 'alternative-label'::text, 'unmapped'::text]))",
)
@Check('offer_places_check', '(places >= 1)')
@Check('offer_source_check', "(source = ANY (ARRAY['passgenau'::text, 'ba-jobsuche'::text]))")
@Check(
  'offer_status_check',
  "(status = ANY (ARRAY['draft'::text, 'open'::text, 'filled'::text, 'closed'::text]))",
)
@Check('offer_title_check', '(length(btrim(title)) > 0)')
@Index('offer_company_idx', { synchronize: false })
@Index('offer_occupation_idx', { synchronize: false })
@Index('offer_open_idx', { synchronize: false })
@Index('offer_site_idx', { synchronize: false })
@Unique('offer_source_external_ref_key', ['source', 'externalRef'])
@Entity({ name: 'offer' })
export class Offer {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'company_id', type: 'uuid' })
  companyId!: string;

  @Column({ name: 'site_id', type: 'uuid', nullable: true })
  siteId!: string | null;

  @Column({ type: 'text' })
  kind!: OfferKind;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ name: 'description_lang', type: 'varchar', length: 8, nullable: true })
  descriptionLang!: string | null;

  @Column({ name: 'occupation_code', type: 'text', nullable: true })
  occupationCode!: string | null;

  @Column({ name: 'occupation_mapping', type: 'text' })
  occupationMapping!: OccupationMapping;

  /** The occupation as the source wrote it (the job agency's `beruf`). */
  @Column({ name: 'occupation_text', type: 'text', nullable: true })
  occupationText!: string | null;

  @Column({ name: 'german_overall', type: 'varchar', length: 2, nullable: true })
  germanOverall!: CefrLevel | null;

  @Column({ name: 'german_understanding', type: 'varchar', length: 2, nullable: true })
  germanUnderstanding!: CefrLevel | null;

  @Column({ name: 'german_speaking', type: 'varchar', length: 2, nullable: true })
  germanSpeaking!: CefrLevel | null;

  @Column({ name: 'german_writing', type: 'varchar', length: 2, nullable: true })
  germanWriting!: CefrLevel | null;

  @Column({ name: 'helpful_languages', type: 'text', array: true, default: () => "'{}'" })
  helpfulLanguages!: string[];

  @Column({ name: 'suitable_for_career_changers', type: 'boolean', default: false })
  suitableForCareerChangers!: boolean;

  /** Far below a strict German minimum, a candidate is not proposed for the offer. */
  @Column({ name: 'german_strict', type: 'boolean', default: false })
  germanStrict!: boolean;

  /** The firm accepts candidates from this far (km), beyond their own travel radius. */
  @Column({ name: 'max_distance_km', type: 'smallint', nullable: true })
  maxDistanceKm!: number | null;

  @Column({ name: 'starts_on', type: 'date', nullable: true })
  startsOn!: string | null;

  @Column({ name: 'hours_per_week', type: 'numeric', precision: 4, scale: 1, nullable: true })
  hoursPerWeek!: string | null;

  @Column({ name: 'duration_weeks', type: 'smallint', nullable: true })
  durationWeeks!: number | null;

  @Column({ type: 'smallint', default: 1 })
  places!: number;

  @Column({ type: 'text' })
  status!: OfferStatus;

  @Column({ name: 'closes_on', type: 'date', nullable: true })
  closesOn!: string | null;

  /** When the offer was first opened (or published by the job agency). */
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ type: 'text', default: 'passgenau' })
  source!: RecordSource;

  /** The job agency's reference number (`refnr`) of imported offers. */
  @Column({ name: 'external_ref', type: 'text', nullable: true })
  externalRef!: string | null;

  @Column({ name: 'external_url', type: 'text', nullable: true })
  externalUrl!: string | null;

  @Column({ name: 'external_modified_at', type: 'timestamptz', nullable: true })
  externalModifiedAt!: Date | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @ManyToOne(() => Company, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'company_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'offer_company_id_fkey',
  })
  company?: Relation<Company>;

  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'created_by',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'offer_created_by_fkey',
  })
  createdByRef?: Relation<Account>;

  @ManyToOne(() => TaxonomyConcept, { onDelete: 'NO ACTION' })
  @JoinColumn({
    name: 'occupation_code',
    referencedColumnName: 'code',
    foreignKeyConstraintName: 'offer_occupation_code_fkey',
  })
  occupationCodeRef?: Relation<TaxonomyConcept>;

  @ManyToOne(() => CompanySite, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'site_id', referencedColumnName: 'id', foreignKeyConstraintName: 'offer_site_id_fkey' })
  site?: Relation<CompanySite>;
}
