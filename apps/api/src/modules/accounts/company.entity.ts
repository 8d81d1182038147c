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
import { Account } from './account.entity';

/** A firm; its profile, sites and offers come with the companies issue. */
@Check('company_description_lang', '((description IS NULL) OR (description_lang IS NOT NULL))')
@Check('company_name_check', '(length(btrim(name)) > 0)')
@Check(
  'company_showcase_story',
  '((NOT showcase_opt_in) OR ((showcase_story IS NOT NULL) AND (showcase_story_lang IS NOT NULL)))',
)
@Check(
  'company_size_band_check',
  "(size_band = ANY (ARRAY['1-9'::text, '10-49'::text, '50-249'::text, '250+'::text]))",
)
@Check(
  'company_verification_status_check',
  "(verification_status = ANY (ARRAY['pending'::text, 'verified'::text, 'rejected'::text]))",
)
@Index('company_verification_pending_idx', { synchronize: false })
@Check('company_source_check', "(source = ANY (ARRAY['passgenau'::text, 'ba-jobsuche'::text]))")
@Check('company_wz_section_check', "((wz_section >= 'A'::bpchar) AND (wz_section <= 'U'::bpchar))")
@Unique('company_ba_customer_hash_key', ['baCustomerHash'])
@Entity({ name: 'company' })
export class Company {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'employs_refugees_marked_by',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'company_employs_refugees_marked_by_fkey',
  })
  employsRefugeesMarkedByAccount?: Relation<Account>;

  @Column({ name: 'offers_tours', type: 'boolean', default: false })
  offersTours!: boolean;

  @Column({ name: 'offers_open_house', type: 'boolean', default: false })
  offersOpenHouse!: boolean;

  @Column({ name: 'offers_internships', type: 'boolean', default: false })
  offersInternships!: boolean;

  @Column({ name: 'offers_apprenticeships', type: 'boolean', default: false })
  offersApprenticeships!: boolean;

  @Column({ name: 'offers_eq_places', type: 'boolean', default: false })
  offersEqPlaces!: boolean;

  @Column({ name: 'can_host_interpreters', type: 'boolean', default: false })
  canHostInterpreters!: boolean;

  @Column({ name: 'needs_interpreters', type: 'boolean', default: false })
  needsInterpreters!: boolean;

  @Column({ name: 'showcase_opt_in', type: 'boolean', default: false })
  showcaseOptIn!: boolean;

  @Column({ name: 'showcase_changed_at', type: 'timestamptz', nullable: true })
  showcaseChangedAt!: Date | null;

  @Column({ name: 'employs_refugees', type: 'boolean', default: false })
  employsRefugees!: boolean;

  @Column({ name: 'employs_refugees_marked_by', type: 'uuid', nullable: true })
  employsRefugeesMarkedBy!: string | null;

  @Column({ name: 'employs_refugees_marked_at', type: 'timestamptz', nullable: true })
  employsRefugeesMarkedAt!: Date | null;

  @Column({ name: 'legal_form', type: 'text', nullable: true })
  legalForm!: string | null;

  @Column({ name: 'wz_section', type: 'char', length: 1, nullable: true })
  wzSection!: string | null;

  @Column({ name: 'size_band', type: 'text', nullable: true })
  sizeBand!: string | null;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ name: 'description_lang', type: 'varchar', length: 8, nullable: true })
  descriptionLang!: string | null;

  @Column({ type: 'text', nullable: true })
  website!: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages!: string[];

  @Column({ name: 'showcase_story', type: 'text', nullable: true })
  showcaseStory!: string | null;

  @Column({ name: 'showcase_story_lang', type: 'varchar', length: 8, nullable: true })
  showcaseStoryLang!: string | null;

  @Column({ type: 'text', default: 'passgenau' })
  source!: string;

  @Column({ name: 'ba_customer_hash', type: 'text', nullable: true })
  baCustomerHash!: string | null;

  /** Self-signed-up firms wait for a check by IBA staff or a coordinator before they search candidates. */
  @Column({ name: 'verification_status', type: 'text', default: 'verified' })
  verificationStatus!: 'pending' | 'verified' | 'rejected';

  @Column({ name: 'verified_at', type: 'timestamptz', nullable: true })
  verifiedAt!: Date | null;

  @Column({ name: 'verified_by', type: 'uuid', nullable: true })
  verifiedBy!: string | null;

  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'verified_by',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'company_verified_by_fkey',
  })
  verifiedByAccount?: Relation<Account>;
}
