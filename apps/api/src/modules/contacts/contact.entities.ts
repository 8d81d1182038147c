import {
  Check,
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
import { Company } from '../accounts/company.entity';
import { Candidate } from '../candidates/candidate.entity';
import { Offer } from '../companies/offers/offer.entity';

/**
 * A candidate (by pseudonym in every view) on a firm's shortlist, for one of its offers or for the
 * firm in general (offer NULL), with a private note. Candidates no longer visible to employers are
 * filtered out when the list is read; the row stays.
 */
@Index('shortlist_entry_unique_idx', { synchronize: false })
@Index('shortlist_entry_candidate_idx', { synchronize: false })
@Entity({ name: 'shortlist_entry' })
export class ShortlistEntry {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'company_id', type: 'uuid' })
  companyId!: string;

  @Column({ name: 'candidate_id', type: 'uuid' })
  candidateId!: string;

  @Column({ name: 'offer_id', type: 'uuid', nullable: true })
  offerId!: string | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ name: 'added_by_account_id', type: 'uuid', nullable: true })
  addedByAccountId!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  @ManyToOne(() => Company, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'company_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'shortlist_entry_company_id_fkey',
  })
  company?: Relation<Company>;

  @ManyToOne(() => Candidate, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'candidate_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'shortlist_entry_candidate_id_fkey',
  })
  candidate?: Relation<Candidate>;

  @ManyToOne(() => Offer, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'offer_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'shortlist_entry_offer_id_fkey',
  })
  offer?: Relation<Offer>;

  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'added_by_account_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'shortlist_entry_added_by_account_id_fkey',
  })
  addedBy?: Relation<Account>;
}

/**
 * A firm's request to get in touch with a candidate. status: awaiting_broker (brokered mode, in IBA
 * staff's queue) → returned (sent back to the firm with broker_comment) or open (reached the
 * candidate at delivered_at; expires at expires_at) → accepted (share_email / share_phone as the
 * candidate chose), declined (decline_reason), blocked (the firm is blocked, see contact_block) or
 * expired. The message is stored as the firm wrote it.
 */
@Check(
  'contact_request_status_check',
  `status IN ('awaiting_broker', 'returned', 'open', 'accepted', 'declined', 'blocked', 'expired')`,
)
@Check(
  'contact_request_decline_reason_check',
  `decline_reason IS NULL OR decline_reason IN ('not_interested', 'found_work', 'too_far', 'not_now', 'offer_not_suitable', 'other')`,
)
@Index('contact_request_one_open_idx', { synchronize: false })
@Index('contact_request_company_created_idx', { synchronize: false })
@Index('contact_request_candidate_idx', { synchronize: false })
@Index('contact_request_expiry_idx', { synchronize: false })
@Entity({ name: 'contact_request' })
export class ContactRequest {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'company_id', type: 'uuid' })
  companyId!: string;

  @Column({ name: 'candidate_id', type: 'uuid' })
  candidateId!: string;

  @Column({ name: 'offer_id', type: 'uuid', nullable: true })
  offerId!: string | null;

  @Column({ name: 'sent_by_account_id', type: 'uuid', nullable: true })
  sentByAccountId!: string | null;

  /** IBA staff who sent the request on the firm's behalf (then `sent_by_account_id` is empty). */
  @Column({ name: 'sent_by_staff_account_id', type: 'uuid', nullable: true })
  sentByStaffAccountId!: string | null;

  @Column({ type: 'text' })
  message!: string;

  @Column({ type: 'text' })
  status!: string;

  /** Whether the request went through IBA staff's queue. */
  @Column({ type: 'boolean', default: false })
  brokered!: boolean;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  /** When it reached the candidate (at once, or when IBA staff passed it on). */
  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;

  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

  @Column({ name: 'broker_account_id', type: 'uuid', nullable: true })
  brokerAccountId!: string | null;

  @Column({ name: 'broker_comment', type: 'text', nullable: true })
  brokerComment!: string | null;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt!: Date | null;

  @Column({ name: 'answered_by_account_id', type: 'uuid', nullable: true })
  answeredByAccountId!: string | null;

  @Column({ name: 'decline_reason', type: 'text', nullable: true })
  declineReason!: string | null;

  @Column({ name: 'share_email', type: 'boolean', default: false })
  shareEmail!: boolean;

  @Column({ name: 'share_phone', type: 'boolean', default: false })
  sharePhone!: boolean;

  @ManyToOne(() => Company, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'company_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'contact_request_company_id_fkey',
  })
  company?: Relation<Company>;

  @ManyToOne(() => Candidate, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'candidate_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'contact_request_candidate_id_fkey',
  })
  candidate?: Relation<Candidate>;

  @ManyToOne(() => Offer, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'offer_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'contact_request_offer_id_fkey',
  })
  offer?: Relation<Offer>;

  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'sent_by_account_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'contact_request_sent_by_account_id_fkey',
  })
  sentBy?: Relation<Account>;

  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'sent_by_staff_account_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'contact_request_sent_by_staff_account_id_fkey',
  })
  sentByStaff?: Relation<Account>;

  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'broker_account_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'contact_request_broker_account_id_fkey',
  })
  broker?: Relation<Account>;

  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'answered_by_account_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'contact_request_answered_by_account_id_fkey',
  })
  answeredBy?: Relation<Account>;
}

