import type { Role, UiLanguage } from '@passgenau/domain';

/** GET /api/auth/me: the signed-in account. */
export interface SessionAccount {
  accountId: string;
  role: Role;
  displayName: string;
  email: string | null;
  loginName: string | null;
  preferredLanguage: UiLanguage;
  companyId: string | null;
  companyRole: 'manager' | 'member' | null;
  companyName: string | null;
  /** The own candidate record; candidates only. */
  candidateId: string | null;
}

/** What sign-in, sign-up, access-code sign-in, invitation acceptance and refresh answer. */
export interface SessionResponse {
  /** For API clients; the browser app uses the httpOnly cookies instead. */
  accessToken: string;
  /** Sent as X-CSRF-Token with every cookie-authenticated write. */
  csrfToken: string;
  account: SessionAccount;
}
