import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { Account } from '../accounts/account.entity';
import { Candidate } from '../candidates/candidate.entity';
import { Offer } from '../companies/offers/offer.entity';

export const SAVED_SEARCH_KINDS = ['candidates', 'offers'] as const;
export type SavedSearchKind = (typeof SAVED_SEARCH_KINDS)[number];

/**
 * A search an account saved under a name: an employer's candidate search (the filters of GET
 * /api/candidate-search) or a candidate's or mentor's offer search (the filters of GET
 * /api/job-board/offers), stored as the validated query without page and page size.
 */
@Index('saved_search_account_idx', { synchronize: false })
@Entity({ name: 'saved_search' })
export class SavedSearch {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'saved_search_pkey' })
  id!: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId!: string;

  @Column({ type: 'text' })
  kind!: SavedSearchKind;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'jsonb' })
  query!: Record<string, unknown>;

  /** Offer searches of a mentor: the candidate they search for (optional). */
  @Column({ name: 'candidate_id', type: 'uuid', nullable: true })
  candidateId!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  /** When the alert job last ran this search. */
  @Column({ name: 'last_run_at', type: 'timestamptz', nullable: true })
  lastRunAt!: Date | null;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'account_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'saved_search_account_id_fkey',
  })
  account?: Relation<Account>;

  @ManyToOne(() => Candidate, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'candidate_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'saved_search_candidate_id_fkey',
  })
  candidate?: Relation<Candidate>;
}

/**
 * A candidate a saved candidate search has found. `baseline`: already in the results when the
 * search was saved (never an alert); otherwise an alert, mailed in a digest at `mailedAt`.
 */
@Entity({ name: 'saved_search_candidate' })
export class SavedSearchCandidate {
  @PrimaryColumn({
    name: 'saved_search_id',
    type: 'uuid',
    primaryKeyConstraintName: 'saved_search_candidate_pkey',
  })
  savedSearchId!: string;

  @PrimaryColumn({
    name: 'candidate_id',
    type: 'uuid',
    primaryKeyConstraintName: 'saved_search_candidate_pkey',
  })
  candidateId!: string;

  @Column({ type: 'boolean', default: false })
  baseline!: boolean;

  @Column({ name: 'found_at', type: 'timestamptz', default: () => 'now()' })
  foundAt!: Date;

  @Column({ name: 'mailed_at', type: 'timestamptz', nullable: true })
  mailedAt!: Date | null;

  @ManyToOne(() => SavedSearch, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'saved_search_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'saved_search_candidate_saved_search_id_fkey',
  })
  savedSearch?: Relation<SavedSearch>;

  @ManyToOne(() => Candidate, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'candidate_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'saved_search_candidate_candidate_id_fkey',
  })
  candidate?: Relation<Candidate>;
}

/** An offer a saved offer search has found (as SavedSearchCandidate). */
@Entity({ name: 'saved_search_offer' })
export class SavedSearchOffer {
  @PrimaryColumn({
    name: 'saved_search_id',
    type: 'uuid',
    primaryKeyConstraintName: 'saved_search_offer_pkey',
  })
  savedSearchId!: string;

  @PrimaryColumn({ name: 'offer_id', type: 'uuid', primaryKeyConstraintName: 'saved_search_offer_pkey' })
  offerId!: string;

  @Column({ type: 'boolean', default: false })
  baseline!: boolean;

  @Column({ name: 'found_at', type: 'timestamptz', default: () => 'now()' })
  foundAt!: Date;

  @Column({ name: 'mailed_at', type: 'timestamptz', nullable: true })
  mailedAt!: Date | null;

  @ManyToOne(() => SavedSearch, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'saved_search_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'saved_search_offer_saved_search_id_fkey',
  })
  savedSearch?: Relation<SavedSearch>;

  @ManyToOne(() => Offer, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'offer_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'saved_search_offer_offer_id_fkey',
  })
  offer?: Relation<Offer>;
}

/** One alert digest mail per account and day (Europe/Berlin): the row exists once the mail is written. */
@Entity({ name: 'saved_search_digest' })
export class SavedSearchDigest {
  @PrimaryColumn({ name: 'account_id', type: 'uuid', primaryKeyConstraintName: 'saved_search_digest_pkey' })
  accountId!: string;

  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'saved_search_digest_pkey' })
  day!: string;

  @Column({ name: 'sent_at', type: 'timestamptz', default: () => 'now()' })
  sentAt!: Date;

  @Column({ type: 'integer' })
  alerts!: number;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'account_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'saved_search_digest_account_id_fkey',
  })
  account?: Relation<Account>;
}

export const SAVED_SEARCH_ENTITIES = [SavedSearch, SavedSearchCandidate, SavedSearchOffer, SavedSearchDigest];
