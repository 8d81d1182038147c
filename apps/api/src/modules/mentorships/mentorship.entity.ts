import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Candidate } from '../candidates/candidate.entity';
import { Account } from '../accounts/account.entity';

/** A candidate's authorisation for a mentor to act on their behalf (integration plan 1.6). */
@Index('mentorship_active_idx', { synchronize: false })
@Index('mentorship_mentor_idx', { synchronize: false })
@Entity({ name: 'mentorship' })
export class Mentorship {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'candidate_id', type: 'uuid' })
  candidateId!: string;

  @Column({ name: 'mentor_account_id', type: 'uuid' })
  mentorAccountId!: string;

  @Column({ name: 'granted_at', type: 'timestamptz', default: () => 'now()' })
  grantedAt!: Date;

  @Column({ name: 'granted_by_account_id', type: 'uuid', nullable: true })
  grantedByAccountId!: string | null;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;

  @Column({ name: 'withdrawn_by_account_id', type: 'uuid', nullable: true })
  withdrawnByAccountId!: string | null;

  @ManyToOne(() => Candidate, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'candidate_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'mentorship_candidate_id_fkey',
  })
  candidate?: Relation<Candidate>;

  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'granted_by_account_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'mentorship_granted_by_account_id_fkey',
  })
  grantedByAccount?: Relation<Account>;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'mentor_account_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'mentorship_mentor_account_id_fkey',
  })
  mentorAccount?: Relation<Account>;

  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'withdrawn_by_account_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'mentorship_withdrawn_by_account_id_fkey',
  })
  withdrawnByAccount?: Relation<Account>;
}
