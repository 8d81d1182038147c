import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isUiLanguage, type UiLanguage } from '@passgenau/domain';
import type { AuthContext, RequestMeta } from '../../common/auth-context';
import { AUTH_SETTINGS, type AuthSettings } from '../../common/auth-settings';
import { AccountsService } from '../auth/accounts.service';
import { AccessLogService } from '../audit/access-log.service';
import { PasswordHasher } from '../auth/password-hasher';
import { newAccessCode, newLoginName } from '../auth/tokens';
import { CandidateAccessPolicy } from './candidate-access.service';
import type {
  CandidateLookupItem,
  CandidatePersonalResponse,
  CreatedCandidateResponse,
  CreateCandidateDto,
  MentorCandidateItem,
} from './dto/candidate.dto';

const ACCESS_CODE_DAYS = 30;

@Injectable()
export class CandidatesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CandidateAccessPolicy,
    private readonly accessLog: AccessLogService,
    private readonly accounts: AccountsService,
    private readonly hasher: PasswordHasher,
    @Inject(AUTH_SETTINGS) private readonly settings: AuthSettings,
  ) {}

  async get(auth: AuthContext, candidateId: string, meta: RequestMeta): Promise<CandidatePersonalResponse> {
    await this.access.assertCanRead(auth, candidateId);
    const [row] = await this.dataSource.query(
      `SELECT c.id, c.given_name, c.family_name, c.created_at, a.email, a.login_name, a.preferred_language,
              EXISTS (SELECT 1 FROM consent_record r WHERE r.candidate_id = c.id AND r.withdrawn_at IS NULL) AS consent
         FROM candidate c JOIN account a ON a.id = c.account_id WHERE c.id = $1`,
      [candidateId],
    );
    await this.accessLog.record(auth, [candidateId], 'read_candidate', meta);
    return {
      id: row.id,
      givenName: row.given_name,
      familyName: row.family_name,
      email: row.email,
      loginName: row.login_name,
      preferredLanguage: row.preferred_language,
      searchableConsent: row.consent,
      createdAt: row.created_at.toISOString(),
    };
  }

  /** The candidates who authorised this mentor. Listing their names is a read of personal data. */
  async listForMentor(auth: AuthContext, meta: RequestMeta): Promise<MentorCandidateItem[]> {
    const rows = await this.dataSource.query(
      `SELECT c.id, c.given_name, c.family_name, m.granted_at,
              EXISTS (SELECT 1 FROM consent_record r WHERE r.candidate_id = c.id AND r.withdrawn_at IS NULL) AS consent
         FROM mentorship m JOIN candidate c ON c.id = m.candidate_id
        WHERE m.mentor_account_id = $1 AND m.withdrawn_at IS NULL
        ORDER BY c.family_name, c.given_name`,
      [auth.accountId],
    );
    // The mentor's list opens often: one counted entry per candidate and day, not one per load.
    await this.accessLog.recordAppearances(
      auth,
      rows.map((r: { id: string }) => r.id),
      'list_mentor_candidates',
      meta,
    );
    return rows.map((r: Record<string, unknown>) => ({
      id: r['id'] as string,
      givenName: r['given_name'] as string,
      familyName: r['family_name'] as string,
      authorisedSince: (r['granted_at'] as Date).toISOString(),
      searchableConsent: r['consent'] as boolean,
    }));
  }

  /**
   * Candidates whose given or family name contains `q`: IBA staff and admins search everyone,
   * mentors only the candidates who authorised them. Every person shown is logged as a read.
   */
  async lookup(auth: AuthContext, q: string, meta: RequestMeta): Promise<CandidateLookupItem[]> {
    const pattern = `%${q
      .trim()
      .toLowerCase()
      .replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const onlyMine = auth.role === 'mentor';
    const rows: Array<Record<string, string | null>> = await this.dataSource.query(
      `SELECT c.id, c.given_name, c.family_name, p.pseudonym, a.login_name, a.email
         FROM candidate c
         JOIN account a ON a.id = c.account_id
         LEFT JOIN candidate_profile p ON p.candidate_id = c.id
        WHERE (lower(c.given_name || ' ' || c.family_name) LIKE $1
               OR lower(c.family_name || ' ' || c.given_name) LIKE $1)
          AND (NOT $2::boolean OR EXISTS (
                SELECT 1 FROM mentorship m
                 WHERE m.candidate_id = c.id AND m.mentor_account_id = $3 AND m.withdrawn_at IS NULL))
        ORDER BY lower(c.family_name), lower(c.given_name), c.id
        LIMIT 50`,
      [pattern, onlyMine, auth.accountId],
    );
    await this.accessLog.record(
      auth,
      rows.map((r) => r['id'] as string),
      'lookup_candidates',
      meta,
    );
    return rows.map((r) => ({
      id: r['id'] as string,
      givenName: r['given_name'] as string,
      familyName: r['family_name'] as string,
      pseudonym: r['pseudonym'] ?? null,
      loginName: r['login_name'] ?? null,
      email: r['email'] ?? null,
    }));
  }

  /**
   * A mentor creates an account for a candidate without e-mail. The candidate gets a login name and
   * a one-time access code to print; the mentor is authorised from the start (the candidate can
   * withdraw that at any time).
   */
  async createByMentor(auth: AuthContext, dto: CreateCandidateDto): Promise<CreatedCandidateResponse> {
    const code = newAccessCode();
    const codeHash = await this.hasher.hash(code);
    const language: UiLanguage = isUiLanguage(dto.language) ? dto.language : 'de';
    return this.dataSource.transaction(async (manager) => {
      let loginName = newLoginName();
      while ((await manager.query(`SELECT 1 FROM account WHERE login_name = $1`, [loginName])).length > 0)
        loginName = newLoginName();
      const accountId = await this.accounts.create(
        {
          email: null,
          loginName,
          password: null,
          role: 'candidate',
          displayName: `${dto.givenName.trim()} ${dto.familyName.trim()}`,
          language,
        },
        manager,
      );
      await manager.query(
        `UPDATE account SET access_code_hash = $2, access_code_expires_at = now() + make_interval(days => $3) WHERE id = $1`,
        [accountId, codeHash, ACCESS_CODE_DAYS],
      );
      const candidateId = await this.accounts.createCandidateRecord(accountId, dto, auth.accountId, manager);
      await manager.query(
        `INSERT INTO mentorship (candidate_id, mentor_account_id, granted_by_account_id) VALUES ($1, $2, $2)`,
        [candidateId, auth.accountId],
      );
      const [{ expires }] = await manager.query(
        `SELECT access_code_expires_at AS expires FROM account WHERE id = $1`,
        [accountId],
      );
      return {
        candidateId,
        loginName,
        accessCode: `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`,
        accessCodeExpiresAt: expires.toISOString(),
        // The same PUBLIC_URL as the links in e-mails (invitations, sign-up, reset).
        signInUrl: `${this.settings.publicUrl}/access-code`,
      };
    });
  }
}
