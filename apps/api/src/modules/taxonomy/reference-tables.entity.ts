import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { TaxonomyConcept } from './taxonomy-concept.entity';

@Index('occupation_skill_skill_idx', { synchronize: false })
@Entity({ name: 'occupation_skill' })
export class OccupationSkill {
  @PrimaryColumn({ name: 'occupation_code', type: 'text' })
  occupationCode!: string;

  @PrimaryColumn({ name: 'skill_code', type: 'text' })
  skillCode!: string;

  @Column({ type: 'boolean' })
  essential!: boolean;

  @ManyToOne(() => TaxonomyConcept, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'occupation_code',
    referencedColumnName: 'code',
    foreignKeyConstraintName: 'occupation_skill_occupation_code_fkey',
  })
  occupationCodeRef?: Relation<TaxonomyConcept>;

  @ManyToOne(() => TaxonomyConcept, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'skill_code',
    referencedColumnName: 'code',
    foreignKeyConstraintName: 'occupation_skill_skill_code_fkey',
  })
  skillCodeRef?: Relation<TaxonomyConcept>;
}

@Entity({ name: 'isco_group' })
export class IscoGroup {
  @PrimaryColumn({ type: 'varchar', length: 4 })
  code!: string;

  @Column({ type: 'smallint' })
  level!: number;

  @Column({ name: 'parent_code', type: 'varchar', length: 4, nullable: true })
  parentCode!: string | null;

  @Column({ name: 'label_en', type: 'text' })
  labelEn!: string;

  @Column({ name: 'label_de', type: 'text' })
  labelDe!: string;
}

/** Klassifikation der Berufe 2010 (revised 2020) of the Bundesagentur für Arbeit. */
@Entity({ name: 'kldb_occupation' })
export class KldbOccupation {
  @PrimaryColumn({ type: 'varchar', length: 5 })
  code!: string;

  @Column({ type: 'smallint' })
  level!: number;

  @Column({ name: 'parent_code', type: 'varchar', length: 5, nullable: true })
  parentCode!: string | null;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'short_title', type: 'text' })
  shortTitle!: string;
}

@Entity({ name: 'kldb_isco_mapping' })
export class KldbIscoMapping {
  @PrimaryColumn({ name: 'kldb_code', type: 'varchar', length: 5 })
  kldbCode!: string;

  @PrimaryColumn({ name: 'isco_code', type: 'varchar', length: 4 })
  iscoCode!: string;

  @Column({ type: 'smallint' })
  rank!: number;

  @Column({ type: 'boolean' })
  recommended!: boolean;

  @ManyToOne(() => KldbOccupation, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'kldb_code',
    referencedColumnName: 'code',
    foreignKeyConstraintName: 'kldb_isco_mapping_kldb_code_fkey',
  })
  kldbCodeRef?: Relation<KldbOccupation>;
}

/** Which version of the shipped reference files the database holds. */
@Entity({ name: 'reference_data_import' })
export class ReferenceDataImport {
  @PrimaryColumn({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  checksum!: string;

  @Column({ name: 'imported_at', type: 'timestamptz' })
  importedAt!: Date;
}
