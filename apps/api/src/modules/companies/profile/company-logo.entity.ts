import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A company's logo, kept in PostgreSQL (≤ 1 MB) so that backups hold it with the rest. */
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
}
