// The session cookies are httpOnly, so the page cannot see whether it has a session. This hint, set on
// sign-in and cleared on sign-out, spares visitors who never signed in a 401 from GET /api/auth/me
// (and the sign-in rate limit a request); without storage the app simply asks the server.
const SESSION_HINT_KEY = 'passgenau.session';

export function hasSessionHint(): boolean {
  try {
    return window.localStorage.getItem(SESSION_HINT_KEY) === '1';
  } catch {
    return true;
  }
}

export function setSessionHint(signedIn: boolean): void {
  try {
    if (signedIn) window.localStorage.setItem(SESSION_HINT_KEY, '1');
    else window.localStorage.removeItem(SESSION_HINT_KEY);
  } catch {
    // Storage can be blocked (private mode); the app then asks the server on every start.
  }
}
