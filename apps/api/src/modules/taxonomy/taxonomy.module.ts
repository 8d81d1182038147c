import { Module } from '@nestjs/common';
import { TaxonomyController } from './taxonomy.controller';
import { TaxonomySearchIndexer } from './taxonomy.search-index';
import { TaxonomyService } from './taxonomy.service';
import { TaxonomyLabelsService } from './taxonomy-labels.service';

@Module({
  controllers: [TaxonomyController],
  providers: [TaxonomyService, TaxonomySearchIndexer, TaxonomyLabelsService],
  exports: [TaxonomySearchIndexer, TaxonomyLabelsService],
})
export class TaxonomyModule {}
