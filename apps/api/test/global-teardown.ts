import { Client } from 'pg';
import { MeilisearchSearchIndex } from '../src/search/meilisearch.search-index';
import { readTestEnvironment } from './test-environment';

/** Drops this run's database and indexes and stops the embedded servers. */
export default async function globalTeardown(): Promise<void> {
  const state = globalThis.passgenauTestRuntime;
  if (!state) return;
  const env = readTestEnvironment();
  try {
    await new MeilisearchSearchIndex(env.meiliUrl, env.meiliMasterKey, env.meiliIndexPrefix).deleteAll();
    const admin = new Client({ connectionString: state.adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${state.database} WITH (FORCE)`);
    await admin.end();
  } finally {
    await state.runtime?.stop();
  }
}
