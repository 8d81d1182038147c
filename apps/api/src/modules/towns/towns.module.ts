import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TownDirectory } from './town-directory';
import { Town } from './town.entity';
import { TownsController } from './towns.controller';
import { TownsService } from './towns.service';

@Module({
  imports: [TypeOrmModule.forFeature([Town])],
  controllers: [TownsController],
  providers: [TownsService, TownDirectory],
  exports: [TownDirectory],
})
export class TownsModule {}
