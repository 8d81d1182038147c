import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Put,
  Query,
  Res,
  StreamableFile,
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
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { Public, Roles } from '../../../common/access';
import { Auth, OptionalAuth, type AuthContext } from '../../../common/auth-context';
import { uuidParam } from '../../../common/uuid-param';
import { CompanyListQuery } from './dto/company-list.query';
import { SiteDto, UpdateCompanyDto } from './dto/company.dto';
import { CompanyListResponse, CompanyResponse, SiteResponse } from './dto/company.response';
import { CompaniesService } from './companies.service';
import { LOGO_FIELD, LOGO_MAX_BYTES, LogoUploadErrors, type UploadedLogoFile } from './logo-image';

@ApiTags('companies')
@Controller()
export class CompaniesController {
  constructor(private readonly companies: CompaniesService) {}

  @Get('companies')
  @Roles('admin', 'iba_staff', 'coordinator')
  @ApiOperation({ summary: 'Directory of all firms, filtered (staff)' })
  @ApiOkResponse({ type: CompanyListResponse })
  list(@Query() query: CompanyListQuery): Promise<CompanyListResponse> {
    return this.companies.list(query, { poolOnly: false });
  }

  @Get('open-firms')
  @Roles('admin', 'iba_staff', 'coordinator')
  @ApiOperation({
    summary:
      'Pool of firms open to company tours or open-house days, by town, distance, sector and places offered',
    description: 'Sorted by distance of the nearest site when nearTown is given, else by name.',
  })
  @ApiOkResponse({ type: CompanyListResponse })
  openFirms(@Query() query: CompanyListQuery): Promise<CompanyListResponse> {
    return this.companies.list(query, { poolOnly: true });
  }

  @Get('me/company')
  @Roles('employer')
  @ApiOperation({ summary: 'The profile of my own company' })
  @ApiOkResponse({ type: CompanyResponse })
  mine(@Auth() auth: AuthContext): Promise<CompanyResponse> {
    return this.companies.mine(auth);
  }

  @Get('companies/:id')
  @Public()
  @ApiOperation({
    summary: 'A company profile',
    description:
      'Contact people are shown to signed-in callers; their e-mails only to staff and the firm itself.',
  })
  @ApiOkResponse({ type: CompanyResponse })
  get(
    @OptionalAuth() auth: AuthContext | null,
    @Param('id', uuidParam('id')) id: string,
  ): Promise<CompanyResponse> {
    return this.companies.get(auth, id);
  }

  @Patch('companies/:id')
  @Roles('employer')
  @ApiOperation({ summary: 'Change my company’s profile (managers and members)' })
  @ApiOkResponse({ type: CompanyResponse })
  update(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: UpdateCompanyDto,
  ): Promise<CompanyResponse> {
    return this.companies.update(auth, id, dto);
  }

  @Post('companies/:id/sites')
  @Roles('employer')
  @ApiOperation({ summary: 'Add a site: a town of the list, or coordinates for a place outside it' })
  @ApiCreatedResponse({ type: SiteResponse })
  addSite(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: SiteDto,
  ): Promise<SiteResponse> {
    return this.companies.addSite(auth, id, dto);
  }

  @Put('companies/:id/sites/:siteId')
  @Roles('employer')
  @ApiOperation({ summary: 'Replace a site' })
  @ApiOkResponse({ type: SiteResponse })
  replaceSite(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @Param('siteId', uuidParam('siteId')) siteId: string,
    @Body() dto: SiteDto,
  ): Promise<SiteResponse> {
    return this.companies.replaceSite(auth, id, siteId, dto);
  }

  @Delete('companies/:id/sites/:siteId')
  @Roles('employer')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a site (refused with 409 while draft or open offers use it)' })
  @ApiNoContentResponse()
  deleteSite(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @Param('siteId', uuidParam('siteId')) siteId: string,
  ): Promise<void> {
    return this.companies.deleteSite(auth, id, siteId);
  }

  @Put('companies/:id/logo')
  @Roles('employer')
  @UseInterceptors(
    LogoUploadErrors,
    FileInterceptor(LOGO_FIELD, { limits: { fileSize: LOGO_MAX_BYTES, files: 1, fields: 5 } }),
  )
  @ApiOperation({ summary: 'Upload the logo: PNG, JPEG or WebP (told by the file’s content), at most 1 MB' })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: [LOGO_FIELD],
      properties: { [LOGO_FIELD]: { type: 'string', format: 'binary' } },
    },
  })
  @ApiOkResponse({ type: CompanyResponse })
  putLogo(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @UploadedFile() file: UploadedLogoFile | undefined,
  ): Promise<CompanyResponse> {
    return this.companies.putLogo(auth, id, file);
  }

  @Delete('companies/:id/logo')
  @Roles('employer')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove the logo' })
  @ApiNoContentResponse()
  deleteLogo(@Auth() auth: AuthContext, @Param('id', uuidParam('id')) id: string): Promise<void> {
    return this.companies.deleteLogo(auth, id);
  }

  @Get('companies/:id/logo')
  @Public()
  @ApiOperation({ summary: 'The logo image (use logoUrl from the profile: it changes with the image)' })
  @ApiProduces('image/png', 'image/jpeg', 'image/webp')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async logo(
    @Param('id', uuidParam('id')) id: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const logo = await this.companies.logo(id);
    response.setHeader('Content-Type', logo.contentType);
    response.setHeader('Cache-Control', 'public, max-age=86400');
    response.setHeader('ETag', `"${logo.sha256}"`);
    return new StreamableFile(logo.data);
  }
}
