import { Global, Module, type DynamicModule } from '@nestjs/common';
import { MeilisearchSearchIndex } from './meilisearch.search-index';
import { SEARCH_INDEX } from './search-index';

@Global()
@Module({})
export class SearchModule {
  static forRoot(options: { url: string; apiKey: string; prefix: string }): DynamicModule {
    return {
      module: SearchModule,
      providers: [
        {
          provide: SEARCH_INDEX,
          useValue: new MeilisearchSearchIndex(options.url, options.apiKey, options.prefix),
        },
      ],
      exports: [SEARCH_INDEX],
    };
  }
}
