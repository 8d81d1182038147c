import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A barrier someone reported through the accessibility statement's form; anonymous unless a reply address is given. */
@Index('barrier_report_created_idx', { synchronize: false })
@Entity({ name: 'barrier_report' })
export class BarrierReport {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The page (path or address) the barrier is on, if the reporter named one. */
  @Column({ name: 'page_url', type: 'text', nullable: true })
  pageUrl!: string | null;

  @Column({ type: 'text' })
  description!: string;

  /** Only when the reporter wants a reply. */
  @Column({ name: 'reply_email', type: 'text', nullable: true })
  replyEmail!: string | null;

  /** The interface language the report was written in. */
  @Column({ type: 'varchar', length: 8 })
  language!: string;

  /** How many coordinators were mailed. */
  @Column({ type: 'integer', default: 0 })
  notified!: number;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
