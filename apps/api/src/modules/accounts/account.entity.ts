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
import { Company } from './company.entity';
import type { Role } from '@passgenau/domain';

@Check('account_check', '((email IS NOT NULL) OR (login_name IS NOT NULL))')
@Check(
  'account_check1',
  "((role = 'employer'::text) = ((company_id IS NOT NULL) AND (company_role IS NOT NULL)))",
)
@Check('account_company_role_check', "(company_role = ANY (ARRAY['manager'::text, 'member'::text]))")
@Check('account_email_check', '(email = lower(email))')
@Check('account_login_name_check', '(login_name = lower(login_name))')
@Check(
  'account_role_check',
  "(role = ANY (ARRAY['candidate'::text, 'mentor'::text, 'employer'::text, 'iba_staff'::text, 'coordinator'::text, 'admin'::text]))",
)
@Index('account_company_idx', { synchronize: false })
@Entity({ name: 'account' })
export class Account {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Lower-case; null for candidates without e-mail, who sign in with a login name. */
  @Column({ type: 'text', nullable: true, unique: true })
  email!: string | null;

  @Column({ name: 'login_name', type: 'text', nullable: true, unique: true })
  loginName!: string | null;

  @Column({ name: 'password_hash', type: 'text', nullable: true, select: false })
  passwordHash!: string | null;

  @Column({ name: 'access_code_hash', type: 'text', nullable: true, select: false })
  accessCodeHash!: string | null;

  @Column({ name: 'access_code_expires_at', type: 'timestamptz', nullable: true })
  accessCodeExpiresAt!: Date | null;

  @Column({ type: 'text' })
  role!: Role;

  @Column({ name: 'display_name', type: 'text' })
  displayName!: string;

  @Column({ name: 'preferred_language', type: 'varchar', length: 8, default: 'de' })
  preferredLanguage!: string;

  @Column({ name: 'company_id', type: 'uuid', nullable: true })
  companyId!: string | null;

  @Column({ name: 'company_role', type: 'text', nullable: true })
  companyRole!: 'manager' | 'member' | null;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo!: boolean;

  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @ManyToOne(() => Company, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'company_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'account_company_id_fkey',
  })
  company?: Relation<Company>;
}
