import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../../common/access';
import { Auth, Meta, type AuthContext, type RequestMeta } from '../../../common/auth-context';
import { uuidParam } from '../../../common/uuid-param';
import { OfferInterestedResponse } from './dto/offer-interest.response';
import { OfferInterestsService } from './offer-interests.service';

@ApiTags('offers')
@Controller('offers')
export class OfferInterestsController {
  constructor(private readonly interests: OfferInterestsService) {}

  @Get(':id/interested')
  @Roles('employer', 'admin', 'iba_staff', 'coordinator')
  @ApiOperation({
    summary:
      'Who marked interest in an offer, by pseudonym (the firm once checked, and staff; same rules as search); logged',
  })
  @ApiOkResponse({ type: OfferInterestedResponse })
  interested(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @Meta() meta: RequestMeta,
  ): Promise<OfferInterestedResponse> {
    return this.interests.interested(auth, id, meta);
  }
}
