import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Post,
  Put,
  Query,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Roles } from '../../common/access';
import { Auth, Meta, type AuthContext, type RequestMeta } from '../../common/auth-context';
import { DomainError } from '../../common/domain-error';
import { uuidParam } from '../../common/uuid-param';
import { AssessmentsService } from './assessments.service';
import {
  AssessmentDto,
  AttachedAssessmentResponse,
  CsvImportResponse,
  CsvPreviewResponse,
} from './dto/assessment.dto';
import { UpdateProfileDto } from './dto/profile.dto';
import { ProfileListQuery } from './dto/profile-list.query';
import { ProfileListResponse, ProfileResponse, PseudonymousProfileResponse } from './dto/profile.response';
import { GdprService } from './gdpr.service';
import { ProfilesService } from './profiles.service';
import { BodyLimit, PROFILE_BODY_LIMIT } from '../../common/request-limits';

const CSV_LIMIT = 2 * 1024 * 1024;

function csvText(file: Express.Multer.File | undefined): string {
  if (!file)
    throw new DomainError('VALIDATION_FAILED', 'Invalid input: file', [
      { code: 'BAD_FILE', field: 'file', message: 'a CSV file is required' },
    ]);
  const text = file.buffer.toString('utf8');
  if (text.includes('\u0000') || text.includes('\uFFFD')) {
    throw new DomainError('VALIDATION_FAILED', 'Invalid input: file', [
      { code: 'BAD_FILE', field: 'file', message: 'must be a UTF-8 text (CSV) file' },
    ]);
  }
  return text;
}

const csvUpload = FileInterceptor('file', { limits: { fileSize: CSV_LIMIT, files: 1 } });
const csvBody = { schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } };

@ApiTags('profiles')
@Controller()
export class ProfilesController {
  constructor(
    private readonly profiles: ProfilesService,
    private readonly assessments: AssessmentsService,
    private readonly gdpr: GdprService,
  ) {}

  @Get('candidates/:id/profile')
  @Roles('candidate', 'mentor', 'iba_staff', 'admin')
  @ApiOperation({
    summary: 'The whole competence profile (candidate, authorised mentors, IBA staff, admins); logged',
  })
  @ApiOkResponse({ type: ProfileResponse })
  get(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @Meta() meta: RequestMeta,
  ): Promise<ProfileResponse> {
    return this.profiles.get(auth, id, meta);
  }

  @Put('candidates/:id/profile')
  @Roles('candidate', 'mentor')
  @BodyLimit(PROFILE_BODY_LIMIT)
  @ApiOperation({
    summary:
      'Save the whole draft (the wizard autosaves); a mentor acts on the candidate’s behalf, recorded as such',
  })
  @ApiOkResponse({ type: ProfileResponse })
  update(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: UpdateProfileDto,
  ): Promise<ProfileResponse> {
    return this.profiles.update(auth, id, dto);
  }

