import { CanActivate, ExecutionContext, Injectable, Logger, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError } from './domain-error';

export const ACCESS_KEY = 'passgenau:access';

export type Access = { kind: 'public' } | { kind: 'roles'; roles: string[] };

/** Anyone, signed in or not, may call the route. */
export const Public = () => SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies Access);

/**
 * One guard decides every route, deny by default: a route without an access declaration is
 * refused, so a forgotten decorator can never open data to everyone.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const access = this.reflector.getAllAndOverride<Access | undefined>(ACCESS_KEY, [context.getHandler(), context.getClass()]);
    if (access?.kind === 'public') return true;
    if (!access) {
      this.logger.error(`route ${context.getClass().name}.${context.getHandler().name} declares no access rule; refused`);
      throw new DomainError('FORBIDDEN', 'This action is not allowed.');
    }
    // Accounts and roles arrive with sign-in; until then a role-restricted route has no caller to admit.
    throw new DomainError('UNAUTHENTICATED', 'Please sign in.');
  }
}
