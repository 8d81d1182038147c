import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Offer } from './offer.entity';
import { TaxonomyConcept } from '../../taxonomy/taxonomy-concept.entity';

/** A competence (taxonomy skill code) an offer requires or would like to see. */
@Index('offer_competence_skill_idx', { synchronize: false })
@Entity({ name: 'offer_competence' })
export class OfferCompetence {
  @PrimaryColumn({ name: 'offer_id', type: 'uuid' })
  offerId!: string;

  @PrimaryColumn({ name: 'skill_code', type: 'text' })
  skillCode!: string;

  @Column({ type: 'boolean' })
  required!: boolean;

  @ManyToOne(() => Offer, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'offer_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'offer_competence_offer_id_fkey',
  })
  offer?: Relation<Offer>;

  @ManyToOne(() => TaxonomyConcept, { onDelete: 'NO ACTION' })
  @JoinColumn({
    name: 'skill_code',
    referencedColumnName: 'code',
    foreignKeyConstraintName: 'offer_competence_skill_code_fkey',
  })
  skillCodeRef?: Relation<TaxonomyConcept>;
}
