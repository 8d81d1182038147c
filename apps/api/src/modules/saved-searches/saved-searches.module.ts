import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CandidateSearchModule } from '../candidate-search/candidate-search.module';
import { CandidatesModule } from '../candidates/candidates.module';
import { CompaniesModule } from '../companies/companies.module';
import { MatchingIndexModule } from '../matching-index/matching-index.module';
import { SavedSearchesController } from './saved-searches.controller';
import { SavedSearchesRepository } from './saved-searches.repository';
import { SavedSearchesService } from './saved-searches.service';

/** Saved candidate and offer searches, their alerts and the daily alert digest. */
@Module({
  imports: [AuditModule, CandidatesModule, CandidateSearchModule, CompaniesModule, MatchingIndexModule],
  controllers: [SavedSearchesController],
  providers: [SavedSearchesRepository, SavedSearchesService],
  exports: [SavedSearchesService],
})
export class SavedSearchesModule {}
