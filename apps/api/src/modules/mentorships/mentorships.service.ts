import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthContext } from '../../common/auth-context';
import { DomainError } from '../../common/domain-error';
import type { MentorshipItem } from './dto/mentorship.dto';

export const MentorshipsMessage = {
  NO_SUCH_MENTOR: 'There is no mentor with this e-mail.',
  ALREADY_AUTHORISED: 'This mentor is already authorised.',
  NOT_FOUND: 'No such authorisation.',
  CANDIDATES_ONLY: 'Only the candidate decides who may act for them.',
} as const;

/** The candidate decides which mentors may act for them (integration plan 1.6). */
@Injectable()
export class MentorshipsService {
  constructor(private readonly dataSource: DataSource) {}

  private ownCandidate(auth: AuthContext): string {
    if (!auth.candidateId)
      throw new DomainError('MENTORSHIP_CANDIDATES_ONLY', MentorshipsMessage.CANDIDATES_ONLY);
    return auth.candidateId;
  }

  async list(auth: AuthContext): Promise<MentorshipItem[]> {
    const candidateId = this.ownCandidate(auth);
    const rows = await this.dataSource.query(
      `SELECT m.id, m.mentor_account_id, a.display_name, a.email, m.granted_at, m.withdrawn_at,
              m.granted_by_account_id = m.mentor_account_id AS granted_by_mentor
         FROM mentorship m JOIN account a ON a.id = m.mentor_account_id
        WHERE m.candidate_id = $1 ORDER BY m.withdrawn_at IS NOT NULL, m.granted_at DESC`,
      [candidateId],
    );
    return rows.map((r: Record<string, unknown>) => ({
      id: r['id'] as string,
      mentorAccountId: r['mentor_account_id'] as string,
      mentorName: r['display_name'] as string,
      mentorEmail: r['email'] as string | null,
      grantedAt: (r['granted_at'] as Date).toISOString(),
      grantedWhenMentorCreatedAccount: r['granted_by_mentor'] as boolean,
      withdrawnAt: r['withdrawn_at'] ? (r['withdrawn_at'] as Date).toISOString() : null,
      active: r['withdrawn_at'] === null,
    }));
  }

  async authorise(auth: AuthContext, mentorEmail: string): Promise<MentorshipItem> {
    const candidateId = this.ownCandidate(auth);
    const [mentor] = await this.dataSource.query(
      `SELECT id FROM account WHERE email = $1 AND role = 'mentor' AND disabled_at IS NULL`,
      [mentorEmail.trim().toLowerCase()],
    );
    if (!mentor)
      throw new DomainError('MENTOR_NOT_FOUND', MentorshipsMessage.NO_SUCH_MENTOR, [
        { code: 'NOT_FOUND', field: 'mentorEmail', message: 'no mentor with this e-mail' },
      ]);
    const [existing] = await this.dataSource.query(
      `SELECT 1 FROM mentorship WHERE candidate_id = $1 AND mentor_account_id = $2 AND withdrawn_at IS NULL`,
      [candidateId, mentor.id],
    );
    if (existing)
      throw new DomainError('MENTOR_ALREADY_AUTHORISED', MentorshipsMessage.ALREADY_AUTHORISED, [
        { code: 'DUPLICATE', field: 'mentorEmail', message: 'already authorised' },
      ]);
    const [row] = await this.dataSource.query(
      `INSERT INTO mentorship (candidate_id, mentor_account_id, granted_by_account_id) VALUES ($1, $2, $3) RETURNING id`,
      [candidateId, mentor.id, auth.accountId],
    );
    return (await this.list(auth)).find((m) => m.id === row.id)!;
  }

  /** Takes effect at once: the mentor's next request no longer reaches the candidate. */
  async withdraw(auth: AuthContext, mentorshipId: string): Promise<void> {
    const candidateId = this.ownCandidate(auth);
    const [, updated] = await this.dataSource.query(
      `UPDATE mentorship SET withdrawn_at = now(), withdrawn_by_account_id = $3
        WHERE id = $1 AND candidate_id = $2 AND withdrawn_at IS NULL`,
      [mentorshipId, candidateId, auth.accountId],
    );
    if (updated === 0) throw new DomainError('NOT_FOUND', MentorshipsMessage.NOT_FOUND);
  }
}
