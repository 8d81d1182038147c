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
import { Account } from '../accounts/account.entity';

/** The person behind a candidate account: personal data that only the candidate, authorised mentors and staff see. */
@Check('candidate_birth_year_check', '((birth_year >= 1900) AND (birth_year <= 2100))')
@Index('candidate_duplicate_name_idx', { synchronize: false })
@Index('candidate_phone_idx', { synchronize: false })
@Entity({ name: 'candidate' })
export class Candidate {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'account_id', type: 'uuid', unique: true })
  accountId!: string;

  @Column({ name: 'given_name', type: 'text' })
  givenName!: string;

  @Column({ name: 'family_name', type: 'text' })
  familyName!: string;

  @Column({ name: 'created_by_account_id', type: 'uuid', nullable: true })
  createdByAccountId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'account_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'candidate_account_id_fkey',
  })
  account?: Relation<Account>;

  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'created_by_account_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'candidate_created_by_account_id_fkey',
  })
  createdByAccount?: Relation<Account>;

  @Column({ name: 'birth_year', type: 'smallint', nullable: true })
  birthYear!: number | null;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;
}
