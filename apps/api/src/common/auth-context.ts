import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { Role } from '@passgenau/domain';
import { DomainError } from './domain-error';

/** The signed-in caller, as every service receives it first. */
export interface AuthContext {
  accountId: string;
  role: Role;
  displayName: string;
  sessionId: string;
  companyId: string | null;
  companyRole: 'manager' | 'member' | null;
  /** Set for candidates: their own candidate record. */
  candidateId: string | null;
  /**
   * For employers: their firm's check as read with the session at the start of this request
   * (saves the search its own query); absent where a context is built without it.
   */
  companyVerification?: string | null;
  /** How the request proved who it is; cookie-authenticated writes need a CSRF token. */
  via: 'bearer' | 'cookie';
}

export type AuthenticatedRequest = Request & { user?: AuthContext; id?: string };

/** The caller of a route that requires sign-in. */
export const Auth = createParamDecorator((_data: unknown, context: ExecutionContext): AuthContext => {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
  if (!request.user) throw new DomainError('UNAUTHENTICATED', 'Please sign in.');
  return request.user;
});

/** The caller of a public route, when signed in. */
export const OptionalAuth = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthContext | null =>
    context.switchToHttp().getRequest<AuthenticatedRequest>().user ?? null,
);

/** Where a request came from, for the access log. */
export interface RequestMeta {
  route: string;
  requestId: string | null;
}

export const Meta = createParamDecorator((_data: unknown, context: ExecutionContext): RequestMeta => {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
  return { route: `${request.method} ${request.originalUrl.split('?')[0]}`, requestId: request.id ?? null };
});
