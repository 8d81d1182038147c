import { Body, Controller, Get, Param, Patch, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public, Roles } from '../../../common/access';
import { Auth, type AuthContext } from '../../../common/auth-context';
import { uuidParam } from '../../../common/uuid-param';
import { CompanyShowcaseResponse } from '../profile/dto/company.response';
import { RefugeeEmployerDto, ShowcaseOptInDto, ShowcasePage, ShowcaseQuery } from './dto/showcase.dto';
import { ShowcaseService } from './showcase.service';

@ApiTags('showcase')
@Controller()
export class ShowcaseController {
  constructor(private readonly showcase: ShowcaseService) {}

  @Get('showcase')
  @Public()
  @ApiOperation({
    summary: 'Firms that employ or train refugees: opted in by the firm and confirmed by staff',
  })
  @ApiOkResponse({ type: ShowcasePage })
  list(@Query() query: ShowcaseQuery): Promise<ShowcasePage> {
    return this.showcase.list(query);
  }

  @Put('companies/:id/showcase')
  @Roles('employer')
  @ApiOperation({ summary: 'Opt my company in to the public showcase (with a short story) or out of it' })
  @ApiOkResponse({ type: CompanyShowcaseResponse })
  setOptIn(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: ShowcaseOptInDto,
  ): Promise<CompanyShowcaseResponse> {
    return this.showcase.setOptIn(auth, id, dto);
  }

  @Patch('companies/:id/refugee-employer')
  @Roles('iba_staff', 'coordinator')
  @ApiOperation({ summary: 'Mark a firm as employing or training refugees (or take the mark back)' })
  @ApiOkResponse({ type: CompanyShowcaseResponse })
  setEmploysRefugees(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: RefugeeEmployerDto,
  ): Promise<CompanyShowcaseResponse> {
    return this.showcase.setEmploysRefugees(auth, id, dto);
  }
}
