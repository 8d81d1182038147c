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

  /**
   * Confirmed registrations of an event: check-in code, kind, the candidate's reading language, and
   * the languages to print on the badge (what the registration says, else the profile's languages,
   * native first).
   */
  async eventRegistrations(eventId: string): Promise<
    Array<{ id: string; kind: string; code: string; language: UiLanguage; pseudonym: string | null; languages: string[] }>
  > {
    const rows: Array<{
      id: string;
      kind: string;
      code: string;
      preferred_language: string | null;
      pseudonym: string | null;
      languages: string[];
    }> = await this.dataSource.query(
      `SELECT r.id, r.kind, r.code, a.preferred_language, p.pseudonym,
              CASE WHEN cardinality(r.languages) > 0 THEN r.languages
                   ELSE ARRAY(SELECT l.language FROM profile_language l WHERE l.candidate_id = r.candidate_id
                               ORDER BY l.native DESC, l.overall DESC NULLS LAST, l.language) END AS languages
         FROM event_registration r
         LEFT JOIN candidate k ON k.id = r.candidate_id
         LEFT JOIN account a ON a.id = k.account_id
         LEFT JOIN candidate_profile p ON p.candidate_id = r.candidate_id
        WHERE r.event_id = $1 AND r.status = 'confirmed'
        ORDER BY r.kind, r.created_at, r.id`,
      [eventId],
    );
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      code: r.code,
      language: isUiLanguage(r.preferred_language) ? r.preferred_language : 'de',
      pseudonym: r.pseudonym,
      languages: r.languages,
    }));
  }

  /** Candidates in the event's schedule (those the bundle of plans and badges shows). */
  async eventCandidateIds(eventId: string): Promise<string[]> {
    const rows: Array<{ candidate_id: string }> = await this.dataSource.query(
      `SELECT DISTINCT r.candidate_id FROM event_meeting m JOIN event_registration r ON r.id = m.candidate_registration_id
        WHERE m.event_id = $1 AND r.candidate_id IS NOT NULL`,
      [eventId],
    );
    return rows.map((r) => r.candidate_id);
  }
}
