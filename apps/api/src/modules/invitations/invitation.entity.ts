import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Company } from '../accounts/company.entity';
import { Account } from '../accounts/account.entity';
import type { InvitationKind } from '@passgenau/domain';

@Check(
  'invitation_check',
  "((kind = 'candidate'::text) OR (company_id IS NOT NULL) OR (company_name IS NOT NULL))",
)
@Check('invitation_email_check', '(email = lower(email))')
@Check('invitation_kind_check', "(kind = ANY (ARRAY['employer'::text, 'candidate'::text]))")
@Entity({ name: 'invitation' })
export class Invitation {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'token_hash', type: 'text', unique: true, select: false })
  tokenHash!: string;

  @Column({ type: 'text' })
  kind!: InvitationKind;

  @Column({ type: 'text' })
  email!: string;

  /** An employer joins this company… */
  @Column({ name: 'company_id', type: 'uuid', nullable: true })
  companyId!: string | null;

  /** …or a new company of this name is created when the invitation is accepted. */
  @Column({ name: 'company_name', type: 'text', nullable: true })
  companyName!: string | null;

  @Column({ type: 'varchar', length: 8, default: 'de' })
  language!: string;

  @Column({ name: 'invited_by_account_id', type: 'uuid' })
  invitedByAccountId!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  @Column({ name: 'accepted_account_id', type: 'uuid', nullable: true })
  acceptedAccountId!: string | null;

  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'accepted_account_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'invitation_accepted_account_id_fkey',
  })
  acceptedAccount?: Relation<Account>;

  @ManyToOne(() => Company, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'company_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'invitation_company_id_fkey',
  })
  company?: Relation<Company>;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'invited_by_account_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'invitation_invited_by_account_id_fkey',
  })
  invitedByAccount?: Relation<Account>;
}
