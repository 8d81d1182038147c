import 'reflect-metadata';
import { Client } from 'pg';
import { Meilisearch } from 'meilisearch';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ConfigError, loadConfig, type AppConfig } from './config/app-config';
import { EmbeddedRuntime, EmbeddedServerError, persistentSecret } from './runtime/embedded-runtime';
import { InstanceLockedError } from './runtime/instance-lock';
import { createApp, DemoAccountsInProductionError, prepareData } from './app.factory';

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
  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    say(`${signal} received, shutting down`);
    try {
      await app?.close();
    } finally {
      await runtime?.stop();
      say('stopped');
      process.exit(0);
    }
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
    process.on(signal, () => void shutdown(signal));

  try {
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
  } catch (error) {
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
