import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { RECONFIRM_AFTER_DAYS, RECONFIRM_GRACE_DAYS } from '@passgenau/domain';
import type { AuthContext } from '../../common/auth-context';
import { DomainError } from '../../common/domain-error';
import { CandidatesMessage } from './candidates.errors';

/**
 * What someone wants to do with a candidate's personal data:
 * - read: see it (the candidate; mentors the candidate authorised; IBA staff and admins);
 * - edit: change it (the candidate, or an authorised mentor on their behalf);
 * - rights: export or erase it (GDPR Art. 15/17/20: the candidate, or an admin on request);
 * - assess: attach an assessment result (IBA staff and admins).
 */
export type CandidateIntent = 'read' | 'edit' | 'rights' | 'assess';

/** Days after the last confirmation until employers no longer see a profile (reminder + grace). */
export const VISIBLE_FOR_DAYS = RECONFIRM_AFTER_DAYS + RECONFIRM_GRACE_DAYS;

/**
 * The one SQL condition for "employers may see this profile now" (published, with consent to a
 * searchable profile, confirmed recently enough), on the candidate_profile row under `alias`.
 */
export function visibleToEmployersSql(alias = 'p'): string {
  return `${alias}.status = 'published'
  AND EXISTS (SELECT 1 FROM consent_record r WHERE r.candidate_id = ${alias}.candidate_id AND r.purpose = 'searchable_profile' AND r.withdrawn_at IS NULL)
  AND ${alias}.confirmed_at > now() - make_interval(days => ${Number(VISIBLE_FOR_DAYS)})`;
}

/**
 * The one place that decides access to a candidate. Every route that reads or changes a
 * candidate's personal data asks it first. Anyone not allowed gets the same 404 as for an id that
 * does not exist, so ids cannot be probed.
 */
@Injectable()
export class CandidateAccessPolicy {
  constructor(private readonly dataSource: DataSource) {}

  assertCanRead(auth: AuthContext, candidateId: string, manager?: EntityManager): Promise<void> {
    return this.assertCan(auth, candidateId, 'read', manager);
  }

  assertCanEdit(auth: AuthContext, candidateId: string, manager?: EntityManager): Promise<void> {
    return this.assertCan(auth, candidateId, 'edit', manager);
  }

  /** Export and erasure: the candidate's own rights, which an admin exercises on request. */
  assertCanExerciseRights(auth: AuthContext, candidateId: string, manager?: EntityManager): Promise<void> {
    return this.assertCan(auth, candidateId, 'rights', manager);
  }

  assertCanAssess(auth: AuthContext, candidateId: string, manager?: EntityManager): Promise<void> {
    return this.assertCan(auth, candidateId, 'assess', manager);
  }

  async assertCan(
    auth: AuthContext,
    candidateId: string,
    intent: CandidateIntent,
    manager?: EntityManager,
  ): Promise<void> {
    if (!(await this.can(auth, candidateId, intent, manager))) {
      throw new DomainError('NOT_FOUND', CandidatesMessage.CANDIDATE_NOT_FOUND);
    }
  }

  async can(
    auth: AuthContext,
    candidateId: string,
    intent: CandidateIntent,
    manager?: EntityManager,
  ): Promise<boolean> {
    const db = manager ?? this.dataSource.manager;
    const exists = async () =>
      (await db.query(`SELECT 1 FROM candidate WHERE id = $1`, [candidateId])).length > 0;
    const self = auth.role === 'candidate' && auth.candidateId === candidateId;
    switch (intent) {
      case 'read':
      case 'edit':
        if (self) return true;
        if (auth.role === 'mentor') return this.isAuthorisedMentor(auth.accountId, candidateId, db);
        if (intent === 'read' && (auth.role === 'iba_staff' || auth.role === 'admin')) return exists();
        return false;
      case 'rights':
        if (self) return true;
        return auth.role === 'admin' && exists();
      case 'assess':
        return (auth.role === 'iba_staff' || auth.role === 'admin') && exists();
    }
  }

  /**
   * Searching and browsing candidates (the pseudonymous list, one pseudonymous profile, who marked
   * interest in an offer): an employer's firm must have been checked by IBA staff or a coordinator.
   * Staff roles pass; the route's role rule decides who else gets here.
   */
  async assertCanSearch(auth: AuthContext, manager?: EntityManager): Promise<void> {
    if (auth.role !== 'employer') return;
    // Read with the session at the start of this request, unless a transaction asks for its own view.
    const status =
      auth.companyVerification !== undefined && !manager
        ? auth.companyVerification
        : (
            await (manager ?? this.dataSource.manager).query(
              `SELECT verification_status FROM company WHERE id = $1`,
              [auth.companyId],
            )
          )[0]?.verification_status;
    if (status !== 'verified')
      throw new DomainError('COMPANY_NOT_VERIFIED', CandidatesMessage.COMPANY_NOT_VERIFIED, [
        status === 'rejected'
          ? { code: 'CHECK_REFUSED', field: 'company', message: 'check refused' }
          : { code: 'AWAITING_CHECK', field: 'company', message: 'check pending' },
      ]);
  }

  private async isAuthorisedMentor(mentorAccountId: string, candidateId: string, db: EntityManager) {
    const rows: unknown[] = await db.query(
      `SELECT 1 FROM mentorship WHERE candidate_id = $1 AND mentor_account_id = $2 AND withdrawn_at IS NULL`,
      [candidateId, mentorAccountId],
    );
    return rows.length > 0;
  }

  /** @deprecated use assertCanRead / assertCanEdit ('act' is 'edit'). */
  assert(
    auth: AuthContext,
    candidateId: string,
    intent: 'read' | 'act',
    manager?: EntityManager,
  ): Promise<void> {
    return this.assertCan(auth, candidateId, intent === 'act' ? 'edit' : 'read', manager);
  }

  /** @deprecated use can(). */
  allows(
    auth: AuthContext,
    candidateId: string,
    intent: 'read' | 'act',
    manager?: EntityManager,
  ): Promise<boolean> {
    return this.can(auth, candidateId, intent === 'act' ? 'edit' : 'read', manager);
  }
}

/** The former name, kept so existing callers (consent, job board) resolve the same provider. */
export { CandidateAccessPolicy as CandidateAccess };
