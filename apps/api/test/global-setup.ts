import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { EmbeddedRuntime, findFreePort } from '../src/runtime/embedded-runtime';
import { TEST_RUNTIME_DIR } from './test-environment';
import { createTestApp } from './test-app';

declare global {
  var passgenauTestRuntime: { runtime: EmbeddedRuntime | null; adminUrl: string; database: string } | undefined;
}

/**
 * Starts real PostgreSQL and Meilisearch once per run (embedded, unless DATABASE_URL and
 * MEILI_URL/MEILI_MASTER_KEY point at servers), creates a database and an index prefix of this run
 * alone, and prepares them (migrations, reference data, search index) like a real start does.
 */
export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  const external = process.env['DATABASE_URL'] && process.env['MEILI_URL'] && process.env['MEILI_MASTER_KEY'];
  let runtime: EmbeddedRuntime | null = null;
  let adminUrl: string;
  let meiliUrl: string;
  let meiliKey: string;
  if (external) {
    adminUrl = process.env['DATABASE_URL']!;
    meiliUrl = process.env['MEILI_URL']!;
    meiliKey = process.env['MEILI_MASTER_KEY']!;
  } else {
    runtime = new EmbeddedRuntime({
      dataDir: TEST_RUNTIME_DIR,
      postgres: { port: await findFreePort() },
      meilisearch: { port: await findFreePort() },
      log: () => undefined,
    });
    const endpoints = await runtime.start();
    adminUrl = endpoints.databaseUrl!;
    meiliUrl = endpoints.meiliUrl!;
    meiliKey = endpoints.meiliMasterKey!;
  }
  const runId = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  const database = `passgenau_test_${runId}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  process.env['PASSGENAU_TEST_DATABASE_URL'] = url.toString();
  process.env['PASSGENAU_TEST_MEILI_URL'] = meiliUrl;
  process.env['PASSGENAU_TEST_MEILI_KEY'] = meiliKey;
  process.env['PASSGENAU_TEST_MEILI_PREFIX'] = `test_${runId}`;
  globalThis.passgenauTestRuntime = { runtime, adminUrl, database };

  const { app } = await createTestApp({ prepare: true });
  await app.close();
  process.stdout.write(
    `\nintegration setup: ${external ? 'external' : 'embedded'} PostgreSQL ${url.host} database ${database}, ` +
      `Meilisearch ${meiliUrl} prefix test_${runId}, ready in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
}
