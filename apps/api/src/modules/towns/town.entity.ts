import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A municipality of a district, keyed by its official municipality key (AGS). */
@Entity({ name: 'town' })
export class Town {
  @PrimaryColumn({ type: 'varchar', length: 8 })
  ags!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  district!: string;

  @Column({ type: 'text' })
  state!: string;

  @Column({ type: 'double precision' })
  lat!: number;

  @Column({ type: 'double precision' })
  lon!: number;

  @Column({ type: 'integer', nullable: true })
  population!: number | null;

  @Column({ name: 'postal_codes', type: 'text', array: true })
  postalCodes!: string[];
}
