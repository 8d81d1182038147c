import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthContext, RequestMeta } from '../../common/auth-context';
import { AccessLogService } from '../audit/access-log.service';
import { CandidateAccessPolicy } from '../candidates/candidate-access.service';
import { ProfileLoader } from './profile.loader';

/**
 * Data-protection rights of a candidate: a machine-readable copy of everything (GDPR Art. 15/20)
 * and erasure (Art. 17). Only the candidate, or an admin on their request, may use them.
 */
@Injectable()
export class GdprService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly loader: ProfileLoader,
    private readonly accessLog: AccessLogService,
    private readonly access: CandidateAccessPolicy,
  ) {}

  async export(auth: AuthContext, candidateId: string, meta: RequestMeta): Promise<Record<string, unknown>> {
    await this.access.assertCanExerciseRights(auth, candidateId);
    const q = (sql: string) => this.dataSource.query(sql, [candidateId]);
    const [account] = await q(
      `SELECT a.id, a.email, a.login_name, a.role, a.display_name, a.preferred_language, a.created_at
         FROM account a JOIN candidate c ON c.account_id = a.id WHERE c.id = $1`,
    );
    const profile = this.loader.toFull(await this.loader.load(candidateId));
    const data = {
      format: 'passgenau-candidate-export-v1',
      exportedAt: new Date().toISOString(),
      account,
      profile,
      mentorships: await q(
        `SELECT m.id, a.display_name AS mentor, m.granted_at, m.withdrawn_at FROM mentorship m
           JOIN account a ON a.id = m.mentor_account_id WHERE m.candidate_id = $1 ORDER BY m.granted_at`,
      ),
      consents: await q(
        `SELECT purpose, text_version, granted_at, granted_on_behalf, withdrawn_at, withdrawn_on_behalf FROM consent_record WHERE candidate_id = $1 ORDER BY granted_at`,
      ),
      accessLog: await q(
        `SELECT at, actor_role, actor_name, action, route FROM access_log WHERE candidate_id = $1 ORDER BY at`,
      ),
      sessions: await q(
        `SELECT s.created_at, s.last_used_at, s.revoked_at, s.user_agent FROM auth_session s
           JOIN candidate c ON c.account_id = s.account_id WHERE c.id = $1 ORDER BY s.created_at`,
      ),
    };
    await this.accessLog.record(auth, [candidateId], 'export_candidate', meta);
    return data;
  }

  /**
   * Removes the candidate and everything about them in one transaction. The access log keeps that
   * a read happened, with the candidate's id and any id in the route replaced.
   * TODO(#6): also delete the candidate's documents from the matching index once profiles are indexed.
   */
  async erase(auth: AuthContext, candidateId: string): Promise<void> {
    await this.access.assertCanExerciseRights(auth, candidateId);
    await this.dataSource.transaction((manager) => this.eraseWithin(manager, candidateId));
  }

  /** The erasure itself, inside the caller's transaction (also used when merging duplicates). */
  async eraseWithin(manager: EntityManager, candidateId: string): Promise<void> {
    {
      const [account] = await manager.query(
        `SELECT a.id, a.email, a.login_name FROM account a JOIN candidate c ON c.account_id = a.id WHERE c.id = $1 FOR UPDATE`,
        [candidateId],
      );
      await manager.query(`SET LOCAL passgenau.erasure = 'on'`);
      await manager.query(
        `UPDATE access_log SET candidate_id = NULL, route = replace(route, $2, '[erased]'), request_id = NULL WHERE candidate_id = $1`,
        [candidateId, String(candidateId)],
      );
      await manager.query(
        `UPDATE access_log SET actor_account_id = NULL, actor_name = NULL WHERE actor_account_id = $1`,
        [account.id],
      );
      // Daily counts of list appearances say nothing once the person is gone.
      await manager.query(`DELETE FROM access_log_appearance WHERE candidate_id = $1`, [candidateId]);
      await manager.query(`DELETE FROM duplicate_decision WHERE candidate_a = $1 OR candidate_b = $1`, [
        candidateId,
      ]);
      const keys = [account.email, account.login_name].filter(Boolean);
      await manager.query(`DELETE FROM login_failure WHERE account_key = ANY($1)`, [keys]);
      if (account.email) {
        await manager.query(`DELETE FROM mail_outbox WHERE recipient = $1`, [account.email]);
        await manager.query(`DELETE FROM invitation WHERE email = $1`, [account.email]);
      }
      // Cascades to candidate, profile, languages, competences, evidence, texts, mentorships, consent, sessions.
      await manager.query(`DELETE FROM account WHERE id = $1`, [account.id]);
    }
  }
}
