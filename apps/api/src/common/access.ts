import {
  applyDecorators,
  CanActivate,
  ExecutionContext,
  Injectable,
  Logger,
  SetMetadata,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiBearerAuth, ApiCookieAuth, ApiExtension } from '@nestjs/swagger';
import type { Role } from '@passgenau/domain';
import type { AuthenticatedRequest } from './auth-context';
import { DomainError } from './domain-error';
import { SessionAuthentication } from './session-authentication';

export const ACCESS_KEY = 'passgenau:access';

export type Access = { kind: 'public' } | { kind: 'roles'; roles: Role[] };

/** Every route states who may call it; the OpenAPI document carries it as `x-passgenau-access`. */
function access(rule: Access) {
  const decorators = [SetMetadata(ACCESS_KEY, rule), ApiExtension('x-passgenau-access', rule)];
  if (rule.kind === 'roles') decorators.push(ApiBearerAuth(), ApiCookieAuth());
  return applyDecorators(...decorators);
}

/** Anyone, signed in or not, may call the route. */
export const Public = () => access({ kind: 'public' });

/** Only signed-in callers with one of these roles may call the route. */
export const Roles = (...roles: Role[]) => access({ kind: 'roles', roles });

/**
 * One guard decides every route, deny by default: a route without an access declaration is
 * refused, so a forgotten decorator can never open data to everyone.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionAuthentication,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<Access | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (!rule) {
      this.logger.error(
        `route ${context.getClass().name}.${context.getHandler().name} declares no access rule; refused`,
      );
      throw new DomainError('FORBIDDEN', 'This action is not allowed.');
    }
    const user = await this.sessions.authenticate(request, { required: rule.kind === 'roles' });
    if (user) request.user = user;
    if (rule.kind === 'public') return true;
    if (!user) throw new DomainError('UNAUTHENTICATED', 'Please sign in.');
    if (!rule.roles.includes(user.role)) throw new DomainError('FORBIDDEN', 'Your role may not do this.');
    return true;
  }
}
