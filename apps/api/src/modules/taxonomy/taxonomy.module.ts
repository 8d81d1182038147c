import { Module } from '@nestjs/common';
import { TaxonomyCurationController } from './curation/taxonomy-curation.controller';
import { TaxonomyCurationService } from './curation/taxonomy-curation.service';
import { TaxonomyController } from './taxonomy.controller';
import { TaxonomySearchIndexer } from './taxonomy.search-index';
import { TaxonomyService } from './taxonomy.service';
import { TaxonomyLabelsService } from './taxonomy-labels.service';

@Module({
  controllers: [TaxonomyController, TaxonomyCurationController],
  providers: [TaxonomyService, TaxonomySearchIndexer, TaxonomyLabelsService, TaxonomyCurationService],
  exports: [TaxonomySearchIndexer, TaxonomyLabelsService],
})
export class TaxonomyModule {}
