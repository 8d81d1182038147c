import { Body, Controller, Get, HttpCode, Param, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { Public, Roles } from '../../common/access';
import { Auth, type AuthContext } from '../../common/auth-context';
import { SessionResponse } from '../auth/dto/auth.dto';
import { SessionResponder } from '../auth/session-responder';
import {
  AcceptInvitationDto,
  CreatedInvitationResponse,
  CreateInvitationDto,
  InvitationPreviewResponse,
  InvitationResponse,
} from './dto/invitation.dto';
import { InvitationsService } from './invitations.service';

@ApiTags('invitations')
@Controller('invitations')
export class InvitationsController {
  constructor(
    private readonly invitations: InvitationsService,
    private readonly sessions: SessionResponder,
  ) {}

  @Post()
  @Roles('mentor', 'iba_staff', 'coordinator')
  @ApiOperation({
    summary:
      'Invite an employer (IBA staff, coordinators) or a candidate (mentors, IBA staff); mails a link valid 14 days',
  })
  @ApiCreatedResponse({ type: CreatedInvitationResponse })
  create(@Auth() auth: AuthContext, @Body() dto: CreateInvitationDto): Promise<CreatedInvitationResponse> {
    return this.invitations.create(auth, dto);
  }

  @Get()
  @Roles('mentor', 'iba_staff', 'coordinator')
  @ApiOperation({ summary: 'Invitations I sent' })
  @ApiOkResponse({ type: [InvitationResponse] })
  mine(@Auth() auth: AuthContext): Promise<InvitationResponse[]> {
    return this.invitations.mine(auth);
  }

  @Get(':token')
  @Public()
  @UseGuards(ThrottlerGuard)
  @ApiOperation({ summary: 'What an invitation link is for (404 when invalid, used or expired)' })
  @ApiOkResponse({ type: InvitationPreviewResponse })
  preview(@Param('token') token: string): Promise<InvitationPreviewResponse> {
    return this.invitations.preview(token.slice(0, 200));
  }

  @Post(':token/accept')
  @Public()
  @UseGuards(ThrottlerGuard)
  @HttpCode(201)
  @ApiOperation({ summary: 'Accept an invitation: creates the account and signs in' })
  @ApiCreatedResponse({ type: SessionResponse })
  async accept(
    @Param('token') token: string,
    @Body() dto: AcceptInvitationDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SessionResponse> {
    const session = await this.invitations.accept(token.slice(0, 200), dto, request.headers['user-agent']);
    return this.sessions.respond(session, request, response);
  }
}
