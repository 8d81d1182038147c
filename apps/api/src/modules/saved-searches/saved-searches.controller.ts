import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
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
import { CandidateSearchResponse } from '../candidate-search/dto/candidate-search.response';
import { JobBoardPage } from '../companies/job-board/dto/job-board.response';
import {
  CreateSavedSearchDto,
  RenameSavedSearchDto,
  SavedSearchAlertResponse,
  SavedSearchResponse,
  SavedSearchRunQuery,
} from './dto/saved-search.dto';
import { SavedSearchesService } from './saved-searches.service';

/** A saved search is a name and a few filters. */
const SAVED_SEARCH_BODY_LIMIT = 16 * 1024;

@ApiTags('saved-searches')
@Controller('saved-searches')
export class SavedSearchesController {
  constructor(private readonly savedSearches: SavedSearchesService) {}

  @Get()
  @Roles('employer', 'candidate', 'mentor')
  @ApiOperation({ summary: 'My saved searches, newest first, with how many alerts each has' })
  @ApiOkResponse({ type: [SavedSearchResponse] })
  list(@Auth() auth: AuthContext): Promise<SavedSearchResponse[]> {
    return this.savedSearches.list(auth);
  }

  @Post()
  @Roles('employer', 'candidate', 'mentor')
  @BodyLimit(SAVED_SEARCH_BODY_LIMIT)
  @HttpCode(201)
  @ApiOperation({
    summary:
      'Save a search: employers (verified firm) a candidate search, candidates and mentors an offer search',
    description:
      'What the search finds now is not alerted; later new results are (in the app and in a daily digest mail). ' +
      'At most 50 per account (SAVED_SEARCH_LIMIT_REACHED).',
  })
  @ApiCreatedResponse({ type: SavedSearchResponse })
  create(@Auth() auth: AuthContext, @Body() dto: CreateSavedSearchDto): Promise<SavedSearchResponse> {
    return this.savedSearches.create(auth, dto);
  }

  @Get('alerts')
  @Roles('employer', 'candidate', 'mentor')
  @ApiOperation({
    summary: 'New results of my saved searches (pseudonyms or offer titles), newest first; logged',
    description: 'Candidates no longer visible and offers no longer listed drop out.',
  })
  @ApiOkResponse({ type: [SavedSearchAlertResponse] })
  alerts(@Auth() auth: AuthContext, @Meta() meta: RequestMeta): Promise<SavedSearchAlertResponse[]> {
    return this.savedSearches.alerts(auth, meta);
  }

  @Patch(':id')
  @Roles('employer', 'candidate', 'mentor')
  @BodyLimit(SAVED_SEARCH_BODY_LIMIT)
  @ApiOperation({ summary: 'Rename a saved search' })
  @ApiOkResponse({ type: SavedSearchResponse })
  rename(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: RenameSavedSearchDto,
  ): Promise<SavedSearchResponse> {
    return this.savedSearches.rename(auth, id, dto.name);
  }

  @Delete(':id')
  @Roles('employer', 'candidate', 'mentor')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a saved search and its alerts' })
  @ApiNoContentResponse()
  delete(@Auth() auth: AuthContext, @Param('id', uuidParam('id')) id: string): Promise<void> {
    return this.savedSearches.delete(auth, id);
  }

  @Get(':id/candidates')
  @Roles('employer')
  @ApiOperation({
    summary: 'Run a saved candidate search (as GET /api/candidate-search with its filters; logged)',
  })
  @ApiOkResponse({ type: CandidateSearchResponse })
  runCandidates(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @Query() query: SavedSearchRunQuery,
    @Meta() meta: RequestMeta,
  ): Promise<CandidateSearchResponse> {
    return this.savedSearches.runCandidates(auth, id, query, meta);
  }

  @Get(':id/offers')
  @Roles('candidate', 'mentor')
  @ApiOperation({ summary: 'Run a saved offer search (as GET /api/job-board/offers with its filters)' })
  @ApiOkResponse({ type: JobBoardPage })
  runOffers(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @Query() query: SavedSearchRunQuery,
  ): Promise<JobBoardPage> {
    return this.savedSearches.runOffers(auth, id, query);
  }
}
