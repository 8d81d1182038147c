import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import type { LabelSource } from '@passgenau/domain';
import { TaxonomyConcept } from './taxonomy-concept.entity';

/**
 * One label of a concept in one language. ESCO labels, the product's own translations and a
 * coordinator's additions or corrections live side by side, told apart by `source`.
 */
@Check(
  'taxonomy_label_source_check',
  "(source = ANY (ARRAY['esco'::text, 'passgenau'::text, 'coordinator'::text]))",
)
@Check('taxonomy_label_text_check', '(length(btrim(text)) > 0)')
@Index('taxonomy_label_concept_idx', { synchronize: false })
@Unique('taxonomy_label_concept_id_lang_source_text_key', ['conceptId', 'lang', 'source', 'text'])
@Entity({ name: 'taxonomy_label' })
export class TaxonomyLabel {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'concept_id', type: 'uuid' })
  conceptId!: string;

  @ManyToOne(() => TaxonomyConcept, (concept) => concept.labels, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'concept_id', foreignKeyConstraintName: 'taxonomy_label_concept_id_fkey' })
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
