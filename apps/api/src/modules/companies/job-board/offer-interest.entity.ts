import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Offer } from '../offers/offer.entity';
import { Candidate } from '../../candidates/candidate.entity';
import { Account } from '../../accounts/account.entity';

/** A candidate marked interest in an offer (themselves, or a mentor they authorised). */
@Index('offer_interest_candidate_idx', { synchronize: false })
@Entity({ name: 'offer_interest' })
export class OfferInterest {
  @PrimaryColumn({ name: 'offer_id', type: 'uuid' })
  offerId!: string;

  @PrimaryColumn({ name: 'candidate_id', type: 'uuid' })
  candidateId!: string;

  @Column({ name: 'marked_by_account_id', type: 'uuid', nullable: true })
  markedByAccountId!: string | null;

  @Column({ name: 'marked_at', type: 'timestamptz', default: () => 'now()' })
  markedAt!: Date;

  @ManyToOne(() => Candidate, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'candidate_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'offer_interest_candidate_id_fkey',
  })
  candidate?: Relation<Candidate>;

  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'marked_by_account_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'offer_interest_marked_by_account_id_fkey',
  })
  markedByAccount?: Relation<Account>;

  @ManyToOne(() => Offer, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'offer_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'offer_interest_offer_id_fkey',
  })
  offer?: Relation<Offer>;
}