/** A firm the candidate blocked: it no longer finds them (search, matches, shortlists, requests). */
@Entity({ name: 'contact_block' })
export class ContactBlock {
  @PrimaryColumn({ name: 'company_id', type: 'uuid' })
  companyId!: string;

  @PrimaryColumn({ name: 'candidate_id', type: 'uuid' })
  candidateId!: string;

  @Column({ name: 'blocked_by_account_id', type: 'uuid', nullable: true })
  blockedByAccountId!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @ManyToOne(() => Company, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'company_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'contact_block_company_id_fkey',
  })
  company?: Relation<Company>;

  @ManyToOne(() => Candidate, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'candidate_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'contact_block_candidate_id_fkey',
  })
  candidate?: Relation<Candidate>;

  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'blocked_by_account_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'contact_block_blocked_by_account_id_fkey',
  })
  blockedBy?: Relation<Account>;
}

/**
 * One stage an accepted contact reached, with its date: talk, trial (trial day or internship),
 * apprenticeship_contract, employment_contract, ended (with ended_reason).
 */
@Check(
  'contact_outcome_stage_check',
  `stage IN ('talk', 'trial', 'apprenticeship_contract', 'employment_contract', 'ended')`,
)
@Check('contact_outcome_ended_reason_check', `(stage = 'ended') = (ended_reason IS NOT NULL)`)
@Index('contact_outcome_request_idx', { synchronize: false })
@Entity({ name: 'contact_outcome' })
export class ContactOutcome {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'contact_request_id', type: 'uuid' })
  contactRequestId!: string;

  @Column({ type: 'text' })
  stage!: string;

  @Column({ name: 'occurred_on', type: 'date' })
  occurredOn!: string;

  @Column({ name: 'ended_reason', type: 'text', nullable: true })
  endedReason!: string | null;

  @Column({ name: 'recorded_by_account_id', type: 'uuid', nullable: true })
  recordedByAccountId!: string | null;

  @Column({ name: 'recorded_by_role', type: 'text' })
  recordedByRole!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @ManyToOne(() => ContactRequest, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'contact_request_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'contact_outcome_contact_request_id_fkey',
  })
  contactRequest?: Relation<ContactRequest>;

  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'recorded_by_account_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'contact_outcome_recorded_by_account_id_fkey',
  })
  recordedBy?: Relation<Account>;
}

/** The district's one row of contact settings: brokered (IBA staff see each request first) or not. */
@Check('contact_setting_single_row_check', `id = 1`)
@Entity({ name: 'contact_setting' })
export class ContactSetting {
  @PrimaryColumn({ type: 'smallint', default: 1 })
  id!: number;

  @Column({ type: 'boolean', default: false })
  brokered!: boolean;

  @Column({ name: 'updated_by_account_id', type: 'uuid', nullable: true })
  updatedByAccountId!: string | null;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'updated_by_account_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'contact_setting_updated_by_account_id_fkey',
  })
  updatedBy?: Relation<Account>;
}

export const CONTACT_ENTITIES = [
  ShortlistEntry,
  ContactRequest,
  ContactBlock,
  ContactOutcome,
  ContactSetting,
];
