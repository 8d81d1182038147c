import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A candidate marked interest in an offer (themselves, or a mentor they authorised). */
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
}
