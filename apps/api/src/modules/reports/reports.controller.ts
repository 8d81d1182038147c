import { Controller, Get, Header, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../../common/access';
import { DistrictReportQuery, DistrictReportResponse } from './dto/district-report.dto';
import { ReportsService } from './reports.service';

@ApiTags('reports')
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('district')
  @Roles('coordinator', 'iba_staff', 'admin')
  @ApiOperation({
    summary: 'District report: published profiles and employer searches by month, town or occupational field',
    description:
      'Counts only, no personal data. No count below 5 is shown (null); where one small count could be worked out ' +
      'from the total, further cells are suppressed (see docs/reports.md).',
  })
  @ApiOkResponse({ type: DistrictReportResponse })
  district(@Query() query: DistrictReportQuery): Promise<DistrictReportResponse> {
    return this.reports.district(query);
  }

  @Get('district/csv')
  @Roles('coordinator', 'iba_staff', 'admin')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'The district report as CSV (suppressed cells as "<5")' })
  @ApiProduces('text/csv')
  @ApiOkResponse({ schema: { type: 'string' } })
  async districtCsv(
    @Query() query: DistrictReportQuery,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const { filename, csv } = await this.reports.districtCsv(query);
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
    return csv;
  }
}
