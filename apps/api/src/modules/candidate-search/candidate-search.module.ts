import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CandidatesModule } from '../candidates/candidates.module';
import { MatchingIndexModule } from '../matching-index/matching-index.module';
import { ReportsModule } from '../reports/reports.module';
import { TownsModule } from '../towns/towns.module';
import { CandidateSearchController } from './candidate-search.controller';
import { CandidateSearchService } from './candidate-search.service';

@Module({
  imports: [AuditModule, CandidatesModule, MatchingIndexModule, ReportsModule, TownsModule],
  controllers: [CandidateSearchController],
  providers: [CandidateSearchService],
  exports: [CandidateSearchService],
})
export class CandidateSearchModule {}
