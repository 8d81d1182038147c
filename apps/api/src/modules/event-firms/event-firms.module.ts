import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module';
import { EventFirmsController } from './event-firms.controller';
import { EventFirmsRepository } from './event-firms.repository';
import { EventFirmsService } from './event-firms.service';

/** The firms of an event that staff print match lists for, including firms entered on the spot. */
@Module({
  imports: [EventsModule],
  controllers: [EventFirmsController],
  providers: [EventFirmsRepository, EventFirmsService],
  exports: [EventFirmsService],
})
export class EventFirmsModule {}
