import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CandidatesModule } from '../candidates/candidates.module';
import { TownsModule } from '../towns/towns.module';
import { MATCH_RECALL, PostgresMatchRecall } from './match-recall';
import { IndexFirstMatchRecall, MeilisearchMatchRecall } from './meilisearch-match-recall';
import { MatchingController } from './matching.controller';
import { MatchingRepository } from './matching.repository';
import { MatchingService } from './matching.service';

@Module({
  imports: [AuditModule, CandidatesModule, TownsModule],
  controllers: [MatchingController],
  providers: [
    MatchingRepository,
    MatchingService,
    PostgresMatchRecall,
    MeilisearchMatchRecall,
    IndexFirstMatchRecall,
    // Recall from the matching indexes; PostgreSQL while Meilisearch does not answer.
    { provide: MATCH_RECALL, useExisting: IndexFirstMatchRecall },
  ],
  exports: [MatchingService],
})
export class MatchingModule {}
