import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Roles } from '../../../common/access';
import { Auth, type AuthContext } from '../../../common/auth-context';
import { uuidParam } from '../../../common/uuid-param';
import { CreateOfferDto, UpdateOfferDto } from './dto/offer.dto';
import { OfferListQuery } from './dto/offer-list.query';
import { OfferListResponse, OfferResponse } from './dto/offer.response';
import { OffersService } from './offers.service';

@ApiTags('offers')
@Controller('offers')
export class OffersController {
  constructor(private readonly offers: OffersService) {}

  @Get()
  @Roles('employer', 'admin', 'iba_staff', 'coordinator')
  @ApiOperation({
    summary: 'Offers in every status: an employer gets their own company’s, staff all (or one company’s)',
  })
  @ApiOkResponse({ type: OfferListResponse })
  list(@Auth() auth: AuthContext, @Query() query: OfferListQuery): Promise<OfferListResponse> {
    return this.offers.list(auth, query);
  }

  @Post()
  @Roles('employer')
  @ApiOperation({ summary: 'Create an offer of my company (a draft unless status says otherwise)' })
  @ApiCreatedResponse({ type: OfferResponse })
  create(@Auth() auth: AuthContext, @Body() dto: CreateOfferDto): Promise<OfferResponse> {
    return this.offers.create(auth, dto);
  }

  @Get(':id')
  @Roles('employer', 'admin', 'iba_staff', 'coordinator')
  @ApiOperation({ summary: 'One offer with its interest count; another firm’s offer is a 404' })
  @ApiOkResponse({ type: OfferResponse })
  get(@Auth() auth: AuthContext, @Param('id', uuidParam('id')) id: string): Promise<OfferResponse> {
    return this.offers.get(auth, id);
  }

  @Patch(':id')
  @Roles('employer')
  @ApiOperation({ summary: 'Change an offer of my company' })
  @ApiOkResponse({ type: OfferResponse })
  update(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: UpdateOfferDto,
  ): Promise<OfferResponse> {
    return this.offers.update(auth, id, dto);
  }

  @Delete(':id')
  @Roles('employer')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete an offer of my company (marked interests go with it)' })
  @ApiNoContentResponse()
  delete(@Auth() auth: AuthContext, @Param('id', uuidParam('id')) id: string): Promise<void> {
    return this.offers.delete(auth, id);
  }
}
