import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { INVITERS, type UiLanguage } from '@passgenau/domain';
import type { AuthContext } from '../../common/auth-context';
import { AUTH_SETTINGS, type AuthSettings } from '../../common/auth-settings';
import { DomainError } from '../../common/domain-error';
import { AccountsService } from '../auth/accounts.service';
import { AuthService, type IssuedSession } from '../auth/auth.service';
import { INVITATION_MAIL } from '../auth/mail-texts';
import { hashToken, newToken } from '../auth/tokens';
import { MailService } from '../mail/mail.service';
import type {
  AcceptInvitationDto,
  CreatedInvitationResponse,
  CreateInvitationDto,
  InvitationPreviewResponse,
  InvitationResponse,
} from './dto/invitation.dto';

const INVITATION_DAYS = 14;

export const InvitationsMessage = {
  NOT_ALLOWED: 'Your role may not invite this kind of account.',
  COMPANY_CHOICE: 'Give either an existing company or the name of a new one.',
  COMPANY_NOT_FOUND: 'No such company.',
  EMAIL_TAKEN: 'An account with this e-mail already exists.',
  INVALID: 'This invitation link is invalid, already used or expired.',
} as const;

function toResponse(row: Record<string, unknown>): InvitationResponse {
  return {
    id: row['id'] as string,
    kind: row['kind'] as InvitationResponse['kind'],
    email: row['email'] as string,
    companyName: (row['company_name'] ?? row['existing_company_name'] ?? null) as string | null,
    expiresAt: (row['expires_at'] as Date).toISOString(),
    usedAt: row['used_at'] ? (row['used_at'] as Date).toISOString() : null,
  };
}

