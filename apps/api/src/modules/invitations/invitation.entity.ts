import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { InvitationKind } from '@passgenau/domain';

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

  @Column({ type: 'varchar', length: 8 })
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
}
