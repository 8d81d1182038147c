import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { EmbeddedRuntime, findFreePort } from '../src/runtime/embedded-runtime';
import { InstanceLockedError } from '../src/runtime/instance-lock';
import { TEST_RUNTIME_DIR } from './test-environment';
import { createTestApp } from './test-app';

declare global {
  var passgenauTestRuntime:
    { runtime: EmbeddedRuntime | null; adminUrl: string; database: string } | undefined;
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
    // Runs of several checkouts may overlap: each takes the first runtime folder that is not locked.
    let endpoints: Awaited<ReturnType<EmbeddedRuntime['start']>> | null = null;
    for (let slot = 0; !endpoints; slot++) {
      runtime = new EmbeddedRuntime({
        dataDir: slot === 0 ? TEST_RUNTIME_DIR : `${TEST_RUNTIME_DIR}-${slot}`,
        postgres: { port: await findFreePort() },
        meilisearch: { port: await findFreePort() },
        log: () => undefined,
      });
      try {
        endpoints = await runtime.start();
      } catch (error) {
        if (!(error instanceof InstanceLockedError) || slot >= 7) throw error;
      }
    }
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
  await searchSettled(meiliUrl, meiliKey);
  process.stdout.write(
    `\nintegration setup: ${external ? 'external' : 'embedded'} PostgreSQL ${url.host} database ${database}, ` +
      `Meilisearch ${meiliUrl} prefix test_${runId}, ready in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
}

/**
 * Waits until Meilisearch has no task enqueued or processing. Its tasks run one after the other across all
 * indexes, so a document the first test pushes would otherwise wait behind the setup's index builds and
 * arrive after the test's search (seen on a fresh clone, where the profiles spec ran first).
 */
async function searchSettled(meiliUrl: string, meiliKey: string, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await fetch(`${meiliUrl}/tasks?statuses=enqueued,processing&limit=1`, {
      headers: { Authorization: `Bearer ${meiliKey}` },
    });
    if (!response.ok) throw new Error(`Meilisearch /tasks answered ${response.status}`);
    const { total } = (await response.json()) as { total: number };
    if (total === 0) return;
    if (Date.now() >= deadline) throw new Error(`Meilisearch still has ${total} tasks after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
