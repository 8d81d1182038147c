import type { SessionAccount, SessionResponse } from '../types/session';

let sequence = 0;

export function createAccount(overrides: Partial<SessionAccount> = {}): SessionAccount {
  sequence += 1;
  return {
    accountId: `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`,
    role: 'employer',
    displayName: 'Petra Brenner',
    email: `person${sequence}@example.org`,
    loginName: null,
    preferredLanguage: 'de',
    companyId: null,
    companyRole: null,
    companyName: null,
    candidateId: null,
    ...overrides,
  };
}

export function createSession(account: SessionAccount, csrfToken = 'csrf-from-session'): SessionResponse {
  return { accessToken: 'access-token', csrfToken, account };
}

/** Makes the app believe it signed in before (the hint that makes it ask GET /api/auth/me at start). */
export function rememberSession(): void {
  window.localStorage.setItem('passgenau.session', '1');
}
