import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One read of a candidate's personal data by someone else. Append-only (database trigger). */
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

  @Column({ name: 'candidate_id', type: 'uuid', nullable: true })
  candidateId!: string | null;

  @Column({ type: 'text' })
  action!: string;

  @Column({ type: 'text' })
  route!: string;

  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId!: string | null;
}
