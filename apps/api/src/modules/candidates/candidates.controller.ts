import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../common/access';
import { Auth, Meta, type AuthContext, type RequestMeta } from '../../common/auth-context';
import { uuidParam } from '../../common/uuid-param';
import { CandidatesService } from './candidates.service';
import {
  CandidateLookupItem,
  CandidatePersonalResponse,
  LookupCandidatesQuery,
  CreatedCandidateResponse,
  CreateCandidateDto,
  MentorCandidateItem,
} from './dto/candidate.dto';

@ApiTags('candidates')
@Controller()
export class CandidatesController {
  constructor(private readonly candidates: CandidatesService) {}

  // Declared before `candidates/:id`, so "lookup" is not taken for an id.
  @Get('candidates/lookup')
  @Roles('mentor', 'iba_staff', 'admin')
  @ApiOperation({
    summary:
      'Find candidates by name (IBA staff and admins: everyone; mentors: the candidates who authorised them); logged',
  })
  @ApiOkResponse({ type: [CandidateLookupItem] })
  lookup(
    @Auth() auth: AuthContext,
    @Query() query: LookupCandidatesQuery,
    @Meta() meta: RequestMeta,
  ): Promise<CandidateLookupItem[]> {
    return this.candidates.lookup(auth, query.q, meta);
  }

  @Get('candidates/:id')
  @Roles('candidate', 'mentor', 'iba_staff', 'admin')
  @ApiOperation({
    summary: 'Personal data of a candidate (the candidate, authorised mentors, IBA staff, admins); logged',
  })
  @ApiOkResponse({ type: CandidatePersonalResponse })
  get(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @Meta() meta: RequestMeta,
  ): Promise<CandidatePersonalResponse> {
    return this.candidates.get(auth, id, meta);
  }

  @Get('mentor/candidates')
  @Roles('mentor')
  @ApiOperation({ summary: 'Candidates who authorised me' })
  @ApiOkResponse({ type: [MentorCandidateItem] })
  mine(@Auth() auth: AuthContext, @Meta() meta: RequestMeta): Promise<MentorCandidateItem[]> {
    return this.candidates.listForMentor(auth, meta);
  }

  @Post('mentor/candidates')
  @Roles('mentor')
  @ApiOperation({
    summary: 'Create an account for a candidate without e-mail (printable one-time access code)',
  })
  @ApiCreatedResponse({ type: CreatedCandidateResponse })
  create(@Auth() auth: AuthContext, @Body() dto: CreateCandidateDto): Promise<CreatedCandidateResponse> {
    return this.candidates.createByMentor(auth, dto);
  }
}
