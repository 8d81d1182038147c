import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A competence (taxonomy skill code) an offer requires or would like to see. */
@Entity({ name: 'offer_competence' })
export class OfferCompetence {
  @PrimaryColumn({ name: 'offer_id', type: 'uuid' })
  offerId!: string;

  @PrimaryColumn({ name: 'skill_code', type: 'text' })
  skillCode!: string;

  @Column({ type: 'boolean' })
  required!: boolean;
}
