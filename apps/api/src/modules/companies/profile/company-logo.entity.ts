import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Company } from '../../accounts/company.entity';
import { Account } from '../../accounts/account.entity';

/** A company's logo, kept in PostgreSQL (≤ 1 MB) so that backups hold it with the rest. */
@Check('company_logo_byte_size_check', '((byte_size > 0) AND (byte_size <= 1048576))')
@Check(
  'company_logo_content_type_check',
  "(content_type = ANY (ARRAY['image/png'::text, 'image/jpeg'::text, 'image/webp'::text]))",
)
@Entity({ name: 'company_logo' })
export class CompanyLogo {
  @PrimaryColumn({ name: 'company_id', type: 'uuid' })
  companyId!: string;

  @Column({ name: 'content_type', type: 'text' })
  contentType!: 'image/png' | 'image/jpeg' | 'image/webp';

  @Column({ type: 'bytea' })
  data!: Buffer;

  @Column({ name: 'byte_size', type: 'integer' })
  byteSize!: number;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ name: 'uploaded_by', type: 'uuid', nullable: true })
  uploadedBy!: string | null;

  @Column({ name: 'uploaded_at', type: 'timestamptz', default: () => 'now()' })
  uploadedAt!: Date;

  @ManyToOne(() => Company, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'company_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'company_logo_company_id_fkey',
  })
  company?: Relation<Company>;

  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'uploaded_by',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'company_logo_uploaded_by_fkey',
  })
  uploadedByRef?: Relation<Account>;
}
