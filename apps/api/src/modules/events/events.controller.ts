import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Roles } from '../../common/access';
import { Auth, Meta, type AuthContext, type RequestMeta } from '../../common/auth-context';
import { BodyLimit } from '../../common/request-limits';
import { uuidParam } from '../../common/uuid-param';
import {
  EventAbsentRoundsDto,
  EventCheckInDto,
  CreateEventDto,
  EventCandidateLabelResponse,
  EventFirmResponse,
  EventListQuery,
  EventResponse,
  EventStatusDto,
  EventScheduleImportDto,
  EventPlanResponse,
  EventRegisterDto,
  EventRegistrationQuery,
  EventRegistrationResponse,
  EventReplanDto,
  EventScheduleResponse,
  UpdateEventDto,
  EventWalkInDto,
  EventWishesDto,
} from './dto/events.dto';
import { EventsService } from './events.service';

const EVENT_BODY_LIMIT = 32 * 1024;
const SMALL_BODY_LIMIT = 4 * 1024;
/** An imported schedule: up to 20 000 meetings of ~80 bytes. */
const SCHEDULE_BODY_LIMIT = 1024 * 1024;

const STAFF = ['coordinator', 'iba_staff', 'admin'] as const;
const EVERYONE = ['candidate', 'mentor', 'employer', 'iba_staff', 'coordinator', 'admin'] as const;
const PARTICIPANTS = ['candidate', 'mentor', 'employer', 'iba_staff', 'coordinator', 'admin'] as const;

@ApiTags('events')
@Controller('events')
export class EventsController {
  constructor(private readonly events: EventsService) {}

  @Get()
  @Roles(...EVERYONE)
  @ApiOperation({ summary: 'Events by day; drafts only for staff (coordinators, IBA staff, admins)' })
  @ApiOkResponse({ type: [EventResponse] })
  list(@Auth() auth: AuthContext, @Query() query: EventListQuery): Promise<EventResponse[]> {
    return this.events.list(auth, query.status);
  }

  @Post()
  @Roles(...STAFF)
  @BodyLimit(EVENT_BODY_LIMIT)
  @HttpCode(201)
  @ApiOperation({ summary: 'Create an event (a draft)' })
  @ApiCreatedResponse({ type: EventResponse })
  create(@Auth() auth: AuthContext, @Body() dto: CreateEventDto): Promise<EventResponse> {
    return this.events.create(auth, dto);
  }

  @Get(':id')
  @Roles(...EVERYONE)
  @ApiOperation({ summary: 'One event (a draft is a 404 for everyone but staff)' })
  @ApiOkResponse({ type: EventResponse })
  get(@Auth() auth: AuthContext, @Param('id', uuidParam('id')) id: string): Promise<EventResponse> {
    return this.events.get(auth, id);
  }

  @Patch(':id')
  @Roles(...STAFF)
  @BodyLimit(EVENT_BODY_LIMIT)
  @ApiOperation({ summary: 'Edit an event (not once held; rounds are fixed once there is a schedule)' })
  @ApiOkResponse({ type: EventResponse })
  update(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: UpdateEventDto,
  ): Promise<EventResponse> {
    return this.events.update(auth, id, dto);
  }

  @Post(':id/status')
  @Roles(...STAFF)
  @BodyLimit(SMALL_BODY_LIMIT)
  @HttpCode(200)
  @ApiOperation({
    summary: 'Move the event on: draft → open → closed → held (409 EVENT_STATUS_TRANSITION otherwise)',
  })
  @ApiOkResponse({ type: EventResponse })
  setStatus(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: EventStatusDto,
  ): Promise<EventResponse> {
    return this.events.setStatus(auth, id, dto.status);
  }

  @Get(':id/registrations')
  @Roles(...STAFF)
  @ApiOperation({
    summary: 'Every registration with names and codes (check-in search by name or code); logged',
  })
  @ApiOkResponse({ type: [EventRegistrationResponse] })
  registrations(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @Query() query: EventRegistrationQuery,
    @Meta() meta: RequestMeta,
  ): Promise<EventRegistrationResponse[]> {
    return this.events.registrations(auth, id, query.q, meta);
  }

