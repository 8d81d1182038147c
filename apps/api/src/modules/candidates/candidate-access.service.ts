import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthContext } from '../../common/auth-context';
import { DomainError } from '../../common/domain-error';
import { CandidatesMessage } from './candidates.errors';

/**
 * Who may read or act for a candidate. The candidate; mentors the candidate authorised; IBA staff
 * and admins read. Anyone else gets the same 404 as for an id that does not exist.
 */
@Injectable()
export class CandidateAccess {
  constructor(private readonly dataSource: DataSource) {}

  async assert(
    auth: AuthContext,
    candidateId: string,
    intent: 'read' | 'act',
    manager?: EntityManager,
  ): Promise<void> {
    if (!(await this.allows(auth, candidateId, intent, manager))) {
      throw new DomainError('NOT_FOUND', CandidatesMessage.CANDIDATE_NOT_FOUND);
    }
  }

  async allows(
    auth: AuthContext,
    candidateId: string,
    intent: 'read' | 'act',
    manager?: EntityManager,
  ): Promise<boolean> {
    const db = manager ?? this.dataSource.manager;
    switch (auth.role) {
      case 'candidate':
        return auth.candidateId === candidateId;
      case 'mentor': {
        const [row] = await db.query(
          `SELECT 1 FROM mentorship WHERE candidate_id = $1 AND mentor_account_id = $2 AND withdrawn_at IS NULL`,
          [candidateId, auth.accountId],
        );
        return Boolean(row);
      }
      case 'iba_staff':
      case 'admin': {
        if (intent !== 'read') return false;
        const [row] = await db.query(`SELECT 1 FROM candidate WHERE id = $1`, [candidateId]);
        return Boolean(row);
      }
      default:
        return false;
    }
  }
}
