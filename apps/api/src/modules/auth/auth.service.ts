import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DataSource, type EntityManager } from 'typeorm';
import { isUiLanguage, type UiLanguage } from '@passgenau/domain';
import type { AuthContext } from '../../common/auth-context';
import {
  ACCESS_TOKEN_SECONDS,
  AUTH_SETTINGS,
  SESSION_DAYS,
  type AuthSettings,
} from '../../common/auth-settings';
import { DomainError } from '../../common/domain-error';
import { MailService } from '../mail/mail.service';
import { AuthMessage } from './auth.errors';
import type { AccessTokenPayload } from './jwt.strategy';
import { PASSWORD_RESET_MAIL } from './mail-texts';
import { withTimeFloor } from './even-timing';
import { PasswordHasher } from './password-hasher';
import { passwordProblem } from './password-policy';
import {
  LOGIN_FAILURE_WINDOW_MINUTES,
  signInDelayMs,
  signInSource,
  SOURCE_FAILURE_LIMIT,
} from './sign-in-throttle';
import { hashToken, newToken, normaliseAccessCode, successorToken } from './tokens';

export interface IssuedSession {
  accessToken: string;
  refreshToken: string;
  sessionId: string;
  accountId: string;
}

const RESET_TOKEN_MINUTES = 60;
/** A new reset link voids the oldest beyond this many open ones. */
export const RESET_TOKENS_OPEN_PER_ACCOUNT = 3;
/** Reset requests answer no sooner than this, known e-mail or not. */
const RESET_REQUEST_FLOOR_MS = 120;
/** Matches no account: unknown e-mails run the same statements on no rows. */
const NO_ACCOUNT = '00000000-0000-0000-0000-000000000000';
const REFRESH_RACE_MS = 10_000;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function normaliseIdentifier(identifier: string): string {
  return identifier.trim().toLowerCase();
}

