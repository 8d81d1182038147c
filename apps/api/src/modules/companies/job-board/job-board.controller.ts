import { Body, Controller, Delete, Get, HttpCode, Param, Put, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public, Roles } from '../../../common/access';
import { Auth, OptionalAuth, type AuthContext } from '../../../common/auth-context';
import { uuidParam } from '../../../common/uuid-param';
import { CandidateInterestItem, InterestDto, InterestQuery, OfferInterestResponse } from './dto/interest.dto';
import { JobBoardQuery } from './dto/job-board.query';
import { JobBoardOfferDetail, JobBoardPage } from './dto/job-board.response';
import { JobBoardService } from './job-board.service';

@ApiTags('job-board')
@Controller()
export class JobBoardController {
  constructor(private readonly board: JobBoardService) {}

  @Get('job-board/offers')
  @Public()
  @ApiOperation({
    summary: 'Open offers, filtered; sorted by distance when nearTown is given, else newest first',
    description:
      'Occupational field: the product’s curated field list (see OCCUPATIONAL_FIELDS in @passgenau/domain); occupations outside it ' +
      'fall into a field by their ISCO-08 group. Distances are haversine km from the town centre to the offer’s site.',
  })
  @ApiOkResponse({ type: JobBoardPage })
  search(@Query() query: JobBoardQuery): Promise<JobBoardPage> {
    return this.board.search(query);
  }

  @Get('job-board/offers/:id')
  @Public()
  @ApiOperation({ summary: 'One open offer with its competences and the firm’s languages' })
  @ApiOkResponse({ type: JobBoardOfferDetail })
  detail(
    @OptionalAuth() auth: AuthContext | null,
    @Param('id', uuidParam('id')) id: string,
  ): Promise<JobBoardOfferDetail> {
    return this.board.detail(auth, id);
  }

  @Put('job-board/offers/:id/interest')
  @Roles('candidate', 'mentor')
  @ApiOperation({
    summary:
      'Mark interest in an open offer (a candidate for themselves, a mentor for an authorised candidate)',
    description:
      'The firm sees how many candidates are interested, not who; contact comes with the matching feature.',
  })
  @ApiOkResponse({ type: OfferInterestResponse })
  mark(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: InterestDto,
  ): Promise<OfferInterestResponse> {
    return this.board.markInterest(auth, id, dto.candidateId);
  }

  @Delete('job-board/offers/:id/interest')
  @Roles('candidate', 'mentor')
  @HttpCode(204)
  @ApiOperation({ summary: 'Take back interest in an offer' })
  @ApiNoContentResponse()
  unmark(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @Query() query: InterestQuery,
  ): Promise<void> {
    return this.board.unmarkInterest(auth, id, query.candidateId);
  }

  @Get('offer-interests')
  @Roles('candidate', 'mentor')
  @ApiOperation({ summary: 'Offers a candidate marked interest in (mentors: pass candidateId)' })
  @ApiOkResponse({ type: [CandidateInterestItem] })
  interests(@Auth() auth: AuthContext, @Query() query: InterestQuery): Promise<CandidateInterestItem[]> {
    return this.board.interests(auth, query.candidateId);
  }
}
