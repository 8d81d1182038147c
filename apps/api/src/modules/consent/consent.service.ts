import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SEARCHABLE_PROFILE_CONSENT } from '@passgenau/domain';
import type { AuthContext, RequestMeta } from '../../common/auth-context';
import { DomainError } from '../../common/domain-error';
import { AccessLogService } from '../audit/access-log.service';
import { CandidateAccess } from '../candidates/candidate-access.service';
import type { ConsentRecordResponse, ConsentStatusResponse } from './dto/consent.dto';

export const ConsentMessage = {
  OUTDATED_TEXT: 'This consent text is not the current one; please read the current text.',
  ALREADY_GIVEN: 'Consent is already given.',
  NONE_ACTIVE: 'There is no consent to withdraw.',
} as const;

@Injectable()
export class ConsentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CandidateAccess,
    private readonly accessLog: AccessLogService,
  ) {}

  /** Whether employers may see the candidate at all; checked on every employer-facing read. */
  async isSearchable(candidateId: string): Promise<boolean> {
    const [row] = await this.dataSource.query(
      `SELECT 1 FROM consent_record WHERE candidate_id = $1 AND purpose = 'searchable_profile' AND withdrawn_at IS NULL`,
      [candidateId],
    );
    return Boolean(row);
  }

  async status(auth: AuthContext, candidateId: string, meta: RequestMeta): Promise<ConsentStatusResponse> {
    await this.access.assert(auth, candidateId, 'read');
    const rows = await this.dataSource.query(
      `SELECT r.*, a.display_name AS granted_by_name FROM consent_record r
         LEFT JOIN account a ON a.id = r.granted_by_account_id
        WHERE r.candidate_id = $1 ORDER BY r.granted_at DESC`,
      [candidateId],
    );
    await this.accessLog.record(auth, [candidateId], 'read_consent', meta);
    const history: ConsentRecordResponse[] = rows.map((r: Record<string, unknown>) => ({
      id: r['id'] as string,
      textVersion: r['text_version'] as string,
      grantedAt: (r['granted_at'] as Date).toISOString(),
      grantedBy: r['granted_by_name'] as string | null,
      grantedOnBehalf: r['granted_on_behalf'] as boolean,
      withdrawnAt: r['withdrawn_at'] ? (r['withdrawn_at'] as Date).toISOString() : null,
      withdrawnOnBehalf: r['withdrawn_on_behalf'] as boolean | null,
    }));
    const active = history.find((h) => h.withdrawnAt === null) ?? null;
    return {
      searchable: active !== null,
      currentTextVersion: SEARCHABLE_PROFILE_CONSENT.version,
      active,
      history,
    };
  }

  /** The candidate, or an authorised mentor on their behalf (recorded as such), gives consent. */
  async grant(
    auth: AuthContext,
    candidateId: string,
    textVersion: string,
    meta: RequestMeta,
  ): Promise<ConsentStatusResponse> {
    await this.access.assert(auth, candidateId, 'act');
    if (textVersion !== SEARCHABLE_PROFILE_CONSENT.version) {
      throw new DomainError('CONSENT_TEXT_OUTDATED', ConsentMessage.OUTDATED_TEXT, [
        { code: 'OUTDATED', field: 'textVersion', message: 'not the current version' },
      ]);
    }
    const onBehalf = auth.candidateId !== candidateId;
    await this.dataSource.transaction(async (manager) => {
      const [active] = await manager.query(
        `SELECT 1 FROM consent_record WHERE candidate_id = $1 AND purpose = 'searchable_profile' AND withdrawn_at IS NULL FOR UPDATE`,
        [candidateId],
      );
      if (active) throw new DomainError('CONSENT_ALREADY_GIVEN', ConsentMessage.ALREADY_GIVEN);
      await manager.query(
        `INSERT INTO consent_record (candidate_id, purpose, text_version, granted_by_account_id, granted_on_behalf)
         VALUES ($1, 'searchable_profile', $2, $3, $4)`,
        [candidateId, textVersion, auth.accountId, onBehalf],
      );
    });
    return this.status(auth, candidateId, meta);
  }

  /**
   * Withdrawal takes effect at once: every employer-facing read checks `isSearchable`.
   * TODO(#4): remove the candidate's documents from the search index when profiles are indexed.
   */
  async withdraw(auth: AuthContext, candidateId: string, meta: RequestMeta): Promise<ConsentStatusResponse> {
    await this.access.assert(auth, candidateId, 'act');
    const [, updated] = await this.dataSource.query(
      `UPDATE consent_record SET withdrawn_at = now(), withdrawn_by_account_id = $2, withdrawn_on_behalf = $3
        WHERE candidate_id = $1 AND purpose = 'searchable_profile' AND withdrawn_at IS NULL`,
      [candidateId, auth.accountId, auth.candidateId !== candidateId],
    );
    if (updated === 0) throw new DomainError('CONSENT_NOT_GIVEN', ConsentMessage.NONE_ACTIVE);
    return this.status(auth, candidateId, meta);
  }
}
