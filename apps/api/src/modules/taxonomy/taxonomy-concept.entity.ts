import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import type { ConceptKind } from '@passgenau/domain';
import { TaxonomyLabel } from './taxonomy-label.entity';

export type ConceptScheme = 'esco' | 'passgenau';

@Check('taxonomy_concept_kind_check', "(kind = ANY (ARRAY['occupation'::text, 'skill'::text]))")
@Check('taxonomy_concept_scheme_check', "(scheme = ANY (ARRAY['esco'::text, 'passgenau'::text]))")
@Index('taxonomy_concept_kind_idx', { synchronize: false })
@Entity({ name: 'taxonomy_concept' })
export class TaxonomyConcept {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The ESCO URI, or the product's own code (`passgenau:skill/…`). */
  @Column({ type: 'text', unique: true })
  code!: string;

  @Column({ type: 'text' })
  kind!: ConceptKind;

  @Column({ type: 'text' })
  scheme!: ConceptScheme;

  @Column({ name: 'isco_group', type: 'varchar', length: 4, nullable: true })
  iscoGroup!: string | null;

  @Column({ name: 'esco_code', type: 'text', nullable: true })
  escoCode!: string | null;

  @Column({ name: 'skill_type', type: 'text', nullable: true })
  skillType!: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  collections!: string[];

  /** Field of work for concepts the product curates (crafts, care, …); null for the rest. */
  @Column({ name: 'curated_field', type: 'text', nullable: true })
  curatedField!: string | null;

  @Column({ name: 'description_en', type: 'text', nullable: true })
  descriptionEn!: string | null;

  @Column({ name: 'description_de', type: 'text', nullable: true })
  descriptionDe!: string | null;

  @OneToMany(() => TaxonomyLabel, (label) => label.concept)
  labels!: Relation<TaxonomyLabel[]>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
