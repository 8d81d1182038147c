import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { createSecretKey } from 'node:crypto';
import type { Request } from 'express';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { DataSource } from 'typeorm';
import type { Role } from '@passgenau/domain';
import type { AuthContext } from '../../common/auth-context';
import { ACCESS_COOKIE, AUTH_SETTINGS, type AuthSettings } from '../../common/auth-settings';
import { DomainError } from '../../common/domain-error';
import { AuthMessage } from './auth.errors';

export interface AccessTokenPayload {
  sub: string;
  sid: string;
  role: Role;
}

function fromCookie(request: Request): string | null {
  const value = (request as Request & { cookies?: Record<string, string> }).cookies?.[ACCESS_COOKIE];
  return typeof value === 'string' && value !== '' ? value : null;
}

/** Verifies the access token and that its session is still open: sign-out and disabling take effect at once. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(AUTH_SETTINGS) settings: AuthSettings,
    private readonly dataSource: DataSource,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromExtractors([ExtractJwt.fromAuthHeaderAsBearerToken(), fromCookie]),
      // A key object: given the secret as a string, the verifier first tries (and fails) to read it
      // as a public key on every request — an exception and ~0.7 ms per request.
      secretOrKey: createSecretKey(Buffer.from(settings.jwtSecret)) as unknown as Buffer,
      algorithms: ['HS256'],
      issuer: 'passgenau',
      passReqToCallback: true,
    });
  }

  async validate(request: Request, payload: AccessTokenPayload): Promise<AuthContext> {
    const [row] = await this.dataSource.query(
      `SELECT a.id, a.role, a.display_name, a.company_id, a.company_role, a.disabled_at, c.id AS candidate_id,
              co.verification_status
         FROM auth_session s
         JOIN account a ON a.id = s.account_id
         LEFT JOIN candidate c ON c.account_id = a.id
         LEFT JOIN company co ON co.id = a.company_id
        WHERE s.id = $1 AND s.account_id = $2 AND s.revoked_at IS NULL AND s.expires_at > now()`,
      [payload.sid, payload.sub],
    );
    if (!row || row.disabled_at) throw new DomainError('UNAUTHENTICATED', AuthMessage.SESSION_ENDED);
    return {
      accountId: row.id,
      role: row.role,
      displayName: row.display_name,
      sessionId: payload.sid,
      companyId: row.company_id,
      companyRole: row.company_role,
      candidateId: row.candidate_id,
      companyVerification: row.company_id ? (row.verification_status ?? null) : null,
      via: request.headers.authorization?.startsWith('Bearer ') ? 'bearer' : 'cookie',
    };
  }
}
