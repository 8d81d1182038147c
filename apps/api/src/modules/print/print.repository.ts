import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isUiLanguage, type UiLanguage } from '@passgenau/domain';

/** The few reads of the printouts that no other feature answers. */
@Injectable()
export class PrintRepository {
  constructor(private readonly dataSource: DataSource) {}

  async preferredLanguage(accountId: string): Promise<UiLanguage> {
    const [row] = await this.dataSource.query(`SELECT preferred_language FROM account WHERE id = $1`, [accountId]);
    return isUiLanguage(row?.preferred_language) ? row.preferred_language : 'de';
  }

  /** The candidate's sign-in e-mail, for the full form only. */
  async candidateEmail(candidateId: string): Promise<string | null> {
    const [row] = await this.dataSource.query(
      `SELECT a.email FROM candidate c JOIN account a ON a.id = c.account_id WHERE c.id = $1`,
      [candidateId],
    );
    return row?.email ?? null;
  }

  /** The mentors the candidate has authorised now, longest first. */
  async activeMentors(candidateId: string): Promise<Array<{ name: string; since: Date }>> {
    const rows: Array<{ display_name: string; granted_at: Date }> = await this.dataSource.query(
      `SELECT a.display_name, m.granted_at FROM mentorship m JOIN account a ON a.id = m.mentor_account_id
        WHERE m.candidate_id = $1 AND m.withdrawn_at IS NULL ORDER BY m.granted_at, a.display_name`,
      [candidateId],
    );
    return rows.map((r) => ({ name: r.display_name, since: r.granted_at }));
  }
}
