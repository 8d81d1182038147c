import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query, Res } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../../common/access';
import { Auth, Meta, type AuthContext, type RequestMeta } from '../../common/auth-context';
import { BodyLimit } from '../../common/request-limits';
import { uuidParam } from '../../common/uuid-param';
import { ContactsService } from './contacts.service';
import {
  AcceptContactRequestDto,
  AddShortlistEntryDto,
  BrokerQueueResponse,
  ContactSettingsResponse,
  DeclineContactRequestDto,
  InboxContactRequestResponse,
  InboxQuery,
  InboxResponse,
  OnBehalfFirmsQuery,
  OnBehalfFirmsResponse,
  OutcomesResponse,
  RecordOutcomeDto,
  ReturnContactRequestDto,
  SendContactRequestDto,
  SendOnBehalfContactRequestDto,
  SentContactRequestResponse,
  SentContactRequestsResponse,
  SentRequestsQuery,
  ShortlistEntryResponse,
  ShortlistQuery,
  ShortlistResponse,
  StaffContactsResponse,
  UpdateContactSettingsDto,
  UpdateShortlistEntryDto,
} from './dto/contacts.dto';

/** A message of 2,000 characters (up to 4 bytes each) with its JSON around it. */
const MESSAGE_BODY_LIMIT = 16 * 1024;
/** Small bodies: a few flags, a reason code, a date. */
const SMALL_BODY_LIMIT = 2 * 1024;

@ApiTags('contacts')
@Controller()
export class ContactsController {
  constructor(private readonly contacts: ContactsService) {}

  // ---------- shortlist ----------

  @Get('shortlist')
  @Roles('employer')
  @ApiOperation({
    summary:
      'The firm’s shortlist (pseudonymous profiles), of one offer, the general list or all; appearances logged',
    description:
      'Candidates no longer visible to employers (consent withdrawn, erased, unpublished, reconfirmation overdue) or who blocked the firm are left out.',
  })
  @ApiOkResponse({ type: ShortlistResponse })
  shortlist(
    @Auth() auth: AuthContext,
    @Query() query: ShortlistQuery,
    @Meta() meta: RequestMeta,
  ): Promise<ShortlistResponse> {
    return this.contacts.shortlist(auth, query.offer, meta);
  }

