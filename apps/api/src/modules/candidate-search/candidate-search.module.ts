import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CandidatesModule } from '../candidates/candidates.module';
import { CandidateSearchController } from './candidate-search.controller';
import { CandidateSearchService } from './candidate-search.service';

@Module({
  imports: [AuditModule, CandidatesModule],
  controllers: [CandidateSearchController],
  providers: [CandidateSearchService],
  exports: [CandidateSearchService],
})
export class CandidateSearchModule {}
