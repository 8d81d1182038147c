import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../common/access';
import { Auth, Meta, type AuthContext, type RequestMeta } from '../../common/auth-context';
import { BodyLimit } from '../../common/request-limits';
import { uuidParam } from '../../common/uuid-param';
import {
  AddOpenHouseSiteDto,
  CandidateRouteResponse,
  CreateOpenHouseDayDto,
  MyRouteQuery,
  OpenHouseDayForCandidate,
  OpenHouseDayResponse,
  OpenHouseDaySummary,
  OpenHousePlanResponse,
  OpenHouseRegistrationResponse,
  OpenHouseSiteResponse,
  PlanEditDto,
  PlanRunDto,
  RegisterOpenHouseDto,
  RegisterOpenHouseGroupDto,
  SiteVisitorsResponse,
} from './dto/open-house.dto';
import { OpenHouseService } from './open-house.service';

const BODY_LIMIT = 16 * 1024;

@ApiTags('open-house')
@Controller('open-house-days')
export class OpenHouseController {
  constructor(private readonly openHouse: OpenHouseService) {}

  @Post()
  @Roles('coordinator', 'iba_staff', 'admin')
  @BodyLimit(BODY_LIMIT)
  @HttpCode(201)
  @ApiOperation({ summary: 'Create an open-house day' })
  @ApiCreatedResponse({ type: OpenHouseDaySummary })
  create(@Auth() auth: AuthContext, @Body() dto: CreateOpenHouseDayDto): Promise<OpenHouseDaySummary> {
    return this.openHouse.create(auth, dto);
  }

  @Get()
  @Roles('coordinator', 'iba_staff', 'admin')
  @ApiOperation({ summary: 'Open-house days, newest first' })
  @ApiOkResponse({ type: [OpenHouseDaySummary] })
  list(): Promise<OpenHouseDaySummary[]> {
    return this.openHouse.list();
  }

  @Get('mine')
  @Roles('candidate', 'mentor')
  @ApiOperation({ summary: 'Days I (a mentor: this authorised candidate) am registered for' })
  @ApiOkResponse({ type: [OpenHouseDayForCandidate] })
  mine(@Auth() auth: AuthContext, @Query() query: MyRouteQuery): Promise<OpenHouseDayForCandidate[]> {
    return this.openHouse.daysOf(auth, query.candidateId);
  }

  @Get(':id')
  @Roles('coordinator', 'iba_staff', 'admin')
  @ApiOperation({ summary: 'An open-house day with its sites and groups (logged)' })
  @ApiOkResponse({ type: OpenHouseDayResponse })
  get(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @Meta() meta: RequestMeta,
  ): Promise<OpenHouseDayResponse> {
    return this.openHouse.get(auth, id, meta);
  }

  @Post(':id/sites')
  @Roles('coordinator', 'iba_staff', 'admin')
  @BodyLimit(BODY_LIMIT)
  @HttpCode(201)
  @ApiOperation({
    summary: 'Add a site: a firm site (company + town + coordinates) or a housing site (name + town)',
  })
  @ApiCreatedResponse({ type: OpenHouseSiteResponse })
  addSite(
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: AddOpenHouseSiteDto,
  ): Promise<OpenHouseSiteResponse> {
    return this.openHouse.addSite(id, dto);
  }

  @Post(':id/registrations')
  @Roles('candidate', 'mentor', 'coordinator', 'iba_staff', 'admin')
  @BodyLimit(BODY_LIMIT)
  @HttpCode(201)
  @ApiOperation({
    summary: 'Register a candidate (themselves; a mentor an authorised candidate; staff anyone)',
  })
  @ApiCreatedResponse({ type: OpenHouseRegistrationResponse })
  register(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: RegisterOpenHouseDto,
  ): Promise<OpenHouseRegistrationResponse> {
    return this.openHouse.register(auth, id, dto);
  }

  @Get(':id/registrations')
  @Roles('coordinator', 'iba_staff', 'admin')
  @ApiOperation({
    summary: 'Registrations: pseudonyms, first names where allowed, languages, interpreter needs (logged)',
  })
  @ApiOkResponse({ type: [OpenHouseRegistrationResponse] })
  registrations(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @Meta() meta: RequestMeta,
  ): Promise<OpenHouseRegistrationResponse[]> {
    return this.openHouse.registrations(auth, id, meta);
  }

  @Post(':id/groups')
  @Roles('mentor', 'coordinator', 'iba_staff', 'admin')
  @BodyLimit(BODY_LIMIT)
  @HttpCode(201)
  @ApiOperation({ summary: 'Register a group from one housing site with its mentor (all or none)' })
  @ApiCreatedResponse({ type: [OpenHouseRegistrationResponse] })
  async registerGroup(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: RegisterOpenHouseGroupDto,
  ): Promise<OpenHouseRegistrationResponse[]> {
    return (await this.openHouse.registerGroup(auth, id, dto)).registrations;
  }

  @Post(':id/plan')
  @Roles('coordinator', 'iba_staff', 'admin')
  @BodyLimit(BODY_LIMIT)
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Plan the day: routes of visits by match quality, with score and upper bound; replaces the stored plan',
  })
  @ApiOkResponse({ type: OpenHousePlanResponse })
  plan(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: PlanRunDto,
    @Meta() meta: RequestMeta,
  ): Promise<OpenHousePlanResponse> {
    return this.openHouse.plan(auth, id, dto.timeLimitMs, meta);
  }

  @Get(':id/plan')
  @Roles('coordinator', 'iba_staff', 'admin')
  @ApiOperation({ summary: 'The stored plan with every conflict (logged)' })
  @ApiOkResponse({ type: OpenHousePlanResponse })
  storedPlan(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @Meta() meta: RequestMeta,
  ): Promise<OpenHousePlanResponse> {
    return this.openHouse.storedPlan(auth, id, meta);
  }

  @Post(':id/plan/edits')
  @Roles('coordinator', 'iba_staff', 'admin')
  @BodyLimit(BODY_LIMIT)
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Move, add or remove a visit by hand; stored, and the conflicts of the new plan returned at once',
  })
  @ApiOkResponse({ type: OpenHousePlanResponse })
  edit(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: PlanEditDto,
    @Meta() meta: RequestMeta,
  ): Promise<OpenHousePlanResponse> {
    return this.openHouse.edit(auth, id, dto, meta);
  }

  @Get(':id/sites/:siteId/visitors')
  @Roles('employer', 'coordinator', 'iba_staff', 'admin')
  @ApiOperation({ summary: 'A site’s visitors per slot (employers: their firm’s sites only; logged)' })
  @ApiOkResponse({ type: SiteVisitorsResponse })
  visitors(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @Param('siteId', uuidParam('siteId')) siteId: string,
    @Meta() meta: RequestMeta,
  ): Promise<SiteVisitorsResponse> {
    return this.openHouse.siteVisitors(auth, id, siteId, meta);
  }

  @Get(':id/route')
  @Roles('candidate', 'mentor', 'coordinator', 'iba_staff', 'admin')
  @ApiOperation({ summary: 'One candidate’s route of the day (candidates: their own)' })
  @ApiOkResponse({ type: CandidateRouteResponse })
  route(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @Query() query: MyRouteQuery,
    @Meta() meta: RequestMeta,
  ): Promise<CandidateRouteResponse> {
    return this.openHouse.route(auth, id, query.candidateId, meta);
  }
}
