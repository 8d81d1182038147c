import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BarrierReport } from './barrier-report.entity';
import { BarriersController } from './barriers.controller';
import { BarriersRepository } from './barriers.repository';
import { BarriersService } from './barriers.service';

/** The "report a barrier" form of the accessibility statement. */
@Module({
  imports: [TypeOrmModule.forFeature([BarrierReport])],
  controllers: [BarriersController],
  providers: [BarriersRepository, BarriersService],
})
export class BarriersModule {}
