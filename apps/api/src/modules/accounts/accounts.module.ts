import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { AUTH_SETTINGS, type AuthSettings } from '../../common/auth-settings';
import { AdminController } from '../admin/admin.controller';
import { AccessLogService } from '../audit/access-log.service';
import { MyAccessLogController } from '../audit/my-access-log.controller';
import { AuthController } from '../auth/auth.controller';
import { AuthService } from '../auth/auth.service';
import { JwtStrategy } from '../auth/jwt.strategy';
import { PasswordHasher } from '../auth/password-hasher';
import { SessionAuthenticator } from '../auth/session-authenticator';
import { SessionResponder } from '../auth/session-responder';
import { SignupService } from '../auth/signup.service';
import { CandidateAccess } from '../candidates/candidate-access.service';
import { CandidatesController } from '../candidates/candidates.controller';
import { CandidatesService } from '../candidates/candidates.service';
import { ConsentController } from '../consent/consent.controller';
import { ConsentService } from '../consent/consent.service';
import { InvitationsController } from '../invitations/invitations.controller';
import { InvitationsService } from '../invitations/invitations.service';
import { MentorshipsController } from '../mentorships/mentorships.controller';
import { MentorshipsService } from '../mentorships/mentorships.service';
import { AccountsService } from './accounts.service';

/**
 * Who may do what: accounts and sessions, invitations, mentor authorisation, consent and the access
 * log. One module, because these rules depend on each other.
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
  controllers: [
    AuthController,
    InvitationsController,
    MentorshipsController,
    CandidatesController,
    ConsentController,
    MyAccessLogController,
    AdminController,
  ],
  providers: [
    AccountsService,
    AuthService,
    JwtStrategy,
    SessionAuthenticator,
    PasswordHasher,
    SessionResponder,
    SignupService,
    InvitationsService,
    MentorshipsService,
    CandidateAccess,
    CandidatesService,
    ConsentService,
    AccessLogService,
  ],
  exports: [
    SessionAuthenticator,
    AccountsService,
    PasswordHasher,
    CandidateAccess,
    ConsentService,
    AccessLogService,
  ],
})
export class AccountsModule {}
