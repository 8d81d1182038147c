import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

export interface PendingCompanyRow {
  id: string;
  name: string;
  town: string | null;
  contact_name: string | null;
  contact_email: string | null;
  created_at: Date;
}

@Injectable()
export class VerificationRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Self-signed-up firms waiting for their check, oldest first. */
  pending(): Promise<PendingCompanyRow[]> {
    return this.dataSource.query(
      `SELECT co.id, co.name, co.created_at,
              (SELECT coalesce(t.name, s.locality) FROM company_site s LEFT JOIN town t ON t.ags = s.town_ags
                WHERE s.company_id = co.id ORDER BY s.is_main DESC, s.created_at LIMIT 1) AS town,
              m.display_name AS contact_name, m.email AS contact_email
         FROM company co
         LEFT JOIN LATERAL (SELECT a.display_name, a.email FROM account a
                             WHERE a.company_id = co.id AND a.company_role = 'manager'
                             ORDER BY a.created_at LIMIT 1) m ON true
        WHERE co.verification_status = 'pending'
        ORDER BY co.created_at, co.id
        LIMIT 500`,
    );
  }

  /** Sets the result of the check; null when the firm does not exist or is no longer pending. */
  async decide(
    companyId: string,
    status: 'verified' | 'rejected',
    byAccountId: string,
    manager: EntityManager,
  ): Promise<boolean> {
    // Through a CTE, so the driver answers with the rows (an UPDATE alone answers [rows, count]).
    const rows: unknown[] = await manager.query(
      `WITH changed AS (
         UPDATE company SET verification_status = $2, verified_at = now(), verified_by = $3, updated_at = now()
          WHERE id = $1 AND verification_status = 'pending' RETURNING id)
       SELECT id FROM changed`,
      [companyId, status, byAccountId],
    );
    return rows.length > 0;
  }

  async exists(companyId: string): Promise<boolean> {
    return (await this.dataSource.query(`SELECT 1 FROM company WHERE id = $1`, [companyId])).length > 0;
  }

  managers(
    companyId: string,
    manager: EntityManager,
  ): Promise<Array<{ email: string; preferred_language: string }>> {
    return manager.query(
      `SELECT email, preferred_language FROM account
        WHERE company_id = $1 AND company_role = 'manager' AND email IS NOT NULL AND disabled_at IS NULL
        ORDER BY created_at`,
      [companyId],
    );
  }
}
