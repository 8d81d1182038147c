import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { AUTH_SETTINGS, type AuthSettings } from '../../common/auth-settings';
import { SessionAuthentication } from '../../common/session-authentication';
import { AccountsService } from './accounts.service';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { JwtStrategy } from './jwt.strategy';
import { PasswordHasher } from './password-hasher';
import { SessionAuthenticator } from './session-authenticator';
import { SessionResponder } from './session-responder';
import { SignupService } from './signup.service';

/**
 * Accounts and their credentials: sign-up, sign-in, sessions, password reset, and the creation and
 * role changes of accounts (which end sessions). Provides the access guard's session lookup
 * (`SessionAuthentication`) and `AccountsService` for the features that create accounts.
 */
@Module({
  imports: [
    PassportModule,
    JwtModule.registerAsync({
      inject: [AUTH_SETTINGS],
      useFactory: (settings: AuthSettings) => ({
        secret: settings.jwtSecret,
        signOptions: { algorithm: 'HS256' },
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [
    AccountsService,
    AuthService,
    JwtStrategy,
    SessionAuthenticator,
    { provide: SessionAuthentication, useExisting: SessionAuthenticator },
    PasswordHasher,
    SessionResponder,
    SignupService,
  ],
  exports: [
    AccountsService,
    AuthService,
    SessionAuthenticator,
    SessionAuthentication,
    SessionResponder,
    PasswordHasher,
  ],
})
export class AuthModule {}
