import {
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import type { LabelSource } from '@passgenau/domain';
import { TaxonomyConcept } from './taxonomy-concept.entity';

/**
 * One label of a concept in one language. ESCO labels, the product's own translations and a
 * coordinator's additions or corrections live side by side, told apart by `source`.
 */
@Entity({ name: 'taxonomy_label' })
export class TaxonomyLabel {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'concept_id', type: 'uuid' })
  conceptId!: string;

  @ManyToOne(() => TaxonomyConcept, (concept) => concept.labels, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'concept_id' })
  concept!: Relation<TaxonomyConcept>;

  @Column({ type: 'varchar', length: 8 })
  lang!: string;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'boolean' })
  preferred!: boolean;

  @Column({ type: 'text' })
  source!: LabelSource;

  /** Account that added or corrected the label (coordinator labels only). */
  @Column({ name: 'edited_by', type: 'uuid', nullable: true })
  editedBy!: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
