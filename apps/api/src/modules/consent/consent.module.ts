import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CandidatesModule } from '../candidates/candidates.module';
import { ConsentController } from './consent.controller';
import { ConsentService } from './consent.service';

/** The candidate's consent to a searchable profile: text, grant, withdrawal and history. */
@Module({
  imports: [AuditModule, CandidatesModule],
  controllers: [ConsentController],
  providers: [ConsentService],
  exports: [ConsentService],
})
export class ConsentModule {}