  @Post(':id/registrations')
  @Roles('employer', 'candidate', 'mentor')
  @BodyLimit(SMALL_BODY_LIMIT)
  @HttpCode(201)
  @ApiOperation({
    summary:
      'Register: a firm with the offers it brings, a candidate themself, a mentor for an authorised candidate',
    description: 'Confirmed while there is room, else on the waiting list (a mail either way).',
  })
  @ApiCreatedResponse({ type: EventRegistrationResponse })
  register(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: EventRegisterDto,
  ): Promise<EventRegistrationResponse> {
    return this.events.register(auth, id, dto);
  }

  @Get(':id/my-registrations')
  @Roles('employer', 'candidate', 'mentor')
  @ApiOperation({ summary: 'My registrations for the event (my firm’s, my own, my mentees’)' })
  @ApiOkResponse({ type: [EventRegistrationResponse] })
  mine(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
  ): Promise<EventRegistrationResponse[]> {
    return this.events.mine(auth, id);
  }

  @Delete(':id/registrations/:registrationId')
  @Roles(...PARTICIPANTS)
  @HttpCode(204)
  @ApiOperation({ summary: 'Cancel a registration; the first on the waiting list moves up' })
  @ApiNoContentResponse()
  cancel(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @Param('registrationId', uuidParam('registrationId')) registrationId: string,
  ): Promise<void> {
    return this.events.cancel(auth, id, registrationId);
  }

  @Put(':id/registrations/:registrationId/wishes')
  @Roles(...PARTICIPANTS)
  @BodyLimit(SMALL_BODY_LIMIT)
  @ApiOperation({
    summary: 'Candidates/mentors: firms to meet (mustMeet); firms: candidates not to meet (mustNot)',
  })
  @ApiOkResponse({ type: EventRegistrationResponse })
  wishes(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @Param('registrationId', uuidParam('registrationId')) registrationId: string,
    @Body() dto: EventWishesDto,
  ): Promise<EventRegistrationResponse> {
    return this.events.setWishes(auth, id, registrationId, dto);
  }

  @Put(':id/registrations/:registrationId/absent-rounds')
  @Roles(...PARTICIPANTS)
  @BodyLimit(SMALL_BODY_LIMIT)
  @ApiOperation({ summary: 'Rounds (1-based) the participant is not there' })
  @ApiOkResponse({ type: EventRegistrationResponse })
  absent(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @Param('registrationId', uuidParam('registrationId')) registrationId: string,
    @Body() dto: EventAbsentRoundsDto,
  ): Promise<EventRegistrationResponse> {
    return this.events.setAbsent(auth, id, registrationId, dto);
  }

  @Get(':id/firms')
  @Roles(...EVERYONE)
  @ApiOperation({ summary: 'Firms registered (confirmed) with the titles of their offers' })
  @ApiOkResponse({ type: [EventFirmResponse] })
  firms(@Auth() auth: AuthContext, @Param('id', uuidParam('id')) id: string): Promise<EventFirmResponse[]> {
    return this.events.firms(auth, id);
  }

  @Get(':id/candidates')
  @Roles('employer', ...STAFF)
  @ApiOperation({
    summary: 'Registered candidates by pseudonym, for a registered firm’s must-not list; counted in the log',
  })
  @ApiOkResponse({ type: [EventCandidateLabelResponse] })
  candidates(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @Meta() meta: RequestMeta,
  ): Promise<EventCandidateLabelResponse[]> {
    return this.events.candidateLabels(auth, id, meta);
  }

