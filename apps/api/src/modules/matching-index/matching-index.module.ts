import { Module } from '@nestjs/common';
import { CandidatesIndexer } from './indexers/candidates.indexer';
import { CompaniesIndexer } from './indexers/companies.indexer';
import { OffersIndexer } from './indexers/offers.indexer';
import { MatchingIndexService } from './matching-index.service';
import { SearchOutboxWorker } from './search-outbox.worker';

/** The matching indexes and the worker that keeps them in line with PostgreSQL. */
@Module({
  providers: [CandidatesIndexer, OffersIndexer, CompaniesIndexer, MatchingIndexService, SearchOutboxWorker],
  exports: [CandidatesIndexer, OffersIndexer, CompaniesIndexer, MatchingIndexService, SearchOutboxWorker],
})
export class MatchingIndexModule {}
