import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { Public } from '../../common/access';
import { BodyLimit } from '../../common/request-limits';
import { BarrierReportDto, BarrierReportResponse } from './barriers.dto';
import { BarriersService } from './barriers.service';

/** A report is a few kilobytes of text at most (5,000 characters of description, up to 4 bytes each). */
const BARRIER_BODY_LIMIT = 32 * 1024;

@ApiTags('accessibility')
@Controller('barrier-reports')
export class BarriersController {
  constructor(private readonly barriers: BarriersService) {}

  @Post()
  @UseGuards(ThrottlerGuard)
  @Public()
  @BodyLimit(BARRIER_BODY_LIMIT)
  @HttpCode(201)
  @ApiOperation({
    summary:
      'Reports an accessibility barrier (anonymous allowed; an e-mail only for a reply): stored and mailed to every coordinator',
  })
  @ApiCreatedResponse({ type: BarrierReportResponse })
  report(@Body() dto: BarrierReportDto): Promise<BarrierReportResponse> {
    return this.barriers.report(dto);
  }
}
