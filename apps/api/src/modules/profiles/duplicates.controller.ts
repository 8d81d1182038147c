import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../common/access';
import { Auth, Meta, type AuthContext, type RequestMeta } from '../../common/auth-context';
import { uuidParam } from '../../common/uuid-param';
import {
  DismissDuplicateDto,
  DuplicatePairResponse,
  MergedCandidateResponse,
  MergeDuplicateDto,
  MergeResultResponse,
  RestoredCandidateResponse,
} from './dto/duplicates.dto';
import { DuplicatesService } from './duplicates.service';

/** Team IBA's duplicate check: list, dismiss, merge (restorable for 30 days), restore. */
@ApiTags('profiles')
@Controller('duplicates')
export class DuplicatesController {
  constructor(private readonly duplicates: DuplicatesService) {}

  @Get()
  @Roles('iba_staff', 'admin')
  @ApiOperation({
    summary: 'Possible duplicate candidates (same name and birth year: likely; same phone: hint); logged',
  })
  @ApiOkResponse({ type: [DuplicatePairResponse] })
  list(@Auth() auth: AuthContext, @Meta() meta: RequestMeta): Promise<DuplicatePairResponse[]> {
    return this.duplicates.list(auth, meta);
  }

  @Post('merge')
  @Roles('iba_staff', 'admin')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'A listed pair is one person: move what the kept profile lacks, archive and remove the other record (restorable for 30 days), tell the candidate; logged',
  })
  @ApiOkResponse({ type: MergeResultResponse })
  merge(
    @Auth() auth: AuthContext,
    @Body() dto: MergeDuplicateDto,
    @Meta() meta: RequestMeta,
  ): Promise<MergeResultResponse> {
    return this.duplicates.merge(auth, dto, meta);
  }

  @Get('merges')
  @Roles('iba_staff', 'admin')
  @ApiOperation({ summary: 'Merges that can still be undone (30 days); logged' })
  @ApiOkResponse({ type: [MergedCandidateResponse] })
  listMerged(@Auth() auth: AuthContext, @Meta() meta: RequestMeta): Promise<MergedCandidateResponse[]> {
    return this.duplicates.listMerged(auth, meta);
  }

  @Post('merges/:id/restore')
  @Roles('iba_staff', 'admin')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Undo a merge within 30 days: the removed record comes back with what moved from it; logged',
  })
  @ApiOkResponse({ type: RestoredCandidateResponse })
  restore(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @Meta() meta: RequestMeta,
  ): Promise<RestoredCandidateResponse> {
    return this.duplicates.restore(auth, id, meta);
  }

  @Post('dismiss')
  @Roles('iba_staff', 'admin')
  @HttpCode(204)
  @ApiOperation({ summary: 'Not the same person: hide this pair from the list' })
  @ApiNoContentResponse()
  dismiss(@Auth() auth: AuthContext, @Body() dto: DismissDuplicateDto): Promise<void> {
    return this.duplicates.dismiss(auth, dto.candidateA, dto.candidateB);
  }
}
