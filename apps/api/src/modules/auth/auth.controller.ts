import { Body, Controller, Get, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { Public, Roles } from '../../common/access';
import { Auth, type AuthContext } from '../../common/auth-context';
import { REFRESH_COOKIE } from '../../common/auth-settings';
import { CsrfTokens } from '../../common/csrf';
import { DomainError } from '../../common/domain-error';
import { ROLES } from '@passgenau/domain';
import { AccountsService } from './accounts.service';
import { AuthMessage } from './auth.errors';
import { AuthService } from './auth.service';
import { SessionResponder } from './session-responder';
import { SignupService } from './signup.service';
import { EmployerSignupDto } from './dto/employer-signup.dto';
import {
  AccessCodeDto,
  CsrfResponse,
  LoginDto,
  MeResponse,
  PasswordResetConfirmDto,
  PasswordResetRequestDto,
  SessionResponse,
  SignupConfirmDto,
  SignupDto,
} from './dto/auth.dto';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly accounts: AccountsService,
    private readonly sessions: SessionResponder,
    private readonly csrf: CsrfTokens,
    private readonly signups: SignupService,
  ) {}

  @Post('signup')
  @UseGuards(ThrottlerGuard)
  @Public()
  @HttpCode(202)
  @ApiOperation({
    summary:
      'A candidate signs up alone (others are invited): mails a link that creates the account. Answers the same whether or not the e-mail is known',
  })
  @ApiAcceptedResponse()
  async signup(@Body() dto: SignupDto): Promise<{ accepted: true }> {
    await this.signups.request(dto);
    return { accepted: true };
  }

  @Post('employer-signup')
  @UseGuards(ThrottlerGuard)
  @Public()
  @HttpCode(202)
  @ApiOperation({
    summary:
      'A firm signs up alone (name, town, contact person, e-mail): mails a link that creates firm and manager account. Answers the same whether or not the e-mail is known; searching candidates waits for a check by IBA staff or a coordinator',
  })
  @ApiAcceptedResponse()
  async employerSignup(@Body() dto: EmployerSignupDto): Promise<{ accepted: true }> {
    await this.signups.requestEmployer(dto);
    return { accepted: true };
  }

  @Post('signup/confirm')
  @UseGuards(ThrottlerGuard)
  @Public()
  @ApiOperation({
    summary:
      'The link from the sign-up mail: creates the candidate account (or the firm and its manager) and signs in',
  })
  @ApiCreatedResponse({ type: SessionResponse })
  async confirmSignup(
    @Body() dto: SignupConfirmDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SessionResponse> {
    const session = await this.signups.confirm(dto.token, request.headers['user-agent']);
    return this.sessions.respond(session, request, response);
  }

  @Post('login')
  @UseGuards(ThrottlerGuard)
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in: sets the session cookies and returns a bearer token for API clients' })
  @ApiOkResponse({ type: SessionResponse })
  async login(
    @Body() dto: LoginDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SessionResponse> {
    const session = await this.auth.login(dto.email, dto.password, request.headers['user-agent'], request.ip);
    return this.sessions.respond(session, request, response);
  }

  @Post('access-code')
  @UseGuards(ThrottlerGuard)
  @Public()
  @HttpCode(200)
  @ApiOperation({
    summary: 'A candidate without e-mail signs in with the printed one-time code and sets a password',
  })
  @ApiOkResponse({ type: SessionResponse })
  async accessCode(
    @Body() dto: AccessCodeDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SessionResponse> {
    const session = await this.auth.redeemAccessCode(
      dto.loginName,
      dto.code,
      dto.newPassword,
      request.headers['user-agent'],
      request.ip,
    );
    return this.sessions.respond(session, request, response);
  }

  @Post('refresh')
  @UseGuards(ThrottlerGuard)
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'New access token from the refresh cookie (the refresh token rotates)' })
  @ApiOkResponse({ type: SessionResponse })
  async refresh(
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SessionResponse> {
    const token = (request as Request & { cookies?: Record<string, string> }).cookies?.[REFRESH_COOKIE];
    if (!token) throw new DomainError('UNAUTHENTICATED', AuthMessage.SESSION_ENDED);
    return this.sessions.respond(await this.auth.refresh(token), request, response);
  }

  @Post('logout')
  @Roles(...ROLES)
  @HttpCode(204)
  @ApiOperation({ summary: 'Sign out: ends the session on the server and clears the cookies' })
  @ApiNoContentResponse()
  async logout(@Auth() auth: AuthContext, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.auth.logout(auth);
    this.sessions.clear(response);
  }

  @Get('me')
  @Roles(...ROLES)
  @ApiOperation({ summary: 'The signed-in account' })
  @ApiOkResponse({ type: MeResponse })
  me(@Auth() auth: AuthContext): Promise<MeResponse> {
    return this.accounts.me(auth.accountId);
  }

  @Get('csrf')
  @Public()
  @ApiOperation({ summary: 'A CSRF token for cookie-authenticated writes (header X-CSRF-Token)' })
  @ApiOkResponse({ type: CsrfResponse })
  csrfToken(@Req() request: Request, @Res({ passthrough: true }) response: Response): CsrfResponse {
    return { csrfToken: this.csrf.issue(request, response) };
  }

  @Post('password-reset/request')
  @UseGuards(ThrottlerGuard)
  @Public()
  @HttpCode(202)
  @ApiOperation({ summary: 'Mail a reset link; answers the same whether or not the e-mail is known' })
  @ApiAcceptedResponse()
  async requestReset(@Body() dto: PasswordResetRequestDto): Promise<{ accepted: true }> {
    await this.auth.requestPasswordReset(dto.email, dto.language);
    return { accepted: true };
  }

  @Post('password-reset/confirm')
  @UseGuards(ThrottlerGuard)
  @Public()
  @HttpCode(204)
  @ApiOperation({ summary: 'Set a new password with the link from the mail; ends all sessions' })
  @ApiNoContentResponse()
  async confirmReset(@Body() dto: PasswordResetConfirmDto): Promise<void> {
    await this.auth.confirmPasswordReset(dto.token, dto.newPassword);
  }
}
