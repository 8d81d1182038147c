import { Module } from '@nestjs/common';
import { TaxonomyController } from './taxonomy.controller';
import { TaxonomySearchIndexer } from './taxonomy.search-index';
import { TaxonomyService } from './taxonomy.service';

@Module({
  controllers: [TaxonomyController],
  providers: [TaxonomyService, TaxonomySearchIndexer],
  exports: [TaxonomySearchIndexer],
})
export class TaxonomyModule {}
