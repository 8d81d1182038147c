import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Account } from '../accounts/account.entity';
import { Candidate } from '../candidates/candidate.entity';

/** Rows of a candidate record removed by a duplicate merge, restorable until `restorableUntil`. */
@Entity({ name: 'merged_candidate_archive' })
@Check('merged_candidate_archive_reason_check', `length(btrim(reason)) BETWEEN 1 AND 500`)
@Check('merged_candidate_archive_data_check', `(data IS NULL) = (restored_at IS NOT NULL)`)
@Index('merged_candidate_archive_kept_idx', ['keptCandidateId'])
@Index('merged_candidate_archive_restorable_idx', ['restorableUntil'])
export class MergedCandidateArchive {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'merged_candidate_archive_pkey' })
  id!: string;

  @Column({ name: 'kept_candidate_id', type: 'uuid' })
  keptCandidateId!: string;

  @ManyToOne(() => Candidate, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({
    name: 'kept_candidate_id',
    foreignKeyConstraintName: 'merged_candidate_archive_kept_candidate_id_fkey',
  })
  keptCandidate?: Candidate;

  /** The id the removed record had (and gets back on restore). */
  @Column({ name: 'removed_candidate_id', type: 'uuid' })
  removedCandidateId!: string;

  @Column({ name: 'removed_name', type: 'text' })
  removedName!: string;

  @Column({ name: 'merged_by_account_id', type: 'uuid', nullable: true })
  mergedByAccountId!: string | null;

  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'merged_by_account_id',
    foreignKeyConstraintName: 'merged_candidate_archive_merged_by_account_id_fkey',
  })
  mergedBy?: Account | null;

  @Column({ name: 'merged_by_name', type: 'text' })
  mergedByName!: string;

  @Column({ type: 'text' })
  reason!: string;

  /** One array of raw rows per table; null once restored (or the row is gone once purged). */
  @Column({ type: 'jsonb', nullable: true })
  data!: Record<string, Record<string, unknown>[]> | null;

  @Column({ name: 'merged_at', type: 'timestamptz', default: () => 'now()' })
  mergedAt!: Date;

  @Column({ name: 'restorable_until', type: 'timestamptz' })
  restorableUntil!: Date;

  @Column({ name: 'restored_at', type: 'timestamptz', nullable: true })
  restoredAt!: Date | null;

  @Column({ name: 'restored_by_account_id', type: 'uuid', nullable: true })
  restoredByAccountId!: string | null;

  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'restored_by_account_id',
    foreignKeyConstraintName: 'merged_candidate_archive_restored_by_account_id_fkey',
  })
  restoredBy?: Account | null;
}
