import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { isUiLanguage, type UiLanguage } from '@passgenau/domain';
import { AUTH_SETTINGS, type AuthSettings } from '../../common/auth-settings';
import { DomainError } from '../../common/domain-error';
import { AccountsService } from './accounts.service';
import { MailService } from '../mail/mail.service';
import { AuthMessage } from './auth.errors';
import {
  assertPasswordAcceptable,
  AuthService,
  normaliseIdentifier,
  type IssuedSession,
} from './auth.service';
import { EMPLOYER_SIGNUP_MAIL } from './employer-mail-texts';
import { withTimeFloor } from './even-timing';
import { SIGNUP_CONFIRM_MAIL, SIGNUP_EXISTING_MAIL } from './mail-texts';
import { PasswordHasher } from './password-hasher';
import { hashToken, newToken } from './tokens';

const SIGNUP_LINK_HOURS = 24;
/** A new sign-up for the same e-mail voids the oldest beyond this many open links. */
export const SIGNUP_LINKS_OPEN_PER_EMAIL = 3;
/** Sign-up requests answer no sooner than this, known e-mail or not (hashing the password dominates). */
const SIGNUP_REQUEST_FLOOR_MS = 200;

export interface SignupInput {
  email: string;
  password: string;
  givenName: string;
  familyName: string;
  language: UiLanguage;
}

/** A firm signs up: its name and town, and the contact person who becomes its manager. */
export interface EmployerSignupInput extends SignupInput {
  companyName: string;
  townAgs: string;
}

/**
 * A candidate signs up alone in two steps: the request mails a link, opening the link creates the
 * account and signs in. The request answers alike for new and known e-mails, in response and
 * time; a known address gets a note ("you already have an account") instead of a link.
 */
