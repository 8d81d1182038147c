import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { DomainError } from '../../common/domain-error';
import type { CreateTownDto, UpdateTownDto } from './dto/town.dto';
import type { TownResponse } from './dto/town.response';
import { TownDirectory } from './town-directory';
import { Town } from './town.entity';

export const TownsMessage = {
  TOWN_EXISTS: 'A town with this municipality key exists already.',
  TOWN_NOT_FOUND: 'No town with this municipality key.',
} as const;

function toResponse({ ags, name, district, state, lat, lon, population, postalCodes }: Town): TownResponse {
  return { ags, name, district, state, lat, lon, population, postalCodes };
}

/** Coordinators keep the list of towns (new municipalities, postal codes, corrected names). */
@Injectable()
export class TownsService {
  constructor(
    @InjectRepository(Town) private readonly towns: Repository<Town>,
    private readonly directory: TownDirectory,
  ) {}

  async list(): Promise<TownResponse[]> {
    return (await this.towns.find({ order: { name: 'ASC' } })).map(toResponse);
  }

  async create(dto: CreateTownDto): Promise<TownResponse> {
    if (await this.towns.existsBy({ ags: dto.ags }))
      throw new DomainError('TOWN_EXISTS', TownsMessage.TOWN_EXISTS, [
        { code: 'DUPLICATE', field: 'ags', message: 'already exists' },
      ]);
    const town = this.towns.create({
      ags: dto.ags,
      name: dto.name.trim(),
      district: dto.district.trim(),
      state: dto.state.trim(),
      lat: dto.lat,
      lon: dto.lon,
      population: dto.population ?? null,
      postalCodes: [...new Set(dto.postalCodes ?? [])],
    });
    await this.towns.insert(town);
    this.directory.invalidate();
    return toResponse(town);
  }

  async update(ags: string, dto: UpdateTownDto): Promise<TownResponse> {
    const town = await this.towns.findOneBy({ ags });
    if (!town)
      throw new DomainError('NOT_FOUND', TownsMessage.TOWN_NOT_FOUND, [
        { code: 'UNKNOWN_TOWN', field: 'ags', message: 'unknown town' },
      ]);
    if (dto.name !== undefined) town.name = dto.name.trim();
    if (dto.district !== undefined) town.district = dto.district.trim();
    if (dto.state !== undefined) town.state = dto.state.trim();
    if (dto.lat !== undefined) town.lat = dto.lat;
    if (dto.lon !== undefined) town.lon = dto.lon;
    if (dto.population !== undefined) town.population = dto.population;
    if (dto.postalCodes !== undefined) town.postalCodes = [...new Set(dto.postalCodes)];
    await this.towns.save(town);
    this.directory.invalidate();
    return toResponse(town);
  }
}
