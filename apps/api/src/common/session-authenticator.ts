import { Injectable } from '@nestjs/common';
import passport from 'passport';
import type { AuthContext, AuthenticatedRequest } from './auth-context';
import { DomainError } from './domain-error';

/**
 * Runs passport's JWT strategy (bearer header or session cookie) for one request. A public route
 * treats a missing or dead session as anonymous; a protected route answers 401.
 */
@Injectable()
export class SessionAuthenticator {
  authenticate(request: AuthenticatedRequest, options: { required: boolean }): Promise<AuthContext | null> {
    return new Promise((resolve, reject) => {
      passport.authenticate('jwt', { session: false }, (error: unknown, user: AuthContext | false) => {
        if (error) return options.required ? reject(error) : resolve(null);
        if (!user) {
          return options.required ? reject(new DomainError('UNAUTHENTICATED', 'Please sign in.')) : resolve(null);
        }
        resolve(user);
      })(request, {}, () => undefined);
    });
  }
}
