import { Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import {
  ACCESS_COOKIE,
  AUTH_SETTINGS,
  REFRESH_COOKIE,
  SESSION_DAYS,
  type AuthSettings,
} from '../../common/auth-settings';
import { CsrfTokens } from '../../common/csrf';
import { AccountsService } from './accounts.service';
import type { IssuedSession } from './auth.service';
import type { SessionResponse } from './dto/auth.dto';

/** Hands a new session to the browser (httpOnly, SameSite cookies) and to API clients (bearer token). */
@Injectable()
export class SessionResponder {
  constructor(
    private readonly accounts: AccountsService,
    private readonly csrf: CsrfTokens,
    @Inject(AUTH_SETTINGS) private readonly settings: AuthSettings,
  ) {}

  async respond(session: IssuedSession, request: Request, response: Response): Promise<SessionResponse> {
    const maxAge = SESSION_DAYS * 24 * 3600 * 1000;
    const base = { httpOnly: true, sameSite: 'strict' as const, secure: this.settings.secureCookies, maxAge };
    response.cookie(ACCESS_COOKIE, session.accessToken, { ...base, path: '/api' });
    response.cookie(REFRESH_COOKIE, session.refreshToken, { ...base, path: '/api/auth' });
    const csrfToken = this.csrf.issue(request, response, session.accessToken);
    return {
      accessToken: session.accessToken,
      csrfToken,
      account: await this.accounts.me(session.accountId),
    };
  }

  clear(response: Response): void {
    response.clearCookie(ACCESS_COOKIE, { path: '/api' });
    response.clearCookie(REFRESH_COOKIE, { path: '/api/auth' });
    this.csrf.clear(response);
  }
}
