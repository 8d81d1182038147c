import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CandidatesModule } from '../candidates/candidates.module';
import { EventFirmsModule } from '../event-firms/event-firms.module';
import { EventsModule } from '../events/events.module';
import { MatchingModule } from '../matching/matching.module';
import { ProfilesModule } from '../profiles/profiles.module';
import { PdfRenderer } from './pdf-renderer.service';
import { PrintController } from './print.controller';
import { PrintJobsRepository } from './print-jobs.repository';
import { PrintJobsService } from './print-jobs.service';
import { PrintRepository } from './print.repository';
import { PrintService } from './print.service';

/** Printouts as print-ready PDFs (issue 12): HTML templates printed by headless Chromium. */
@Module({
  imports: [AuditModule, CandidatesModule, EventFirmsModule, EventsModule, MatchingModule, ProfilesModule],
  controllers: [PrintController],
  providers: [PdfRenderer, PrintJobsRepository, PrintJobsService, PrintRepository, PrintService],
  exports: [PdfRenderer],
})
export class PrintModule {}
