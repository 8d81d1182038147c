import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { Town } from '../../towns/town.entity';
import { Company } from '../../accounts/company.entity';

/** A place where a company works: a town of the list (with its coordinates) or entered coordinates. */
@Check('company_site_check', '((town_ags IS NOT NULL) OR (locality IS NOT NULL) OR coordinates_entered)')
@Check(
  'company_site_lat_check',
  "((lat >= ('-90'::integer)::double precision) AND (lat <= (90)::double precision))",
)
@Check(
  'company_site_lon_check',
  "((lon >= ('-180'::integer)::double precision) AND (lon <= (180)::double precision))",
)
@Index('company_site_company_idx', { synchronize: false })
@Index('company_site_town_idx', { synchronize: false })
@Entity({ name: 'company_site' })
export class CompanySite {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'company_id', type: 'uuid' })
  companyId!: string;

  @Column({ type: 'text', nullable: true })
  label!: string | null;

  @Column({ type: 'text', nullable: true })
  street!: string | null;

  @Column({ name: 'postal_code', type: 'varchar', length: 10, nullable: true })
  postalCode!: string | null;

  /** Name of the place when it is not in the towns list (or a district of a town). */
  @Column({ type: 'text', nullable: true })
  locality!: string | null;

  @Column({ name: 'town_ags', type: 'varchar', length: 8, nullable: true })
  townAgs!: string | null;

  @Column({ type: 'double precision' })
  lat!: number;

  @Column({ type: 'double precision' })
  lon!: number;

  /** False when lat/lon are the town's centre, copied from the towns list. */
  @Column({ name: 'coordinates_entered', type: 'boolean' })
  coordinatesEntered!: boolean;

  @Column({ name: 'is_main', type: 'boolean', default: false })
  isMain!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @ManyToOne(() => Company, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'company_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'company_site_company_id_fkey',
  })
  company?: Relation<Company>;

  @ManyToOne(() => Town, { onDelete: 'NO ACTION' })
  @JoinColumn({
    name: 'town_ags',
    referencedColumnName: 'ags',
    foreignKeyConstraintName: 'company_site_town_ags_fkey',
  })
  townAgsRef?: Relation<Town>;
}
