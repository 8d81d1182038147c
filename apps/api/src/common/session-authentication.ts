import type { AuthContext, AuthenticatedRequest } from './auth-context';

/**
 * What the access guard needs from the auth feature: who is calling. An abstract class so it can be
 * the injection token; the auth module provides it (its SessionAuthenticator), so `common` does not
 * import a feature folder.
 */
export abstract class SessionAuthentication {
  /**
   * The caller's session, or null for an anonymous caller. With `required`, a missing or dead session
   * is refused (401, or 503 when the session store cannot be reached).
   */
  abstract authenticate(
    request: AuthenticatedRequest,
    options: { required: boolean },
  ): Promise<AuthContext | null>;
}
