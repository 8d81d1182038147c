import { Body, Controller, Get, Header, HttpCode, Param, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../../common/access';
import { Auth, Meta, type AuthContext, type RequestMeta } from '../../common/auth-context';
import { uuidParam } from '../../common/uuid-param';
import { BodyLimit } from '../../common/request-limits';
import { CreatePrintJobDto, PrintJobResponse } from './dto/print-job.dto';
import { MatchListPrintQuery, PrintLanguageQuery } from './dto/print.query';
import { PrintJobsService } from './print-jobs.service';
import { PrintService, type Printout } from './print.service';

const PDF = { schema: { type: 'string', format: 'binary' } } as const;

function send(response: Response, printout: Printout): StreamableFile {
  response.setHeader('Content-Type', 'application/pdf');
  response.setHeader('Content-Disposition', `attachment; filename="${printout.filename}"`);
  return new StreamableFile(printout.pdf);
}

@ApiTags('print')
@Controller('print')
export class PrintController {
  constructor(
    private readonly print: PrintService,
    private readonly jobs: PrintJobsService,
  ) {}

  @Get('events/:id/firms/:firmId/matches.pdf')
  @Roles('iba_staff', 'coordinator')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary:
      'A4 match list of one firm of an event (registered, or entered on the spot) with the event on top (staff); pseudonymous; logged',
  })
  @ApiProduces('application/pdf')
  @ApiOkResponse(PDF)
  async eventFirmMatches(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @Param('firmId', uuidParam('firmId')) firmId: string,
    @Query() query: MatchListPrintQuery,
    @Meta() meta: RequestMeta,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    return send(response, await this.print.eventFirmMatchList(auth, id, firmId, query, meta));
  }

  @Post('events/:id/jobs')
  @Roles('iba_staff', 'coordinator')
  @BodyLimit(1024)
  @HttpCode(202)
  @ApiOperation({
    summary: 'Start a print batch for an event on the job queue: every firm’s match list, or everything (plans and badges)',
    description: 'Poll GET /api/print/jobs/{jobId} for progress; download when done. Kept for 7 days.',
  })
  @ApiAcceptedResponse({ type: PrintJobResponse })
  createJob(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: CreatePrintJobDto,
  ): Promise<PrintJobResponse> {
    return this.jobs.create(auth, id, dto);
  }

  @Get('events/:id/jobs')
  @Roles('iba_staff', 'coordinator')
  @ApiOperation({ summary: 'The latest print batches of an event (newest first, at most 10)' })
  @ApiOkResponse({ type: [PrintJobResponse] })
  listJobs(@Auth() auth: AuthContext, @Param('id', uuidParam('id')) id: string): Promise<PrintJobResponse[]> {
    return this.jobs.list(auth, id);
  }

  @Get('jobs/:jobId')
  @Roles('iba_staff', 'coordinator')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'A print batch: status and progress' })
  @ApiOkResponse({ type: PrintJobResponse })
  job(@Auth() auth: AuthContext, @Param('jobId', uuidParam('jobId')) jobId: string): Promise<PrintJobResponse> {
    return this.jobs.get(auth, jobId);
  }

  @Get('jobs/:jobId/file.pdf')
  @Roles('iba_staff', 'coordinator')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'Download a finished print batch (PRINT_JOB_NOT_READY, 409, before); each download is logged for the downloader',
  })
  @ApiProduces('application/pdf')
  @ApiOkResponse(PDF)
  async jobFile(
    @Auth() auth: AuthContext,
    @Param('jobId', uuidParam('jobId')) jobId: string,
    @Meta() meta: RequestMeta,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    return send(response, await this.jobs.download(auth, jobId, meta));
  }

  @Get('companies/:id/matches.pdf')
  @Roles('employer', 'iba_staff', 'coordinator')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary:
      'A4 match list of a firm across its listed offers (the firm once checked, IBA staff, coordinators); pseudonymous, with QR codes; logged',
  })
  @ApiProduces('application/pdf')
  @ApiOkResponse(PDF)
  async companyMatches(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @Query() query: MatchListPrintQuery,
    @Meta() meta: RequestMeta,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    return send(response, await this.print.companyMatchList(auth, id, query, meta));
  }

  @Get('offers/:id/matches.pdf')
  @Roles('employer', 'iba_staff', 'coordinator')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'A4 match list of one offer (its firm once checked, IBA staff, coordinators); pseudonymous; logged',
  })
  @ApiProduces('application/pdf')
  @ApiOkResponse(PDF)
  async offerMatches(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @Query() query: MatchListPrintQuery,
    @Meta() meta: RequestMeta,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    return send(response, await this.print.offerMatchList(auth, id, query, meta));
  }

  @Get('events/:id/everything.pdf')
  @Roles('iba_staff', 'coordinator', 'admin')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary:
      'Everything for a speed-dating event as one PDF: table pages, candidate pages in their language, wall plan, badges (staff); the schedule read is logged',
  })
  @ApiProduces('application/pdf')
  @ApiOkResponse(PDF)
  async eventEverything(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @Query() query: PrintLanguageQuery,
    @Meta() meta: RequestMeta,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    return send(response, await this.print.eventEverything(auth, id, query, meta));
  }

  @Get('profiles/:pseudonym.pdf')
  @Roles('employer', 'iba_staff', 'coordinator', 'admin')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'One-page profile in pseudonymous form (whoever may open the employer view); logged' })
  @ApiProduces('application/pdf')
  @ApiOkResponse(PDF)
  async pseudonymousProfile(
    @Auth() auth: AuthContext,
    @Param('pseudonym') pseudonym: string,
    @Query() query: PrintLanguageQuery,
    @Meta() meta: RequestMeta,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    return send(response, await this.print.pseudonymousProfile(auth, pseudonym.slice(0, 20), query, meta));
  }

  @Get('candidates/:id/profile.pdf')
  @Roles('candidate', 'mentor')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'One-page profile in full form, the "pass" (the candidate and their authorised mentors only); logged',
  })
  @ApiProduces('application/pdf')
  @ApiOkResponse(PDF)
  async fullProfile(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @Query() query: PrintLanguageQuery,
    @Meta() meta: RequestMeta,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    return send(response, await this.print.fullProfile(auth, id, query, meta));
  }
}
