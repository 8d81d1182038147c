import { Body, Controller, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../../common/access';
import { Auth, type AuthContext } from '../../../common/auth-context';
import { BodyLimit, MAX_BODY_LIMIT } from '../../../common/request-limits';
import { BaJobsucheImportDto, BaJobsucheImportQuery, BaJobsucheImportReport } from './dto/ba-jobsuche.dto';
import { BaJobsucheImporter } from './ba-jobsuche.importer';

@ApiTags('offer-imports')
@Controller('offer-imports')
export class BaJobsucheController {
  constructor(private readonly importer: BaJobsucheImporter) {}

  @Post('ba-jobsuche')
  @Roles('admin', 'iba_staff')
  @BodyLimit(MAX_BODY_LIMIT)
  @HttpCode(200)
  @ApiOperation({
    summary: 'Import job listings of the Bundesagentur für Arbeit (a Jobsuche search response)',
    description:
      'Creates or updates firms (by kundennummerHash, else by name) and offers (by refnr), maps beruf to a taxonomy ' +
      'occupation by its German labels (else occupationMapping unmapped), and reports counts. Broken records are skipped with their reason.',
  })
  @ApiOkResponse({ type: BaJobsucheImportReport })
  import(
    @Auth() auth: AuthContext,
    @Query() query: BaJobsucheImportQuery,
    @Body() dto: BaJobsucheImportDto,
  ): Promise<BaJobsucheImportReport> {
    return this.importer.import(auth, dto.stellenangebote, query.kind);
  }
}
