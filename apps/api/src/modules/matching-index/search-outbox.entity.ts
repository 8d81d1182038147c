import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A change that affects a document of the matching indexes, written by a database trigger in the
 * same transaction as the change (migration 1764840000000). The worker marks it processed once
 * Meilisearch confirmed the upsert or delete; processed rows stay a while for rebuild replays.
 */
@Check(
  'search_outbox_entity_check',
  "(entity = ANY (ARRAY['candidate'::text, 'offer'::text, 'company'::text]))",
)
@Index('search_outbox_pending_idx', { synchronize: false })
@Index('search_outbox_created_idx', { synchronize: false })
@Entity({ name: 'search_outbox' })
export class SearchOutboxEntry {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'text' })
  entity!: 'candidate' | 'offer' | 'company';

  @Column({ name: 'entity_id', type: 'uuid' })
  entityId!: string;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt!: Date;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ name: 'processed_at', type: 'timestamptz', nullable: true })
  processedAt!: Date | null;
}
