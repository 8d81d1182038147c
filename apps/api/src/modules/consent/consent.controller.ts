import { Body, Controller, Delete, Get, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SEARCHABLE_PROFILE_CONSENT } from '@passgenau/domain';
import { Public, Roles } from '../../common/access';
import { Auth, Meta, type AuthContext, type RequestMeta } from '../../common/auth-context';
import { uuidParam } from '../../common/uuid-param';
import { ConsentService } from './consent.service';
import { ConsentStatusResponse, ConsentTextResponse, GrantConsentDto } from './dto/consent.dto';

@ApiTags('consent')
@Controller()
export class ConsentController {
  constructor(private readonly consent: ConsentService) {}

  @Get('consent/texts')
  @Public()
  @ApiOperation({ summary: 'The current consent text in every UI language' })
  @ApiOkResponse({ type: ConsentTextResponse })
  texts(): ConsentTextResponse {
    return SEARCHABLE_PROFILE_CONSENT;
  }

  @Get('candidates/:id/consent')
  @Roles('candidate', 'mentor', 'iba_staff', 'admin')
  @ApiOperation({ summary: 'Consent status and history of a candidate' })
  @ApiOkResponse({ type: ConsentStatusResponse })
  status(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @Meta() meta: RequestMeta,
  ): Promise<ConsentStatusResponse> {
    return this.consent.status(auth, id, meta);
  }

  @Post('candidates/:id/consent')
  @Roles('candidate', 'mentor')
  @ApiOperation({
    summary: 'Give consent to a searchable profile (a mentor: on the candidate’s behalf, marked)',
  })
  @ApiCreatedResponse({ type: ConsentStatusResponse })
  grant(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: GrantConsentDto,
    @Meta() meta: RequestMeta,
  ): Promise<ConsentStatusResponse> {
    return this.consent.grant(auth, id, dto.textVersion, meta);
  }

  @Delete('candidates/:id/consent')
  @Roles('candidate', 'mentor')
  @ApiOperation({ summary: 'Withdraw consent; takes effect at once' })
  @ApiOkResponse({ type: ConsentStatusResponse })
  withdraw(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @Meta() meta: RequestMeta,
  ): Promise<ConsentStatusResponse> {
    return this.consent.withdraw(auth, id, meta);
  }
}
