import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { ConfigError, loadConfig } from './config/app-config';
import { dataSourceOptions } from './database/data-source-options';
import { EmbeddedRuntime } from './runtime/embedded-runtime';
import { MATCHING_INDEXES, type MatchingIndexName } from './modules/matching-index/documents';
import { CandidatesIndexer } from './modules/matching-index/indexers/candidates.indexer';
import { CompaniesIndexer } from './modules/matching-index/indexers/companies.indexer';
import { OffersIndexer } from './modules/matching-index/indexers/offers.indexer';
import { MatchingIndexService } from './modules/matching-index/matching-index.service';
import { MeilisearchSearchIndex } from './search/meilisearch.search-index';

// Rebuilds the matching indexes (candidates, offers, companies) from PostgreSQL into fresh
// indexes and swaps them in: `npx nx run api:reindex` (all) or `… -- --index candidates`.
// A running app keeps serving searches from the old index until the swap; stop `npm start`
// first when it uses the same data folder, or point DATABASE_URL and MEILI_URL at its servers.
function indexesAsked(): MatchingIndexName[] {
  const at = process.argv.indexOf('--index');
  if (at < 0) return [...MATCHING_INDEXES];
  const names = (process.argv[at + 1] ?? '').split(',');
  const unknown = names.filter((n) => !MATCHING_INDEXES.includes(n as MatchingIndexName));
  if (unknown.length > 0) {
    process.stderr.write(
      `reindex: --index must name ${MATCHING_INDEXES.join(', ')} (got ${unknown.join(', ')})\n`,
    );
    process.exit(1);
  }
  return names as MatchingIndexName[];
}

async function main(): Promise<void> {
  const names = indexesAsked();
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`reindex: ${error.problems.join('; ')}\n`);
      process.exit(1);
    }
    throw error;
  }
  const runtime =
    config.databaseUrl && config.meiliUrl
      ? null
      : new EmbeddedRuntime({
          dataDir: config.dataDir,
          postgres: config.databaseUrl ? null : { port: config.embeddedPostgresPort },
          meilisearch: config.meiliUrl ? null : { port: config.embeddedMeiliPort },
          log: () => undefined,
        });
  const embedded = (await runtime?.start()) ?? {};
  const dataSource = await new DataSource(
    dataSourceOptions(config.databaseUrl ?? embedded.databaseUrl!),
  ).initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    const searchIndex = new MeilisearchSearchIndex(
      config.meiliUrl ?? embedded.meiliUrl!,
      config.meiliMasterKey ?? embedded.meiliMasterKey!,
      config.meiliIndexPrefix,
    );
    const service = new MatchingIndexService(
      dataSource,
      searchIndex,
      new CandidatesIndexer(),
      new OffersIndexer(),
      new CompaniesIndexer(),
    );
    for (const name of names) {
      const started = Date.now();
      const count = await service.rebuild(service.byName(name));
      const seconds = (Date.now() - started) / 1000;
      process.stdout.write(
        `reindex: ${name}: ${count} documents in ${seconds.toFixed(1)} s (${Math.round(count / Math.max(seconds, 0.001))} per second)\n`,
      );
    }
  } finally {
    await dataSource.destroy();
    await runtime?.stop();
  }
}

void main().catch((error: unknown) => {
  process.stderr.write(`reindex: ${(error as Error).message}\n`);
  process.exit(1);
});
