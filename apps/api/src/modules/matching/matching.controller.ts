import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../common/access';
import { Auth, Meta, type AuthContext, type RequestMeta } from '../../common/auth-context';
import { uuidParam } from '../../common/uuid-param';
import { CandidateMatchesResponse, OfferMatchesResponse } from './dto/match.response';
import { MatchPageQuery } from './dto/match-page.query';
import { OfferMatchResponse } from './dto/offer-match.response';
import { MatchingService } from './matching.service';

@ApiTags('matching')
@Controller()
export class MatchingController {
  constructor(private readonly matching: MatchingService) {}

  @Get('offers/:id/matches')
  @Roles('employer', 'iba_staff', 'coordinator')
  @ApiOperation({
    summary:
      'Candidates for an offer, best first, each with its explanation (the offer’s firm once checked, IBA staff, coordinators); pseudonymous; appearances logged',
  })
  @ApiOkResponse({ type: OfferMatchesResponse })
  offerMatches(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @Query() query: MatchPageQuery,
    @Meta() meta: RequestMeta,
  ): Promise<OfferMatchesResponse> {
    return this.matching.offerMatches(auth, id, query, meta);
  }

  @Get('offers/:id/matches/:pseudonym')
  @Roles('employer', 'iba_staff', 'coordinator')
  @ApiOperation({ summary: 'One candidate of an offer’s matches with its explanation; logged as a read' })
  @ApiOkResponse({ type: OfferMatchResponse })
  offerMatch(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @Param('pseudonym') pseudonym: string,
    @Meta() meta: RequestMeta,
  ): Promise<OfferMatchResponse> {
    return this.matching.offerMatch(auth, id, pseudonym.slice(0, 20), meta);
  }

  @Get('candidates/:id/matches')
  @Roles('candidate', 'mentor', 'iba_staff')
  @ApiOperation({
    summary:
      'Open offers for a candidate, best first, each with its explanation (the candidate, authorised mentors, IBA staff); logged',
  })
  @ApiOkResponse({ type: CandidateMatchesResponse })
  candidateMatches(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @Query() query: MatchPageQuery,
    @Meta() meta: RequestMeta,
  ): Promise<CandidateMatchesResponse> {
    return this.matching.candidateMatches(auth, id, query, meta);
  }

  @Get('me/matches')
  @Roles('candidate')
  @ApiOperation({ summary: 'Open offers for me, best first, each with its explanation' })
  @ApiOkResponse({ type: CandidateMatchesResponse })
  myMatches(
    @Auth() auth: AuthContext,
    @Query() query: MatchPageQuery,
    @Meta() meta: RequestMeta,
  ): Promise<CandidateMatchesResponse> {
    return this.matching.myMatches(auth, query, meta);
  }
}
