import 'reflect-metadata';
import { Client } from 'pg';
import { Meilisearch } from 'meilisearch';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ConfigError, loadConfig, type AppConfig } from './config/app-config';
import {
  describeStopReport,
  EmbeddedRuntime,
  EmbeddedServerError,
  persistentSecret,
} from './runtime/embedded-runtime';
import { InstanceLockedError } from './runtime/instance-lock';
import { reportEmbeddedServers } from './runtime/supervision';
import { createApp, DemoAccountsInProductionError, prepareData } from './app.factory';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './database/seeds/demo-data.seeder';

function fail(message: string): never {
  process.stderr.write(`passgenau: ${message}\n`);
  process.exit(1);
}

function say(message: string): void {
  process.stdout.write(`passgenau: ${message}\n`);
}

async function checkDatabase(url: string, variable: string): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    throw new EmbeddedServerError(
      `${variable}: cannot connect to PostgreSQL (${(error as Error).message || String(error)})`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function checkSearch(url: string, key: string): Promise<void> {
  try {
    const client = new Meilisearch({ host: url, apiKey: key, timeout: 5_000 });
    await client.health();
    await client.getRawIndexes({ limit: 1 });
  } catch (error) {
    throw new EmbeddedServerError(
      `MEILI_URL / MEILI_MASTER_KEY: cannot use Meilisearch (${(error as Error).message})`,
    );
  }
}

const SHUTDOWN_LIMIT_MS = 15_000;
const APP_CLOSE_LIMIT_MS = 4_000;

async function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>(
        (_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms)),
      ),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Stops the app when the process that started it (npm, a shell, a process manager) is gone: the
 * process is then re-parented, and nobody would be left to stop it or its servers.
 */
function watchParent(onGone: () => void): void {
  const parent = process.ppid;
  // Started directly by init (or as a container's first process): no parent to watch.
  if (parent <= 1) return;
  const timer = setInterval(() => {
    if (process.ppid !== parent) {
      clearInterval(timer);
      onGone();
    }
  }, 1_000);
  timer.unref();
}

/** What a person starting the app needs next: where its data is, where mail goes, how to sign in. */
function startSummary(config: AppConfig): string[] {
  const lines = [`data folder: ${config.dataDir}`];
  lines.push(`links in e-mails and on access cards: ${config.publicUrl}`);
  if (config.mailDir) lines.push(`e-mails: .eml files in ${config.mailDir}`);
  if (config.seedDemoData) {
    lines.push(`demo accounts (password ${DEMO_PASSWORD}):`);
    for (const account of DEMO_ACCOUNTS) lines.push(`  ${account.role.padEnd(11)} ${account.email}`);
  }
  if (config.logFormat === 'text')
    lines.push('requests are logged at debug (LOG_LEVEL=debug); LOG_FORMAT=json for JSON lines');
  return lines;
}

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(`configuration error: ${error.problems.join('; ')}`);
    throw error;
  }

  const runtime =
    config.databaseUrl && config.meiliUrl
      ? null
      : new EmbeddedRuntime({
          dataDir: config.dataDir,
          postgres: config.databaseUrl ? null : { port: config.embeddedPostgresPort },
          meilisearch: config.meiliUrl ? null : { port: config.embeddedMeiliPort },
          log: say,
        });

  let app: NestExpressApplication | null = null;
  let shuttingDown = false;
  /**
   * Bounded: the HTTP server and connections get a few seconds, the embedded servers are stopped
   * with growing force, and a watchdog ends the process if anything still hangs. A second signal
   * forces the exit at once.
   */
  const shutdown = async (reason: string) => {
    if (shuttingDown) {
      say(`${reason} again: forcing exit`);
      runtime?.killSync();
      process.exit(1);
    }
    shuttingDown = true;
    say(`${reason}, shutting down`);
    setTimeout(() => {
      say(`shutdown did not finish within ${SHUTDOWN_LIMIT_MS / 1000} s: forcing exit`);
      runtime?.killSync();
      process.exit(1);
    }, SHUTDOWN_LIMIT_MS).unref();
    if (app) {
      const closed = await within(app.close(), APP_CLOSE_LIMIT_MS).catch((error: Error) => error);
      if (closed instanceof Error) say(`closing the application: ${closed.message}`);
    }
    if (runtime) {
      const report = await runtime.stop();
      say(describeStopReport(report));
    }
    say('stopped');
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
    process.on(signal, () => void shutdown(`${signal} received`));
  watchParent(() => void shutdown('the parent process exited'));

  try {
    reportEmbeddedServers(runtime);
    const embedded = (await runtime?.start()) ?? {};
    const databaseUrl = config.databaseUrl ?? embedded.databaseUrl!;
    const meiliUrl = config.meiliUrl ?? embedded.meiliUrl!;
    const meiliMasterKey = config.meiliMasterKey ?? embedded.meiliMasterKey!;
    await checkDatabase(databaseUrl, config.databaseUrl ? 'DATABASE_URL' : 'embedded PostgreSQL');
    await checkSearch(meiliUrl, meiliMasterKey);
    const jwtSecret = config.jwtSecret ?? persistentSecret(config.dataDir, 'jwt-secret');
    app = await createApp({ config, databaseUrl, meiliUrl, meiliMasterKey, jwtSecret });
    say('preparing data (migrations, reference data, search index)');
    await prepareData(app, {
      seedDemoData: config.seedDemoData,
      production: config.nodeEnv === 'production',
    });
    await app.listen(config.port, config.host);
    say(`ready on http://${config.host === '127.0.0.1' ? 'localhost' : config.host}:${config.port}`);
    for (const line of startSummary(config)) say(line);
  } catch (error) {
    // A signal during the start stops the servers under the start's feet; the shutdown reports that.
    if (shuttingDown) return;
    await app?.close().catch(() => undefined);
    await runtime?.stop().catch(() => undefined);
    if (
      error instanceof InstanceLockedError ||
      error instanceof EmbeddedServerError ||
      error instanceof DemoAccountsInProductionError
    ) {
      fail(error.message);
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') fail(`PORT: port ${config.port} is already in use`);
    if (code === 'EACCES') fail(`PORT: no permission to listen on port ${config.port}`);
    fail(`start failed: ${(error as Error).stack ?? String(error)}`);
  }
}

void main();
