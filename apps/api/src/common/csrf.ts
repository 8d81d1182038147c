import { Inject, Injectable } from '@nestjs/common';
import { createHmac } from 'node:crypto';
import { doubleCsrf, type DoubleCsrfUtilities } from 'csrf-csrf';
import type { NextFunction, Request, Response } from 'express';
import {
  ACCESS_COOKIE,
  AUTH_SETTINGS,
  CSRF_COOKIE,
  CSRF_HEADER,
  REFRESH_COOKIE,
  type AuthSettings,
} from './auth-settings';

type CookieRequest = Request & { cookies?: Record<string, string> };

/** The session a CSRF token is bound to: the `sid` claim of the access token (read, not trusted). */
function sessionIdOf(accessToken: string | undefined): string {
  if (!accessToken) return '';
  try {
    const payload = JSON.parse(
      Buffer.from(accessToken.split('.')[1] ?? '', 'base64url').toString('utf8'),
    ) as { sid?: unknown };
    return typeof payload.sid === 'string' ? payload.sid : '';
  } catch {
    return '';
  }
}

/**
 * Double-submit CSRF protection (csrf-csrf) for writes that a browser authenticates with the session
 * cookie. Requests with a bearer token, and requests without session cookies, carry no ambient
 * authority and need no token.
 */
@Injectable()
export class CsrfTokens {
  private readonly utilities: DoubleCsrfUtilities;

  constructor(@Inject(AUTH_SETTINGS) settings: AuthSettings) {
    this.utilities = doubleCsrf({
      getSecret: () => createHmac('sha256', settings.jwtSecret).update('csrf').digest('hex'),
      getSessionIdentifier: (request) => sessionIdOf((request as CookieRequest).cookies?.[ACCESS_COOKIE]),
      cookieName: CSRF_COOKIE,
      cookieOptions: { sameSite: 'strict', secure: settings.secureCookies, httpOnly: true, path: '/' },
      getCsrfTokenFromRequest: (request) => request.headers[CSRF_HEADER],
    });
  }

  /** A token for the current session, or for `accessToken`'s session when one was just opened. */
  issue(request: Request, response: Response, accessToken?: string): string {
    const cookieRequest = request as CookieRequest;
    if (accessToken)
      cookieRequest.cookies = { ...(cookieRequest.cookies ?? {}), [ACCESS_COOKIE]: accessToken };
    return this.utilities.generateCsrfToken(request, response, { overwrite: true });
  }

  clear(response: Response): void {
    response.clearCookie(CSRF_COOKIE, { path: '/' });
  }

  middleware() {
    const protect = this.utilities.doubleCsrfProtection;
    return (request: Request, response: Response, next: NextFunction) => {
      if (['GET', 'HEAD', 'OPTIONS'].includes(request.method)) return next();
      if (request.headers.authorization?.startsWith('Bearer ')) return next();
      const cookies = (request as CookieRequest).cookies ?? {};
      if (!cookies[ACCESS_COOKIE] && !cookies[REFRESH_COOKIE]) return next();
      return protect(request, response, next);
    };
  }
}
