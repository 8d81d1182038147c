import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { Candidate } from '../candidates/candidate.entity';
import { Account } from '../accounts/account.entity';

@Check('consent_record_purpose_check', "(purpose = 'searchable_profile'::text)")
@Index('consent_active_idx', { synchronize: false })
@Entity({ name: 'consent_record' })
export class ConsentRecord {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'candidate_id', type: 'uuid' })
  candidateId!: string;

  @Column({ type: 'text' })
  purpose!: 'searchable_profile';

  @Column({ name: 'text_version', type: 'text' })
  textVersion!: string;

  @Column({ name: 'granted_at', type: 'timestamptz', default: () => 'now()' })
  grantedAt!: Date;

  @Column({ name: 'granted_by_account_id', type: 'uuid', nullable: true })
  grantedByAccountId!: string | null;

  /** True when a mentor recorded the consent for the candidate. */
  @Column({ name: 'granted_on_behalf', type: 'boolean' })
  grantedOnBehalf!: boolean;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;

  @Column({ name: 'withdrawn_by_account_id', type: 'uuid', nullable: true })
  withdrawnByAccountId!: string | null;

  @Column({ name: 'withdrawn_on_behalf', type: 'boolean', nullable: true })
  withdrawnOnBehalf!: boolean | null;

  @ManyToOne(() => Candidate, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'candidate_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'consent_record_candidate_id_fkey',
  })
  candidate?: Relation<Candidate>;

  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'granted_by_account_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'consent_record_granted_by_account_id_fkey',
  })
  grantedByAccount?: Relation<Account>;

  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'withdrawn_by_account_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'consent_record_withdrawn_by_account_id_fkey',
  })
  withdrawnByAccount?: Relation<Account>;
}
