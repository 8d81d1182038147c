import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { CefrLevel, OccupationMapping, OfferKind, OfferStatus, RecordSource } from '@passgenau/domain';

/** A job, apprenticeship, internship or EQ place of a company. */
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
}
