export interface AuthSettings {
  jwtSecret: string;
  /** Cookies only over HTTPS (production). */
  secureCookies: boolean;
  publicUrl: string;
  /** Sign-in, sign-up and reset requests allowed per minute and IP address. */
  authRequestsPerMinute: number;
}

export const AUTH_SETTINGS = Symbol('AUTH_SETTINGS');

export const ACCESS_COOKIE = 'pg_access';
export const REFRESH_COOKIE = 'pg_refresh';
export const CSRF_COOKIE = 'pg_csrf';
export const CSRF_HEADER = 'x-csrf-token';

export const ACCESS_TOKEN_SECONDS = 15 * 60;
export const SESSION_DAYS = 30;
