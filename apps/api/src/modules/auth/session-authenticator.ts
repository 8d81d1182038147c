import { Injectable } from '@nestjs/common';
import type { AuthContext, AuthenticatedRequest } from '../../common/auth-context';
import { DomainError } from '../../common/domain-error';
import type { SessionAuthentication } from '../../common/session-authentication';
import { databaseUnavailable, isDatabaseUnavailable } from '../../common/outage';
import { JwtStrategy } from './jwt.strategy';

interface StrategyRun {
  success(user: AuthContext): void;
  fail(): void;
  error(error: unknown): void;
  pass(): void;
  redirect(): void;
  authenticate(request: AuthenticatedRequest, options: object): void;
}

/**
 * Runs this application's passport JWT strategy (bearer header or session cookie) for one request,
 * the way passport's middleware does, but on the injected instance rather than passport's global
 * registry. A public route treats a missing or dead session as anonymous; a protected one answers 401.
 * When the session cannot be looked up because PostgreSQL is unreachable, nobody is signed out: a
 * protected route answers 503 SERVICE_UNAVAILABLE, a public one runs for an anonymous caller.
 */
@Injectable()
export class SessionAuthenticator implements SessionAuthentication {
  constructor(private readonly strategy: JwtStrategy) {}

  authenticate(request: AuthenticatedRequest, options: { required: boolean }): Promise<AuthContext | null> {
    return new Promise((resolve, reject) => {
      const refuse = (error: unknown) =>
        options.required
          ? reject(
              error instanceof DomainError ? error : new DomainError('UNAUTHENTICATED', 'Please sign in.'),
            )
          : resolve(null);
      const run = Object.create(this.strategy) as StrategyRun;
      run.success = (user) => resolve(user);
      run.fail = () => refuse(null);
      run.error = (error) => {
        if (!isDatabaseUnavailable(error)) return refuse(error);
        if (options.required) reject(databaseUnavailable());
        else resolve(null);
      };
      run.pass = () => resolve(null);
      run.redirect = () => refuse(null);
      run.authenticate(request, {});
    });
  }
}
