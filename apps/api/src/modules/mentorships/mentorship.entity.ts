import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A candidate's authorisation for a mentor to act on their behalf (integration plan 1.6). */
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
}
