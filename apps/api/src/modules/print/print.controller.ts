import { Controller, Get, Header, Param, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../../common/access';
import { Auth, Meta, type AuthContext, type RequestMeta } from '../../common/auth-context';
import { uuidParam } from '../../common/uuid-param';
import { MatchListPrintQuery, PrintLanguageQuery } from './dto/print.query';
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
  constructor(private readonly print: PrintService) {}

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