/** The one check every new password passes, answering 400 with the field named. */
export function assertPasswordAcceptable(password: string, field: string, email?: string | null): void {
  const problem = passwordProblem(password, { email });
  if (problem)
    throw new DomainError('AUTH_PASSWORD_REJECTED', `The password ${problem.text}.`, [
      {
        field,
        code: problem.code,
        message: `password ${problem.text}`,
        ...(problem.limit !== undefined ? { limit: problem.limit } : {}),
      },
    ]);
}

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    private readonly hasher: PasswordHasher,
    private readonly mail: MailService,
    @Inject(AUTH_SETTINGS) private readonly settings: AuthSettings,
  ) {}

  /** Opens a session: a short-lived access token and a refresh token that rotates on every use. */
  async issueSession(
    accountId: string,
    userAgent: string | undefined,
    manager?: EntityManager,
  ): Promise<IssuedSession> {
    const db = manager ?? this.dataSource.manager;
    const [account] = await db.query(`SELECT id, role FROM account WHERE id = $1`, [accountId]);
    const [session] = await db.query(
      `INSERT INTO auth_session (account_id, expires_at, user_agent)
       VALUES ($1, now() + make_interval(days => $2), $3) RETURNING id`,
      [accountId, SESSION_DAYS, userAgent?.slice(0, 300) ?? null],
    );
    const refreshToken = newToken();
    await db.query(
      `INSERT INTO refresh_token (session_id, token_hash, expires_at) VALUES ($1, $2, now() + make_interval(days => $3))`,
      [session.id, hashToken(refreshToken), SESSION_DAYS],
    );
    return {
      accessToken: this.accessToken(account.id, session.id, account.role),
      refreshToken,
      sessionId: session.id,
      accountId,
    };
  }

  private accessToken(accountId: string, sessionId: string, role: string): string {
    const payload: AccessTokenPayload = {
      sub: accountId,
      sid: sessionId,
      role: role as AccessTokenPayload['role'],
    };
    return this.jwt.sign(payload, {
      expiresIn: ACCESS_TOKEN_SECONDS,
      issuer: 'passgenau',
      algorithm: 'HS256',
    });
  }

  /**
   * Brute-force protection without a lockout for everyone: a source (client address) that failed
   * too often on this account is refused for the window; before that, and during a spread-out
   * attack from many sources, tries are answered more and more slowly. The account's owner signing
   * in from another place is never refused.
   */
  private async throttle(key: string, source: string): Promise<void> {
    const [row] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE source = $2)::int AS from_source, count(*)::int AS on_account
         FROM login_failure WHERE account_key = $1 AND at > now() - make_interval(mins => $3)`,
      [key, source, LOGIN_FAILURE_WINDOW_MINUTES],
    );
    if (row.from_source >= SOURCE_FAILURE_LIMIT)
      throw new DomainError('AUTH_TOO_MANY_FAILURES', AuthMessage.TOO_MANY_FAILURES);
    const delay = signInDelayMs(row.from_source, row.on_account);
    if (delay > 0) await sleep(delay);
  }

  private async recordFailure(key: string, source: string): Promise<void> {
    await this.dataSource.query(`INSERT INTO login_failure (account_key, source) VALUES ($1, $2)`, [
      key,
      source,
    ]);
    // Failures older than the window count no more; the account's own clean-up keeps the table small.
    await this.dataSource.query(
      `DELETE FROM login_failure WHERE account_key = $1 AND at < now() - make_interval(mins => $2)`,
      [key, LOGIN_FAILURE_WINDOW_MINUTES],
    );
  }

  /**
   * Signs in with e-mail (or a candidate's login name) and password. `clientIp` is the address
   * Express resolved (proxy headers only from TRUSTED_PROXIES). The answer never tells whether an
   * account exists.
   */
  async login(
    identifier: string,
    password: string,
    userAgent?: string,
    clientIp?: string,
  ): Promise<IssuedSession> {
    const key = normaliseIdentifier(identifier);
    const source = signInSource(clientIp);
    await this.throttle(key, source);
    const [account] = await this.dataSource.query(
      `SELECT id, password_hash, disabled_at FROM account WHERE email = $1 OR login_name = $1`,
      [key],
    );
    const ok = await this.hasher.verify(account?.password_hash ?? null, password);
    if (!ok || account.disabled_at) {
      await this.recordFailure(key, source);
      throw new DomainError('AUTH_BAD_CREDENTIALS', AuthMessage.BAD_CREDENTIALS);
    }
    await this.dataSource.query(`DELETE FROM login_failure WHERE account_key = $1 AND source = $2`, [
      key,
      source,
    ]);
    return this.issueSession(account.id, userAgent);
  }

  /** A candidate without e-mail signs in once with the printed access code and chooses a password. */
  async redeemAccessCode(
    loginName: string,
    code: string,
    newPassword: string,
    userAgent?: string,
    clientIp?: string,
  ): Promise<IssuedSession> {
    const key = normaliseIdentifier(loginName);
    const source = signInSource(clientIp);
    await this.throttle(key, source);
    const [account] = await this.dataSource.query(
      `SELECT id, access_code_hash, disabled_at FROM account
        WHERE login_name = $1 AND access_code_expires_at > now() AND disabled_at IS NULL`,
      [key],
    );
    const ok = await this.hasher.verify(account?.access_code_hash ?? null, normaliseAccessCode(code));
    if (!ok) {
      await this.recordFailure(key, source);
      throw new DomainError('AUTH_ACCESS_CODE_INVALID', AuthMessage.ACCESS_CODE_INVALID);
    }
    assertPasswordAcceptable(newPassword, 'newPassword');
    const hash = await this.hasher.hash(newPassword);
    return this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE account SET password_hash = $2, access_code_hash = NULL, access_code_expires_at = NULL, updated_at = now() WHERE id = $1`,
        [account.id, hash],
      );
      await manager.query(`DELETE FROM login_failure WHERE account_key = $1 AND source = $2`, [key, source]);
      return this.issueSession(account.id, userAgent, manager);
    });
  }

  /**
   * Rotates the refresh token. A token used twice means it was stolen: the whole session ends.
   * Within a few seconds of its first use (two tabs refreshing at once) the same token is answered
   * with the same successor, so the session keeps one chain of tokens.
   */
  async refresh(refreshToken: string): Promise<IssuedSession> {
    const outcome = await this.dataSource.transaction(
      async (manager): Promise<IssuedSession | { reusedIn: string } | null> => {
        const [row] = await manager.query(
          `SELECT t.id, t.used_at, t.expires_at > now() AS fresh, s.id AS session_id, s.revoked_at, s.expires_at > now() AS open,
                a.id AS account_id, a.role, a.disabled_at
           FROM refresh_token t JOIN auth_session s ON s.id = t.session_id JOIN account a ON a.id = s.account_id
          WHERE t.token_hash = $1 FOR UPDATE OF t`,
          [hashToken(refreshToken)],
        );
        if (!row) return null;
        const racing = row.used_at && Date.now() - new Date(row.used_at).getTime() < REFRESH_RACE_MS;
        if (row.used_at && !racing) return { reusedIn: row.session_id };
        if (!row.fresh || row.revoked_at || !row.open || row.disabled_at) return null;
        const next = successorToken(refreshToken, this.settings.jwtSecret);
        if (racing) {
          // The successor was issued moments ago: hand out that one again, if it is still alive.
          const [successor] = await manager.query(
            `SELECT id FROM refresh_token WHERE token_hash = $1 AND session_id = $2 AND expires_at > now()`,
            [hashToken(next), row.session_id],
          );
          if (!successor) return null;
        } else {
          await manager.query(`UPDATE refresh_token SET used_at = now() WHERE id = $1`, [row.id]);
          await manager.query(
            `INSERT INTO refresh_token (session_id, token_hash, expires_at) VALUES ($1, $2, now() + make_interval(days => $3))`,
            [row.session_id, hashToken(next), SESSION_DAYS],
          );
        }
        await manager.query(`UPDATE auth_session SET last_used_at = now() WHERE id = $1`, [row.session_id]);
        return {
          accessToken: this.accessToken(row.account_id, row.session_id, row.role),
          refreshToken: next,
          sessionId: row.session_id,
          accountId: row.account_id,
        };
      },
    );
    if (outcome && 'reusedIn' in outcome) {
      await this.dataSource.query(
        `UPDATE auth_session SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`,
        [outcome.reusedIn],
      );
    }
    if (!outcome || 'reusedIn' in outcome)
      throw new DomainError('UNAUTHENTICATED', AuthMessage.SESSION_ENDED);
    return outcome;
  }

  async logout(auth: AuthContext): Promise<void> {
    await this.dataSource.query(
      `UPDATE auth_session SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`,
      [auth.sessionId],
    );
  }

  async endAllSessions(accountId: string, manager?: EntityManager): Promise<void> {
    await (manager ?? this.dataSource.manager).query(
      `UPDATE auth_session SET revoked_at = now() WHERE account_id = $1 AND revoked_at IS NULL`,
      [accountId],
    );
  }

  /**
   * Always answers the same and in the same time, whether or not the e-mail belongs to an account:
   * both cases run the same statements in one transaction (for an unknown e-mail they touch no
   * row) and the answer waits for a common floor. An account keeps at most a few open links; a new
   * one voids the oldest.
   */
  async requestPasswordReset(email: string, language: UiLanguage): Promise<void> {
    await withTimeFloor(RESET_REQUEST_FLOOR_MS, async () => {
      const [account] = await this.dataSource.query(
        `SELECT id, email, preferred_language FROM account WHERE email = $1 AND disabled_at IS NULL`,
        [normaliseIdentifier(email)],
      );
      const token = newToken();
      const lang: UiLanguage = isUiLanguage(account?.preferred_language)
        ? account.preferred_language
        : language;
      const text = PASSWORD_RESET_MAIL[lang];
      const link = `${this.settings.publicUrl}/reset-password?token=${encodeURIComponent(token)}`;
      await this.dataSource.transaction(async (manager) => {
        // For an unknown e-mail the account id matches nothing: same statements, no rows.
        const accountId: string = account?.id ?? NO_ACCOUNT;
        await manager.query(
          `INSERT INTO password_reset (account_id, token_hash, expires_at)
           SELECT id, $2, now() + make_interval(mins => $3) FROM account WHERE id = $1`,
          [accountId, hashToken(token), RESET_TOKEN_MINUTES],
        );
        await manager.query(
          `UPDATE password_reset SET used_at = now()
            WHERE id IN (SELECT id FROM password_reset
                          WHERE account_id = $1 AND used_at IS NULL AND expires_at > now()
                          ORDER BY created_at DESC, id OFFSET $2)`,
          [accountId, RESET_TOKENS_OPEN_PER_ACCOUNT],
        );
        if (account)
          await this.mail.write({ to: account.email, subject: text.subject, body: text.body(link) }, manager);
      });
    });
  }

  /** Sets the new password, uses up the link and ends every open session of the account. */
  async confirmPasswordReset(token: string, newPassword: string): Promise<void> {
    const [reset] = await this.dataSource.query(
      `SELECT r.id, r.account_id, a.email FROM password_reset r JOIN account a ON a.id = r.account_id
        WHERE r.token_hash = $1 AND r.used_at IS NULL AND r.expires_at > now()`,
      [hashToken(token)],
    );
    if (!reset)
      throw new DomainError('AUTH_RESET_LINK_INVALID', AuthMessage.RESET_TOKEN_INVALID, [
        { code: 'LINK_INVALID', field: 'token', message: 'invalid, used or expired' },
      ]);
    assertPasswordAcceptable(newPassword, 'newPassword', reset.email);
    const hash = await this.hasher.hash(newPassword);
    await this.dataSource.transaction(async (manager) => {
      // TypeORM answers an UPDATE with [rows, affected count].
      const [, updated] = await manager.query(
        `UPDATE password_reset SET used_at = now() WHERE id = $1 AND used_at IS NULL`,
        [reset.id],
      );
      if (updated === 0)
        throw new DomainError('AUTH_RESET_LINK_INVALID', AuthMessage.RESET_TOKEN_INVALID, [
          { code: 'LINK_INVALID', field: 'token', message: 'already used' },
        ]);
      // One reset voids every other link of the account: an older mail must not reopen it.
      await manager.query(
        `UPDATE password_reset SET used_at = now() WHERE account_id = $1 AND used_at IS NULL`,
        [reset.account_id],
      );
      await manager.query(`UPDATE account SET password_hash = $2, updated_at = now() WHERE id = $1`, [
        reset.account_id,
        hash,
      ]);
      await manager.query(`DELETE FROM login_failure WHERE account_key = $1`, [reset.email]);
      await this.endAllSessions(reset.account_id, manager);
    });
  }
}
