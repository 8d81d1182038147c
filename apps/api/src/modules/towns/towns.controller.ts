import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public, Roles } from '../../common/access';
import { DomainError } from '../../common/domain-error';
import { CreateTownDto, UpdateTownDto } from './dto/town.dto';
import { TownResponse } from './dto/town.response';
import { TownsService } from './towns.service';

function agsParam(value: string): string {
  if (!/^\d{8}$/.test(value))
    throw new DomainError('VALIDATION_FAILED', 'Invalid input: ags', [
      { code: 'BAD_FORMAT', field: 'ags', message: 'ags must be 8 digits' },
    ]);
  return value;
}

@ApiTags('towns')
@Controller('towns')
export class TownsController {
  constructor(private readonly towns: TownsService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'The towns and municipalities of the district, with coordinates' })
  @ApiOkResponse({ type: [TownResponse] })
  list(): Promise<TownResponse[]> {
    return this.towns.list();
  }

  @Post()
  @Roles('coordinator', 'admin')
  @ApiOperation({ summary: 'Add a town (coordinators)' })
  @ApiCreatedResponse({ type: TownResponse })
  create(@Body() dto: CreateTownDto): Promise<TownResponse> {
    return this.towns.create(dto);
  }

  @Patch(':ags')
  @Roles('coordinator', 'admin')
  @ApiOperation({
    summary: 'Correct a town: name, district, coordinates, population, postal codes (coordinators)',
  })
  @ApiOkResponse({ type: TownResponse })
  update(@Param('ags') ags: string, @Body() dto: UpdateTownDto): Promise<TownResponse> {
    return this.towns.update(agsParam(ags), dto);
  }
}
