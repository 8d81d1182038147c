import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CandidatesModule } from '../candidates/candidates.module';
import { MATCH_RECALL, PostgresMatchRecall } from './match-recall';
import { MatchingController } from './matching.controller';
import { MatchingRepository } from './matching.repository';
import { MatchingService } from './matching.service';

@Module({
  imports: [AuditModule, CandidatesModule],
  controllers: [MatchingController],
  providers: [
    MatchingRepository,
    MatchingService,
    PostgresMatchRecall,
    { provide: MATCH_RECALL, useExisting: PostgresMatchRecall },
  ],
  exports: [MatchingService],
})
export class MatchingModule {}