  @Post(':id/schedule')
  @Roles(...STAFF)
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Generate the speed-dating schedule (matching scores, interpreters, wishes, absences); not yet published',
  })
  @ApiOkResponse({ type: EventScheduleResponse })
  generate(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @Meta() meta: RequestMeta,
  ): Promise<EventScheduleResponse> {
    return this.events.generate(auth, id, meta);
  }

  @Get(':id/schedule')
  @Roles(...STAFF)
  @ApiOperation({ summary: 'The whole schedule with score and bound (wall plan); logged' })
  @ApiOkResponse({ type: EventScheduleResponse })
  schedule(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @Meta() meta: RequestMeta,
  ): Promise<EventScheduleResponse> {
    return this.events.schedule(auth, id, meta);
  }

  @Put(':id/schedule')
  @Roles(...STAFF)
  @BodyLimit(SCHEDULE_BODY_LIMIT)
  @ApiOperation({ summary: 'Import a schedule planned offline (ids are the codes of the exported instance)' })
  @ApiOkResponse({ type: EventScheduleResponse })
  importSchedule(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: EventScheduleImportDto,
    @Meta() meta: RequestMeta,
  ): Promise<EventScheduleResponse> {
    return this.events.importSchedule(auth, id, dto.meetings, meta);
  }

  @Get(':id/schedule/instance')
  @Roles(...STAFF)
  @ApiOperation({ summary: 'The planning problem as an instance file (docs/speed-dating-format.md)' })
  @ApiOkResponse({ schema: { type: 'object', additionalProperties: true } })
  instance(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
  ): Promise<Record<string, unknown>> {
    return this.events.exportInstance(auth, id);
  }

  @Post(':id/schedule/publish')
  @Roles(...STAFF)
  @HttpCode(200)
  @ApiOperation({ summary: 'Publish the schedule: participants see their plans and get a mail' })
  @ApiOkResponse({ type: EventScheduleResponse })
  publish(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @Meta() meta: RequestMeta,
  ): Promise<EventScheduleResponse> {
    return this.events.publish(auth, id, meta);
  }

  @Post(':id/schedule/replan')
  @Roles(...STAFF)
  @BodyLimit(SMALL_BODY_LIMIT)
  @HttpCode(200)
  @ApiOperation({
    summary: 'Re-plan after no-shows and walk-ins: started rounds stay, few published meetings move',
  })
  @ApiOkResponse({ type: EventScheduleResponse })
  replan(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: EventReplanDto,
    @Meta() meta: RequestMeta,
  ): Promise<EventScheduleResponse> {
    return this.events.replan(auth, id, dto.fromRound, meta);
  }

  @Post(':id/check-in')
  @Roles(...STAFF)
  @BodyLimit(SMALL_BODY_LIMIT)
  @HttpCode(200)
  @ApiOperation({ summary: 'Check a participant in by the code on their plan' })
  @ApiOkResponse({ type: EventRegistrationResponse })
  checkIn(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: EventCheckInDto,
  ): Promise<EventRegistrationResponse> {
    return this.events.checkInByCode(auth, id, dto.code);
  }

  @Post(':id/registrations/:registrationId/check-in')
  @Roles(...STAFF)
  @HttpCode(200)
  @ApiOperation({ summary: 'Check a participant in (found by name)' })
  @ApiOkResponse({ type: EventRegistrationResponse })
  checkInById(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @Param('registrationId', uuidParam('registrationId')) registrationId: string,
  ): Promise<EventRegistrationResponse> {
    return this.events.attendance(auth, id, registrationId, 'check_in');
  }

  @Post(':id/registrations/:registrationId/no-show')
  @Roles(...STAFF)
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark a participant as not there (re-plan afterwards)' })
  @ApiOkResponse({ type: EventRegistrationResponse })
  noShow(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @Param('registrationId', uuidParam('registrationId')) registrationId: string,
  ): Promise<EventRegistrationResponse> {
    return this.events.attendance(auth, id, registrationId, 'no_show');
  }

  @Post(':id/walk-ins')
  @Roles(...STAFF)
  @BodyLimit(SMALL_BODY_LIMIT)
  @HttpCode(201)
  @ApiOperation({ summary: 'Register a candidate on the spot (confirmed and checked in)' })
  @ApiCreatedResponse({ type: EventRegistrationResponse })
  walkIn(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: EventWalkInDto,
  ): Promise<EventRegistrationResponse> {
    return this.events.walkIn(auth, id, dto.candidateId, dto.languages);
  }

  @Get(':id/plans/:registrationId')
  @Roles(...PARTICIPANTS)
  @ApiOperation({
    summary:
      'A table’s plan (its firm, staff) or a candidate’s plan (the candidate, their mentors, staff); else 404',
  })
  @ApiOkResponse({ type: EventPlanResponse })
  plan(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @Param('registrationId', uuidParam('registrationId')) registrationId: string,
    @Meta() meta: RequestMeta,
  ): Promise<EventPlanResponse> {
    return this.events.plan(auth, id, registrationId, meta);
  }
}