@Injectable()
export class InvitationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: AccountsService,
    private readonly auth: AuthService,
    private readonly mail: MailService,
    @Inject(AUTH_SETTINGS) private readonly settings: AuthSettings,
  ) {}

  async create(auth: AuthContext, dto: CreateInvitationDto): Promise<CreatedInvitationResponse> {
    if (!INVITERS[dto.kind].includes(auth.role))
      throw new DomainError('INVITATION_NOT_ALLOWED', InvitationsMessage.NOT_ALLOWED);
    const email = dto.email.trim().toLowerCase();
    if (dto.kind === 'employer' && Boolean(dto.companyId) === Boolean(dto.companyName)) {
      throw new DomainError('INVITATION_COMPANY_CHOICE', InvitationsMessage.COMPANY_CHOICE, [
        { code: 'CONFLICTING', field: 'companyId', message: 'give companyId or companyName' },
        { code: 'CONFLICTING', field: 'companyName', message: 'give companyId or companyName' },
      ]);
    }
    if (dto.kind === 'candidate' && (dto.companyId || dto.companyName)) {
      throw new DomainError('VALIDATION_FAILED', 'A candidate invitation has no company.', [
        {
          code: 'NOT_ALLOWED',
          field: dto.companyId ? 'companyId' : 'companyName',
          message: 'not allowed for candidates',
        },
      ]);
    }
    const token = newToken();
    const id = await this.dataSource.transaction(async (manager) => {
      if (dto.companyId) {
        const [company] = await manager.query(`SELECT 1 FROM company WHERE id = $1`, [dto.companyId]);
        if (!company)
          throw new DomainError('NOT_FOUND', InvitationsMessage.COMPANY_NOT_FOUND, [
            { code: 'NOT_FOUND', field: 'companyId', message: 'no such company' },
          ]);
      }
      const [taken] = await manager.query(`SELECT 1 FROM account WHERE email = $1`, [email]);
      if (taken)
        throw new DomainError('ACCOUNT_EMAIL_TAKEN', InvitationsMessage.EMAIL_TAKEN, [
          { code: 'TAKEN', field: 'email', message: 'already registered' },
        ]);
      const [row] = await manager.query(
        `INSERT INTO invitation (token_hash, kind, email, company_id, company_name, language, invited_by_account_id, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, now() + make_interval(days => $8)) RETURNING id`,
        [
          hashToken(token),
          dto.kind,
          email,
          dto.companyId ?? null,
          dto.companyName?.trim() ?? null,
          dto.language,
          auth.accountId,
          INVITATION_DAYS,
        ],
      );
      const text = INVITATION_MAIL[dto.language];
      await this.mail.write(
        { to: email, subject: text.subject, body: text.body(this.acceptUrl(token)) },
        manager,
      );
      return row.id as string;
    });
    const [row] = await this.dataSource.query(
      `SELECT i.*, c.name AS existing_company_name FROM invitation i LEFT JOIN company c ON c.id = i.company_id WHERE i.id = $1`,
      [id],
    );
    return { ...toResponse(row), acceptUrl: this.acceptUrl(token) };
  }

  private acceptUrl(token: string): string {
    return `${this.settings.publicUrl}/invitations/${encodeURIComponent(token)}`;
  }

  async mine(auth: AuthContext): Promise<InvitationResponse[]> {
    const rows = await this.dataSource.query(
      `SELECT i.*, c.name AS existing_company_name FROM invitation i LEFT JOIN company c ON c.id = i.company_id
        WHERE i.invited_by_account_id = $1 ORDER BY i.created_at DESC LIMIT 200`,
      [auth.accountId],
    );
    return rows.map(toResponse);
  }

  async preview(token: string): Promise<InvitationPreviewResponse> {
    const [row] = await this.dataSource.query(
      `SELECT i.kind, i.email, i.expires_at, i.language, coalesce(i.company_name, c.name) AS company_name, a.display_name AS invited_by
         FROM invitation i JOIN account a ON a.id = i.invited_by_account_id LEFT JOIN company c ON c.id = i.company_id
        WHERE i.token_hash = $1 AND i.used_at IS NULL AND i.expires_at > now()`,
      [hashToken(token)],
    );
    if (!row) throw new DomainError('INVITATION_INVALID', InvitationsMessage.INVALID);
    return {
      kind: row.kind,
      email: row.email,
      companyName: row.company_name,
      invitedBy: row.invited_by,
      expiresAt: row.expires_at.toISOString(),
      language: row.language,
    };
  }

  /**
   * Creates the invited account in one transaction: an employer joins the company (the first
   * member of a new company becomes its manager); a candidate invited by a mentor authorises that
   * mentor. The link works once.
   */
  async accept(token: string, dto: AcceptInvitationDto, userAgent?: string): Promise<IssuedSession> {
    return this.dataSource.transaction(async (manager) => {
      const [invitation] = await manager.query(
        `SELECT i.*, a.role AS inviter_role FROM invitation i JOIN account a ON a.id = i.invited_by_account_id
          WHERE i.token_hash = $1 AND i.used_at IS NULL AND i.expires_at > now() FOR UPDATE OF i`,
        [hashToken(token)],
      );
      if (!invitation) throw new DomainError('INVITATION_INVALID', InvitationsMessage.INVALID);
      const language = (dto.language ?? invitation.language) as UiLanguage;
      const displayName = `${dto.givenName.trim()} ${dto.familyName.trim()}`;
      let accountId: string;
      if (invitation.kind === 'employer') {
        let companyId: string = invitation.company_id;
        let companyRole: 'manager' | 'member' = 'member';
        if (!companyId) {
          const [company] = await manager.query(`INSERT INTO company (name) VALUES ($1) RETURNING id`, [
            invitation.company_name,
          ]);
          companyId = company.id;
          companyRole = 'manager';
        }
        accountId = await this.accounts.create(
          {
            email: invitation.email,
            password: dto.password,
            role: 'employer',
            displayName,
            language,
            companyId,
            companyRole,
          },
          manager,
        );
      } else {
        accountId = await this.accounts.create(
          { email: invitation.email, password: dto.password, role: 'candidate', displayName, language },
          manager,
        );
        const candidateId = await this.accounts.createCandidateRecord(
          accountId,
          dto,
          invitation.invited_by_account_id,
          manager,
        );
        if (invitation.inviter_role === 'mentor') {
          await manager.query(
            `INSERT INTO mentorship (candidate_id, mentor_account_id, granted_by_account_id) VALUES ($1, $2, $3)`,
            [candidateId, invitation.invited_by_account_id, accountId],
          );
        }
      }
      await manager.query(`UPDATE invitation SET used_at = now(), accepted_account_id = $2 WHERE id = $1`, [
        invitation.id,
        accountId,
      ]);
      return this.auth.issueSession(accountId, userAgent, manager);
    });
  }
}
