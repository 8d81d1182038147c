import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Town } from './town.entity';
import { TownsController } from './towns.controller';

@Module({ imports: [TypeOrmModule.forFeature([Town])], controllers: [TownsController] })
export class TownsModule {}
