import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A place where a company works: a town of the list (with its coordinates) or entered coordinates. */
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
}
