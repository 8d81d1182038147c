import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../common/access';
import { Auth, Meta, type AuthContext, type RequestMeta } from '../../common/auth-context';
import { BodyLimit } from '../../common/request-limits';
import { uuidParam } from '../../common/uuid-param';
import {
  AddExhibitorDto,
  AddFairMentorDto,
  CreateJobFairDto,
  EditPairDto,
  ExhibitorResponse,
  FairCandidateResponse,
  FairMentorResponse,
  FairPlansResponse,
  JobFairResponse,
  JobFairSummary,
  MyFairGroupResponse,
  MyFairPlanResponse,
  PairingResponse,
  RegisterFairCandidateDto,
} from './dto/job-fair.dto';
import { JobFairService } from './job-fair.service';

const BODY_LIMIT = 16 * 1024;

@ApiTags('job-fairs')
@Controller('job-fairs')
export class JobFairsController {
  constructor(private readonly fairs: JobFairService) {}

  @Post()
  @Roles('coordinator', 'iba_staff', 'admin')
  @BodyLimit(BODY_LIMIT)
  @HttpCode(201)
  @ApiOperation({ summary: 'Create a job fair' })
  @ApiCreatedResponse({ type: JobFairSummary })
  create(@Auth() auth: AuthContext, @Body() dto: CreateJobFairDto): Promise<JobFairSummary> {
    return this.fairs.create(auth, dto);
  }

  @Get()
  @Roles('candidate', 'mentor', 'coordinator', 'iba_staff', 'admin')
  @ApiOperation({ summary: 'Job fairs (mentors and candidates: those they take part in)' })
  @ApiOkResponse({ type: [JobFairSummary] })
  list(@Auth() auth: AuthContext): Promise<JobFairSummary[]> {
    return this.fairs.list(auth);
  }

  @Get(':id')
  @Roles('coordinator', 'iba_staff', 'admin')
  @ApiOperation({
    summary: 'A fair with exhibitors, fair mentors and candidates with their pairing (logged)',
  })
  @ApiOkResponse({ type: JobFairResponse })
  get(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @Meta() meta: RequestMeta,
  ): Promise<JobFairResponse> {
    return this.fairs.get(auth, id, meta);
  }

  @Post(':id/exhibitors')
  @Roles('coordinator', 'iba_staff', 'admin')
  @BodyLimit(BODY_LIMIT)
  @HttpCode(201)
  @ApiOperation({
    summary:
      'Add an exhibitor: a registered firm with its offers, or a firm entered by hand with occupations',
  })
  @ApiCreatedResponse({ type: ExhibitorResponse })
  addExhibitor(
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: AddExhibitorDto,
  ): Promise<ExhibitorResponse> {
    return this.fairs.addExhibitor(id, dto);
  }

  @Post(':id/mentors')
  @Roles('coordinator', 'iba_staff', 'admin')
  @BodyLimit(BODY_LIMIT)
  @HttpCode(201)
  @ApiOperation({
    summary: 'Add a fair mentor (volunteer, staff or established migrant) with languages and capacity',
  })
  @ApiCreatedResponse({ type: FairMentorResponse })
  addMentor(
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: AddFairMentorDto,
  ): Promise<FairMentorResponse> {
    return this.fairs.addMentor(id, dto);
  }

  @Post(':id/candidates')
  @Roles('candidate', 'mentor', 'coordinator', 'iba_staff', 'admin')
  @BodyLimit(BODY_LIMIT)
  @HttpCode(201)
  @ApiOperation({
    summary: 'Register a candidate for the fair (themselves; a mentor an authorised candidate)',
  })
  @ApiCreatedResponse({ type: FairCandidateResponse })
  register(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: RegisterFairCandidateDto,
  ): Promise<FairCandidateResponse> {
    return this.fairs.registerCandidate(auth, id, dto.candidateId);
  }

  @Post(':id/pairing')
  @Roles('coordinator', 'iba_staff', 'admin')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Propose the pairing: language match first, then town, then balanced groups; pairs set by hand are kept',
  })
  @ApiOkResponse({ type: PairingResponse })
  propose(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @Meta() meta: RequestMeta,
  ): Promise<PairingResponse> {
    return this.fairs.propose(auth, id, meta);
  }

  @Put(':id/pairing/:candidateId')
  @Roles('coordinator', 'iba_staff', 'admin')
  @BodyLimit(BODY_LIMIT)
  @ApiOperation({ summary: 'Pair a candidate with a fair mentor by hand (mentorId null: none)' })
  @ApiOkResponse({ type: PairingResponse })
  editPair(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @Param('candidateId', uuidParam('candidateId')) candidateId: string,
    @Body() dto: EditPairDto,
    @Meta() meta: RequestMeta,
  ): Promise<PairingResponse> {
    return this.fairs.editPair(auth, id, candidateId, dto.mentorId ?? null, meta);
  }

  @Get(':id/plans')
  @Roles('coordinator', 'iba_staff', 'admin')
  @ApiOperation({
    summary: 'Every personal plan, by mentor group: exhibitors in booth order with why each fits (logged)',
  })
  @ApiOkResponse({ type: FairPlansResponse })
  plans(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @Meta() meta: RequestMeta,
  ): Promise<FairPlansResponse> {
    return this.fairs.plans(auth, id, meta);
  }

  @Get(':id/my-group')
  @Roles('mentor', 'iba_staff', 'coordinator', 'admin')
  @ApiOperation({ summary: 'A fair mentor’s group: each young person’s plan and the group’s walk (logged)' })
  @ApiOkResponse({ type: MyFairGroupResponse })
  myGroup(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @Meta() meta: RequestMeta,
  ): Promise<MyFairGroupResponse> {
    return this.fairs.myGroup(auth, id, meta);
  }

  @Get(':id/my-plan')
  @Roles('candidate')
  @ApiOperation({ summary: 'My plan for the fair: exhibitors that fit me, in booth order, with why' })
  @ApiOkResponse({ type: MyFairPlanResponse })
  myPlan(@Auth() auth: AuthContext, @Param('id', uuidParam('id')) id: string): Promise<MyFairPlanResponse> {
    return this.fairs.myPlan(auth, id);
  }
}
