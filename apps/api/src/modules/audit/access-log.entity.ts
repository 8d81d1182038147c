import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** One read of a candidate's personal data by someone else. Append-only (database trigger). */
@Index('access_log_actor_idx', { synchronize: false })
@Index('access_log_candidate_idx', { synchronize: false })
@Entity({ name: 'access_log' })
export class AccessLogEntry {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at!: Date;

  @Column({ name: 'actor_account_id', type: 'uuid', nullable: true })
  actorAccountId!: string | null;

  @Column({ name: 'actor_role', type: 'text' })
  actorRole!: string;

  @Column({ name: 'actor_name', type: 'text', nullable: true })
  actorName!: string | null;

  /** The employer's firm at the time of the read. */
  @Column({ name: 'actor_company_id', type: 'uuid', nullable: true })
  actorCompanyId!: string | null;

  @Column({ name: 'candidate_id', type: 'uuid', nullable: true })
  candidateId!: string | null;

  @Column({ type: 'text' })
  action!: string;

  @Column({ type: 'text' })
  route!: string;

  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId!: string | null;
}

/**
 * Appearances of a candidate's pseudonymous profile in lists and searches, counted per viewer (the
 * firm for employers, else the account) and district day: one row instead of one per page load.
 */
@Entity({ name: 'access_log_appearance' })
export class AccessLogAppearance {
  @PrimaryColumn({ name: 'candidate_id', type: 'uuid' })
  candidateId!: string;

  /** District day (Europe/Berlin), YYYY-MM-DD. */
  @PrimaryColumn({ type: 'date' })
  day!: string;

  @PrimaryColumn({ name: 'viewer_id', type: 'uuid' })
  viewerId!: string;

  @PrimaryColumn({ type: 'text' })
  action!: string;

  @Column({ name: 'actor_company_id', type: 'uuid', nullable: true })
  actorCompanyId!: string | null;

  @Column({ name: 'actor_account_id', type: 'uuid', nullable: true })
  actorAccountId!: string | null;

  @Column({ name: 'actor_role', type: 'text' })
  actorRole!: string;

  @Column({ name: 'actor_name', type: 'text', nullable: true })
  actorName!: string | null;

  @Column({ type: 'text' })
  route!: string;

  @Column({ type: 'integer', default: 1 })
  count!: number;

  @Column({ name: 'first_at', type: 'timestamptz', default: () => 'now()' })
  firstAt!: Date;

  @Column({ name: 'last_at', type: 'timestamptz', default: () => 'now()' })
  lastAt!: Date;
}
