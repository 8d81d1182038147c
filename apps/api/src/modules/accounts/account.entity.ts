import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Role } from '@passgenau/domain';

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

  @Column({ name: 'preferred_language', type: 'varchar', length: 8 })
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
}
