import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Public } from '../../common/access';
import { TownResponse } from './dto/town.response';
import { Town } from './town.entity';

@ApiTags('towns')
@Controller('towns')
export class TownsController {
  constructor(@InjectRepository(Town) private readonly towns: Repository<Town>) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'The towns and municipalities of the district, with coordinates' })
  @ApiOkResponse({ type: [TownResponse] })
  async list(): Promise<TownResponse[]> {
    const towns = await this.towns.find({ order: { name: 'ASC' } });
    return towns.map(({ ags, name, district, state, lat, lon, population, postalCodes }) => ({
      ags,
      name,
      district,
      state,
      lat,
      lon,
      population,
      postalCodes,
    }));
  }
}