  @Post('candidates/:id/profile/publish')
  @Roles('candidate', 'mentor')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Publish: needs consent and the minimum content (German level, a competence, a wish, home place)',
  })
  @ApiOkResponse({ type: ProfileResponse })
  publish(@Auth() auth: AuthContext, @Param('id', uuidParam('id')) id: string): Promise<ProfileResponse> {
    return this.profiles.publish(auth, id);
  }

  @Post('candidates/:id/profile/unpublish')
  @Roles('candidate', 'mentor')
  @HttpCode(200)
  @ApiOperation({ summary: 'Hide the profile from employers (back to draft)' })
  @ApiOkResponse({ type: ProfileResponse })
  unpublish(@Auth() auth: AuthContext, @Param('id', uuidParam('id')) id: string): Promise<ProfileResponse> {
    return this.profiles.unpublish(auth, id);
  }

  @Post('candidates/:id/profile/reconfirm')
  @Roles('candidate', 'mentor')
  @HttpCode(200)
  @ApiOperation({ summary: 'Confirm the published profile is still up to date (every 90 days)' })
  @ApiOkResponse({ type: ProfileResponse })
  reconfirm(@Auth() auth: AuthContext, @Param('id', uuidParam('id')) id: string): Promise<ProfileResponse> {
    return this.profiles.reconfirm(auth, id);
  }

  @Get('profiles')
  @Roles('employer', 'iba_staff', 'coordinator', 'admin')
  @ApiOperation({
    summary: 'Published profiles in pseudonymous form, filtered by town and occupation; logged',
  })
  @ApiOkResponse({ type: ProfileListResponse })
  list(
    @Auth() auth: AuthContext,
    @Query() query: ProfileListQuery,
    @Meta() meta: RequestMeta,
  ): Promise<ProfileListResponse> {
    return this.profiles.list(auth, query, meta);
  }

  @Get('profiles/:pseudonym')
  @Roles('employer', 'iba_staff', 'coordinator', 'admin')
  @ApiOperation({ summary: 'One published profile in pseudonymous form; logged' })
  @ApiOkResponse({ type: PseudonymousProfileResponse })
  pseudonymous(
    @Auth() auth: AuthContext,
    @Param('pseudonym') pseudonym: string,
    @Meta() meta: RequestMeta,
  ): Promise<PseudonymousProfileResponse> {
    return this.profiles.getPseudonymous(auth, pseudonym.slice(0, 20), meta);
  }

  @Post('assessments')
  @Roles('iba_staff', 'admin')
  @ApiOperation({
    summary:
      'Attach an assessment result (provider, procedure, date, competences with levels) to a candidate',
  })
  @ApiCreatedResponse({ type: AttachedAssessmentResponse })
  attach(
    @Auth() auth: AuthContext,
    @Body() dto: AssessmentDto,
    @Meta() meta: RequestMeta,
  ): Promise<AttachedAssessmentResponse> {
    return this.assessments.attach(auth, dto, meta);
  }

  @Post('assessments/csv/preview')
  @Roles('iba_staff', 'admin')
  @HttpCode(200)
  @UseInterceptors(csvUpload)
  @ApiConsumes('multipart/form-data')
  @ApiBody(csvBody)
  @ApiOperation({
    summary:
      'Check a CSV of results (candidate,provider,procedure,assessedOn,code,level) row by row; writes nothing',
  })
  @ApiOkResponse({ type: CsvPreviewResponse })
  async preview(@UploadedFile() file: Express.Multer.File | undefined): Promise<CsvPreviewResponse> {
    return (await this.assessments.preview(csvText(file))).result;
  }

  @Post('assessments/csv')
  @Roles('iba_staff', 'admin')
  @UseInterceptors(csvUpload)
  @ApiConsumes('multipart/form-data')
  @ApiBody(csvBody)
  @ApiOperation({ summary: 'Import a CSV of results: all rows or none (400 with errors per row)' })
  @ApiCreatedResponse({ type: CsvImportResponse })
  importCsv(
    @Auth() auth: AuthContext,
    @UploadedFile() file: Express.Multer.File | undefined,
    @Meta() meta: RequestMeta,
  ): Promise<CsvImportResponse> {
    return this.assessments.importCsv(auth, csvText(file), meta);
  }

  @Post('evidence/:id/confirm')
  @Roles('iba_staff')
  @HttpCode(204)
  @ApiOperation({ summary: 'Mark an assessment as confirmed by Team IBA' })
  @ApiNoContentResponse()
  confirm(@Auth() auth: AuthContext, @Param('id', uuidParam('id')) id: string): Promise<void> {
    return this.assessments.confirm(auth, id);
  }

  @Get('candidates/:id/export')
  @Roles('candidate', 'admin')
  @ApiOperation({
    summary: 'All data of a candidate as JSON (GDPR Art. 15/20): the candidate, or an admin on request',
  })
  @ApiOkResponse({ schema: { type: 'object' } })
  export(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @Meta() meta: RequestMeta,
  ): Promise<Record<string, unknown>> {
    return this.gdpr.export(auth, id, meta);
  }

  @Delete('candidates/:id')
  @Roles('candidate', 'admin')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Erase the candidate and all their data (GDPR Art. 17); the access log is anonymised',
  })
  @ApiNoContentResponse()
  erase(@Auth() auth: AuthContext, @Param('id', uuidParam('id')) id: string): Promise<void> {
    return this.gdpr.erase(auth, id);
  }
}
