import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../common/access';
import { Auth, Meta, type AuthContext, type RequestMeta } from '../../common/auth-context';
import { CandidateSearchService } from './candidate-search.service';
import { CandidateSearchQuery } from './dto/candidate-search.query';
import { CandidateSearchResponse } from './dto/candidate-search.response';

@ApiTags('candidate-search')
@Controller()
export class CandidateSearchController {
  constructor(private readonly search: CandidateSearchService) {}

  @Get('candidate-search')
  @Roles('employer', 'iba_staff', 'coordinator', 'admin')
  @ApiOperation({
    summary:
      'Search published profiles (pseudonymous): free text in any UI language, filters, facets; logged',
    description:
      'Competences match by taxonomy code, free text by words of the labels in every UI language. Employers need a ' +
      'verified firm (COMPANY_NOT_VERIFIED). At most 500 hits can be paged through. Every hit shown counts as an ' +
      'appearance in the candidate’s access log.',
  })
  @ApiOkResponse({ type: CandidateSearchResponse })
  find(
    @Auth() auth: AuthContext,
    @Query() query: CandidateSearchQuery,
    @Meta() meta: RequestMeta,
  ): Promise<CandidateSearchResponse> {
    return this.search.search(auth, query, meta);
  }
}