  @Post('shortlist')
  @Roles('employer')
  @BodyLimit(MESSAGE_BODY_LIMIT)
  @ApiOperation({
    summary:
      'Puts a candidate (by pseudonym) on the firm’s shortlist of an offer or its general list; again: updates the note',
  })
  @ApiCreatedResponse({ type: ShortlistEntryResponse, description: 'Added (201) or already there (200)' })
  async addToShortlist(
    @Auth() auth: AuthContext,
    @Body() dto: AddShortlistEntryDto,
    @Meta() meta: RequestMeta,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ShortlistEntryResponse> {
    const { entry, created } = await this.contacts.addToShortlist(auth, dto, meta);
    response.status(created ? 201 : 200);
    return entry;
  }

  @Patch('shortlist/:id')
  @Roles('employer')
  @BodyLimit(MESSAGE_BODY_LIMIT)
  @ApiOperation({ summary: 'Changes the private note of a shortlist entry' })
  @ApiOkResponse({ type: ShortlistEntryResponse })
  updateShortlistEntry(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: UpdateShortlistEntryDto,
    @Meta() meta: RequestMeta,
  ): Promise<ShortlistEntryResponse> {
    return this.contacts.updateShortlistNote(auth, id, dto.note, meta);
  }

  @Delete('shortlist/:id')
  @Roles('employer')
  @HttpCode(204)
  @ApiOperation({ summary: 'Takes a candidate off the shortlist' })
  @ApiNoContentResponse()
  removeFromShortlist(@Auth() auth: AuthContext, @Param('id', uuidParam('id')) id: string): Promise<void> {
    return this.contacts.removeFromShortlist(auth, id);
  }

  // ---------- contact requests: the firm ----------

  @Post('contact-requests')
  @Roles('employer')
  @BodyLimit(MESSAGE_BODY_LIMIT)
  @HttpCode(201)
  @ApiOperation({
    summary:
      'Sends a contact request to a candidate (by pseudonym), optionally about one of the firm’s offers',
    description:
      'One open request per candidate and offer (CONTACT_REQUEST_OPEN, 409); at most CONTACT_REQUESTS_PER_FIRM_PER_DAY per firm and day ' +
      '(CONTACT_REQUEST_DAILY_CAP, 429). In brokered mode it waits for IBA staff; otherwise it reaches the candidate and their ' +
      'authorised mentors at once (in the app and by mail).',
  })
  @ApiCreatedResponse({ type: SentContactRequestResponse })
  send(
    @Auth() auth: AuthContext,
    @Body() dto: SendContactRequestDto,
    @Meta() meta: RequestMeta,
  ): Promise<SentContactRequestResponse> {
    return this.contacts.send(auth, dto, meta);
  }

  // ---------- contact requests: IBA staff on a firm's behalf ----------

  @Post('contact-requests/on-behalf')
  @Roles('iba_staff')
  @BodyLimit(MESSAGE_BODY_LIMIT)
  @HttpCode(201)
  @ApiOperation({
    summary:
      'IBA staff send a contact request for a checked firm (e.g. at an employer event, from a printed match list)',
    description:
      'Every rule of the firm’s own send applies to that firm: it must be checked (COMPANY_NOT_VERIFIED, field companyId), the ' +
      'candidate must be visible to it (its blocks: CONTACT_CANDIDATE_NOT_FOUND), the offer must be its own (CONTACT_OFFER_NOT_FOUND), ' +
      'one open request per candidate and offer (CONTACT_REQUEST_OPEN), its daily cap (CONTACT_REQUEST_DAILY_CAP), brokered mode. ' +
      'An unknown firm is CONTACT_COMPANY_NOT_FOUND (404, field companyId). The firm sees the request as sent by the staff member ' +
      'on its behalf, and its people get a mail in their languages.',
  })
  @ApiCreatedResponse({ type: SentContactRequestResponse })
  sendOnBehalf(
    @Auth() auth: AuthContext,
    @Body() dto: SendOnBehalfContactRequestDto,
    @Meta() meta: RequestMeta,
  ): Promise<SentContactRequestResponse> {
    return this.contacts.sendOnBehalf(auth, dto, meta);
  }

  @Get('contact-requests/on-behalf/firms')
  @Roles('iba_staff')
  @ApiOperation({
    summary: 'Checked firms IBA staff may send a contact request for, by name (at most 1,000)',
  })
  @ApiOkResponse({ type: OnBehalfFirmsResponse })
  onBehalfFirms(@Query() query: OnBehalfFirmsQuery): Promise<OnBehalfFirmsResponse> {
    return this.contacts.onBehalfFirms(query.q);
  }

  @Get('contact-requests/sent')
  @Roles('employer')
  @ApiOperation({
    summary:
      'The firm’s sent requests with their state; name and shared contact data only once accepted (each read logged)',
  })
  @ApiOkResponse({ type: SentContactRequestsResponse })
  sent(
    @Auth() auth: AuthContext,
    @Query() query: SentRequestsQuery,
    @Meta() meta: RequestMeta,
  ): Promise<SentContactRequestsResponse> {
    return this.contacts.sent(auth, query, meta);
  }

  @Get('contact-requests/sent/:id')
  @Roles('employer')
  @ApiOperation({
    summary: 'One sent request; name and shared contact data only once accepted (the read is logged)',
  })
  @ApiOkResponse({ type: SentContactRequestResponse })
  sentOne(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @Meta() meta: RequestMeta,
  ): Promise<SentContactRequestResponse> {
    return this.contacts.sentOne(auth, id, meta);
  }

  // ---------- contact requests: the candidate and mentors ----------

  @Get('contact-requests/inbox')
  @Roles('candidate', 'mentor')
  @ApiOperation({
    summary: 'Requests that reached me (candidate) or the candidates I am authorised for (mentor)',
  })
  @ApiOkResponse({ type: InboxResponse })
  inbox(
    @Auth() auth: AuthContext,
    @Query() query: InboxQuery,
    @Meta() meta: RequestMeta,
  ): Promise<InboxResponse> {
    return this.contacts.inbox(auth, query.candidateId, meta);
  }

  @Post('contact-requests/:id/accept')
  @Roles('candidate', 'mentor')
  @BodyLimit(SMALL_BODY_LIMIT)
  @HttpCode(200)
  @ApiOperation({ summary: 'Accepts: the firm then sees the name and the contact data chosen here' })
  @ApiOkResponse({ type: InboxContactRequestResponse })
  accept(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: AcceptContactRequestDto,
  ): Promise<InboxContactRequestResponse> {
    return this.contacts.accept(auth, id, dto);
  }

  @Post('contact-requests/:id/decline')
  @Roles('candidate', 'mentor')
  @BodyLimit(SMALL_BODY_LIMIT)
  @HttpCode(200)
  @ApiOperation({ summary: 'Declines with a reason from the list' })
  @ApiOkResponse({ type: InboxContactRequestResponse })
  decline(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: DeclineContactRequestDto,
  ): Promise<InboxContactRequestResponse> {
    return this.contacts.decline(auth, id, dto);
  }

  @Post('contact-requests/:id/block')
  @Roles('candidate', 'mentor')
  @BodyLimit(SMALL_BODY_LIMIT)
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Blocks the firm: it no longer finds the candidate (search, matches, shortlists; its requests are refused)',
  })
  @ApiOkResponse({ type: InboxContactRequestResponse })
  block(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
  ): Promise<InboxContactRequestResponse> {
    return this.contacts.block(auth, id);
  }

  // ---------- brokered mode ----------

  @Get('contact-requests/queue')
  @Roles('iba_staff')
  @ApiOperation({ summary: 'Brokered mode: new requests waiting for IBA staff (pseudonymous)' })
  @ApiOkResponse({ type: BrokerQueueResponse })
  queue(): Promise<BrokerQueueResponse> {
    return this.contacts.queue();
  }

  @Get('contact-requests/accepted')
  @Roles('iba_staff')
  @ApiOperation({
    summary: 'Accepted contacts with their outcomes, for IBA staff to record stages (pseudonymous)',
  })
  @ApiOkResponse({ type: StaffContactsResponse })
  accepted(): Promise<StaffContactsResponse> {
    return this.contacts.acceptedContacts();
  }

  @Post('contact-requests/:id/pass-on')
  @Roles('iba_staff')
  @BodyLimit(SMALL_BODY_LIMIT)
  @HttpCode(204)
  @ApiOperation({ summary: 'Passes a queued request on: it reaches the candidate and their mentors' })
  @ApiNoContentResponse()
  passOn(@Auth() auth: AuthContext, @Param('id', uuidParam('id')) id: string): Promise<void> {
    return this.contacts.passOn(auth, id);
  }

  @Post('contact-requests/:id/return')
  @Roles('iba_staff')
  @BodyLimit(MESSAGE_BODY_LIMIT)
  @HttpCode(204)
  @ApiOperation({ summary: 'Returns a queued request to the firm with a comment' })
  @ApiNoContentResponse()
  returnToFirm(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: ReturnContactRequestDto,
  ): Promise<void> {
    return this.contacts.returnToFirm(auth, id, dto);
  }

  @Get('contact-settings')
  @Roles('employer', 'iba_staff', 'coordinator', 'admin')
  @ApiOperation({ summary: 'The district’s contact setting (brokered or direct) and limits' })
  @ApiOkResponse({ type: ContactSettingsResponse })
  settings(): Promise<ContactSettingsResponse> {
    return this.contacts.settingsFor();
  }

  @Put('contact-settings')
  @Roles('coordinator', 'admin')
  @BodyLimit(SMALL_BODY_LIMIT)
  @ApiOperation({ summary: 'Turns brokered contact on or off (new requests only)' })
  @ApiOkResponse({ type: ContactSettingsResponse })
  updateSettings(
    @Auth() auth: AuthContext,
    @Body() dto: UpdateContactSettingsDto,
  ): Promise<ContactSettingsResponse> {
    return this.contacts.setBrokered(auth, dto.brokered);
  }

  // ---------- outcomes ----------

  @Get('contact-requests/:id/outcomes')
  @Roles('employer', 'mentor', 'iba_staff', 'candidate')
  @ApiOperation({
    summary:
      'The stages an accepted contact went through (firm, authorised mentors, IBA staff, the candidate)',
  })
  @ApiOkResponse({ type: OutcomesResponse })
  outcomes(@Auth() auth: AuthContext, @Param('id', uuidParam('id')) id: string): Promise<OutcomesResponse> {
    return this.contacts.outcomes(auth, id);
  }

  @Post('contact-requests/:id/outcomes')
  @Roles('employer', 'mentor', 'iba_staff')
  @BodyLimit(SMALL_BODY_LIMIT)
  @HttpCode(201)
  @ApiOperation({
    summary:
      'Records a stage of an accepted contact (talk, trial, contract, ended with a reason), by the firm, a mentor or IBA staff',
  })
  @ApiCreatedResponse({ type: OutcomesResponse })
  recordOutcome(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: RecordOutcomeDto,
  ): Promise<OutcomesResponse> {
    return this.contacts.recordOutcome(auth, id, dto);
  }
}
