import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../common/access';
import { Auth, type AuthContext } from '../../common/auth-context';
import { BodyLimit } from '../../common/request-limits';
import { uuidParam } from '../../common/uuid-param';
import { CreateGuestFirmDto, EventMatchFirmResponse } from './dto/event-firms.dto';
import { EventFirmsService } from './event-firms.service';

const STAFF = ['coordinator', 'iba_staff'] as const;

@ApiTags('events')
@Controller('events')
export class EventFirmsController {
  constructor(private readonly firms: EventFirmsService) {}

  @Get(':id/match-firms')
  @Roles(...STAFF)
  @ApiOperation({
    summary: 'The firms of an event whose match lists staff print: registered firms and firms entered on the spot',
  })
  @ApiOkResponse({ type: [EventMatchFirmResponse] })
  list(@Auth() auth: AuthContext, @Param('id', uuidParam('id')) id: string): Promise<EventMatchFirmResponse[]> {
    return this.firms.list(auth, id);
  }

  @Post(':id/guest-firms')
  @Roles(...STAFF)
  @BodyLimit(8 * 1024)
  @HttpCode(201)
  @ApiOperation({
    summary: 'Enter a firm on the spot at an employer information event: name, town, the occupations it looks for',
    description: 'Only for events of kind iba_info (EVENT_NOT_IBA_INFO, 422); not after the event was held (EVENT_HELD, 409).',
  })
  @ApiCreatedResponse({ type: EventMatchFirmResponse })
  addGuest(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: CreateGuestFirmDto,
  ): Promise<EventMatchFirmResponse> {
    return this.firms.addGuest(auth, id, dto);
  }

  @Delete(':id/guest-firms/:firmId')
  @Roles(...STAFF)
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a firm entered on the spot' })
  @ApiNoContentResponse()
  removeGuest(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @Param('firmId', uuidParam('firmId')) firmId: string,
  ): Promise<void> {
    return this.firms.removeGuest(auth, id, firmId);
  }
}