@Injectable()
export class SignupService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: AccountsService,
    private readonly auth: AuthService,
    private readonly hasher: PasswordHasher,
    private readonly mail: MailService,
    @Inject(AUTH_SETTINGS) private readonly settings: AuthSettings,
  ) {}

  request(input: SignupInput): Promise<void> {
    return this.requestLink(input, null);
  }

  /**
   * A firm signs up alone, with the same link and the same answer for known and unknown e-mails.
   * The town is checked first: a rule about the input, not about accounts.
   */
  async requestEmployer(input: EmployerSignupInput): Promise<void> {
    const [town] = await this.dataSource.query(`SELECT 1 FROM town WHERE ags = $1`, [input.townAgs]);
    if (!town)
      throw new DomainError('VALIDATION_FAILED', AuthMessage.UNKNOWN_TOWN, [
        { code: 'UNKNOWN_TOWN', field: 'townAgs', message: 'unknown town' },
      ]);
    return this.requestLink(input, { companyName: input.companyName.trim(), townAgs: input.townAgs });
  }

  private async requestLink(
    input: SignupInput,
    employer: { companyName: string; townAgs: string } | null,
  ): Promise<void> {
    const email = normaliseIdentifier(input.email);
    // Only rules about the input itself, never about existing accounts, may refuse here.
    assertPasswordAcceptable(input.password, 'password', email);
    await withTimeFloor(SIGNUP_REQUEST_FLOOR_MS, async () => {
      const passwordHash = await this.hasher.hash(input.password);
      const token = newToken();
      await this.dataSource.transaction(async (manager) => {
        await manager.query(
          `DELETE FROM signup_request WHERE expires_at < now() - interval '1 day' OR used_at < now() - interval '1 day'`,
        );
        // For a known e-mail the insert and the voiding run on no rows.
        const inserted: { id: string }[] = await manager.query(
          `INSERT INTO signup_request (email, password_hash, given_name, family_name, preferred_language, token_hash, expires_at, kind, company_name, town_ags)
           SELECT $1, $2, $3, $4, $5, $6, now() + make_interval(hours => $7), $8, $9, $10
            WHERE NOT EXISTS (SELECT 1 FROM account WHERE email = $1)
           RETURNING id`,
          [
            email,
            passwordHash,
            input.givenName.trim(),
            input.familyName.trim(),
            input.language,
            hashToken(token),
            SIGNUP_LINK_HOURS,
            employer ? 'employer' : 'candidate',
            employer?.companyName ?? null,
            employer?.townAgs ?? null,
          ],
        );
        await manager.query(
          `UPDATE signup_request SET used_at = now()
            WHERE id IN (SELECT id FROM signup_request
                          WHERE email = $1 AND used_at IS NULL AND expires_at > now()
                          ORDER BY created_at DESC, id OFFSET $2)`,
          [email, SIGNUP_LINKS_OPEN_PER_EMAIL],
        );
        const [known]: { preferred_language: string }[] = inserted.length
          ? []
          : await manager.query(`SELECT preferred_language FROM account WHERE email = $1`, [email]);
        const ownerLanguage = isUiLanguage(known?.preferred_language)
          ? known.preferred_language
          : input.language;
        const text = inserted.length
          ? (employer ? EMPLOYER_SIGNUP_MAIL : SIGNUP_CONFIRM_MAIL)[input.language]
          : SIGNUP_EXISTING_MAIL[ownerLanguage];
        const link = inserted.length
          ? `${this.settings.publicUrl}/sign-up?token=${encodeURIComponent(token)}`
          : `${this.settings.publicUrl}/reset-password`;
        await this.mail.write({ to: email, subject: text.subject, body: text.body(link) }, manager);
      });
    });
  }

  /** The firm of an employer sign-up, waiting for its check, with its town as the main site. */
  private async createPendingCompany(
    pending: { company_name: string; town_ags: string | null },
    manager: EntityManager,
  ): Promise<string> {
    const [company] = await manager.query(
      `INSERT INTO company (name, verification_status) VALUES ($1, 'pending') RETURNING id`,
      [pending.company_name],
    );
    if (pending.town_ags)
      await manager.query(
        `INSERT INTO company_site (company_id, town_ags, locality, lat, lon, coordinates_entered, is_main)
         SELECT $1, t.ags, t.name, t.lat, t.lon, false, true FROM town t WHERE t.ags = $2`,
        [company.id, pending.town_ags],
      );
    return company.id;
  }

  /**
   * Opens the mailed link: creates the candidate account with its candidate record, or the firm
   * (waiting for its check) with its manager account, and signs in.
   */
  async confirm(token: string, userAgent: string | undefined): Promise<IssuedSession> {
    return this.dataSource.transaction(async (manager) => {
      const [pending] = await manager.query(
        `SELECT id, email, password_hash, given_name, family_name, preferred_language, kind, company_name, town_ags FROM signup_request
          WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now() FOR UPDATE`,
        [hashToken(token)],
      );
      if (!pending)
        throw new DomainError('AUTH_SIGNUP_LINK_INVALID', AuthMessage.SIGNUP_LINK_INVALID, [
          { code: 'LINK_INVALID', field: 'token', message: 'invalid, used or expired' },
        ]);
      // Two links of one address opened at once: the second waits here and then finds the account.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('signup:' || $1))`, [pending.email]);
      await manager.query(`UPDATE signup_request SET used_at = now() WHERE email = $1 AND used_at IS NULL`, [
        pending.email,
      ]);
      const [taken] = await manager.query(`SELECT 1 FROM account WHERE email = $1`, [pending.email]);
      // Someone (an invitation, another link) created the account meanwhile: this link is spent.
      if (taken)
        throw new DomainError('AUTH_SIGNUP_LINK_INVALID', AuthMessage.SIGNUP_LINK_INVALID, [
          {
            code: 'LINK_INVALID',
            field: 'token',
            message: 'the e-mail has an account by now; sign in instead',
          },
        ]);
      const employer = pending.kind === 'employer';
      const companyId = employer ? await this.createPendingCompany(pending, manager) : null;
      const accountId = await this.accounts.create(
        {
          email: pending.email,
          password: null,
          role: employer ? 'employer' : 'candidate',
          displayName: `${pending.given_name} ${pending.family_name}`,
          language: pending.preferred_language,
          ...(companyId ? { companyId, companyRole: 'manager' as const } : {}),
        },
        manager,
      );
      await manager.query(`UPDATE account SET password_hash = $2 WHERE id = $1`, [
        accountId,
        pending.password_hash,
      ]);
      if (employer) return this.auth.issueSession(accountId, userAgent, manager);
      await this.accounts.createCandidateRecord(
        accountId,
        { givenName: pending.given_name, familyName: pending.family_name },
        accountId,
        manager,
      );
      return this.auth.issueSession(accountId, userAgent, manager);
    });
  }
}
