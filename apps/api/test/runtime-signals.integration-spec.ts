import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findFreePort } from '../src/runtime/embedded-runtime';
import { isProcessAlive } from '../src/runtime/instance-lock';

/**
 * `npm start` run the way a process manager runs it: in a process group of its own, with signals
 * sent to the npm process only (not to the group, as a terminal's Ctrl-C would). Needs the built
 * app (`nx run api:build`; the integration target builds first). `--ignore-scripts` skips the
 * `prestart` build; the signal path (npm → start script → node) is the real one.
 */

const ROOT = resolve(__dirname, '../../..');
const MAIN = join(ROOT, 'dist/apps/api/main.js');

interface Started {
  child: ChildProcess;
  pid: number;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Processes (not zombies) that belong to this data folder: by command line or environment. */
function processesOf(dataDir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (/^\d+ \(.*\) Z /.test(stat)) continue;
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').join(' ').trim();
      let environ = '';
      try {
        environ = readFileSync(`/proc/${entry}/environ`, 'utf8');
      } catch {
        // not ours to read
      }
      if (cmdline.includes(dataDir) || environ.split('\0').includes(`PASSGENAU_DATA_DIR=${dataDir}`))
        found.push(`${entry}: ${cmdline.slice(0, 120)}`);
    } catch {
      // the process ended while we looked
    }
  }
  return found;
}

async function waitUntil(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return check();
}

describe('npm start under a process manager (signal to the npm process only)', () => {
  let dataDir: string;
  let env: NodeJS.ProcessEnv;
  let port: number;
  const started: Started[] = [];

  beforeAll(async () => {
    if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run \`npx nx run api:build\` first`);
    dataDir = mkdtempSync(join(tmpdir(), 'passgenau-signals-'));
    // PostgreSQL runs as its own OS user when we are root and must be able to enter the folder.
    chmodSync(dataDir, 0o755);
    port = await findFreePort();
    env = { ...process.env, LOG_LEVEL: 'warn' };
    for (const name of ['DATABASE_URL', 'MEILI_URL', 'MEILI_MASTER_KEY', 'NODE_ENV', 'JWT_SECRET'])
      delete env[name];
    Object.assign(env, {
      PASSGENAU_DATA_DIR: dataDir,
      PORT: String(port),
      PASSGENAU_PG_PORT: String(await findFreePort()),
      PASSGENAU_MEILI_PORT: String(await findFreePort()),
    });
  });

  afterAll(async () => {
    // Whatever a failed test left running: signal each started group, then the folder's servers.
    for (const run of started) {
      try {
        process.kill(-run.pid, 'SIGKILL');
      } catch {
        // group already gone
      }
    }
    for (const line of processesOf(dataDir)) {
      try {
        process.kill(Number(line.split(':')[0]), 'SIGKILL');
      } catch {
        // already gone
      }
    }
    await waitUntil(() => processesOf(dataDir).length === 0, 10_000);
    rmSync(dataDir, { recursive: true, force: true });
  });

  function npmStart(): Started {
    const child = spawn('npm', ['start', '--ignore-scripts'], {
      cwd: ROOT,
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolveExit) =>
      child.once('exit', (code, signal) => resolveExit({ code, signal })),
    );
    const run = { child, pid: child.pid!, output: () => output, exited };
    started.push(run);
    return run;
  }

  async function ready(run: Started, timeoutMs: number): Promise<void> {
    const ok = await waitUntil(
      () => /ready on http/.test(run.output()) || run.child.exitCode !== null,
      timeoutMs,
    );
    if (!ok || !/ready on http/.test(run.output()))
      throw new Error(`npm start did not get ready:\n${run.output()}`);
    const health = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(health.status).toBe(200);
  }

  function serverPids(): { meilisearch: number; postgres: number } {
    return {
      meilisearch: Number(readFileSync(join(dataDir, 'meilisearch.pid'), 'utf8')),
      postgres: Number(readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]),
    };
  }

  it('SIGTERM to the npm process stops node, PostgreSQL and Meilisearch within 15 s; a second start on the folder works', async () => {
    const first = npmStart();
    await ready(first, 240_000);
    expect(processesOf(dataDir).length).toBeGreaterThanOrEqual(3);
    const pids = serverPids();

    const signalledAt = Date.now();
    process.kill(first.pid, 'SIGTERM');
    const gone = await waitUntil(() => processesOf(dataDir).length === 0, 15_000);
    expect({ gone, left: processesOf(dataDir) }).toEqual({ gone: true, left: [] });
    expect(Date.now() - signalledAt).toBeLessThan(15_000);
    expect(isProcessAlive(pids.meilisearch)).toBe(false);
    expect(isProcessAlive(pids.postgres)).toBe(false);
    expect(await first.exited).toEqual({ code: 0, signal: null });
    expect(first.output()).toMatch(/passgenau: SIGTERM received, shutting down/);
    expect(first.output()).toMatch(/passgenau: stopped Meilisearch and PostgreSQL\n/);

    // The folder is free again: no lock, no port taken.
    const second = npmStart();
    await ready(second, 120_000);
    process.kill(second.pid, 'SIGINT');
    expect(await waitUntil(() => processesOf(dataDir).length === 0, 15_000)).toBe(true);
    expect(await second.exited).toEqual({ code: 0, signal: null });
  }, 420_000);

  it('exits within 5 s of SIGTERM when PostgreSQL and Meilisearch have already died, and says so', async () => {
    const run = npmStart();
    await ready(run, 120_000);
    const pids = serverPids();
    process.kill(pids.meilisearch, 'SIGKILL');
    process.kill(pids.postgres, 'SIGKILL');
    expect(
      await waitUntil(() => !isProcessAlive(pids.meilisearch) && !isProcessAlive(pids.postgres), 5_000),
    ).toBe(true);

    const signalledAt = Date.now();
    process.kill(run.pid, 'SIGTERM');
    const result = await Promise.race([
      run.exited,
      new Promise<'still running'>((r) => setTimeout(() => r('still running'), 5_000)),
    ]);
    const tookMs = Date.now() - signalledAt;
    expect(result).toEqual({ code: 0, signal: null });
    expect(tookMs).toBeLessThan(5_000);
    expect(run.output()).toMatch(/already gone/);
    expect(run.output()).toMatch(/passgenau: stopped\n/);
    expect(await waitUntil(() => processesOf(dataDir).length === 0, 5_000)).toBe(true);
  }, 180_000);

  it('exits at once on a second signal during a shutdown that hangs, and the servers still stop', async () => {
    const run = npmStart();
    await ready(run, 120_000);
    // A PostgreSQL that does not react (frozen) makes the graceful shutdown wait for it.
    const { postgres } = serverPids();
    process.kill(postgres, 'SIGSTOP');
    try {
      process.kill(run.pid, 'SIGTERM');
      expect(await waitUntil(() => /SIGTERM received, shutting down/.test(run.output()), 5_000)).toBe(true);
      await new Promise((r) => setTimeout(r, 1_500));
      expect(run.child.exitCode).toBeNull();

      const signalledAt = Date.now();
      process.kill(run.pid, 'SIGTERM');
      const result = await Promise.race([
        run.exited,
        new Promise<'still running'>((r) => setTimeout(() => r('still running'), 3_000)),
      ]);
      expect(result).toEqual({ code: 1, signal: null });
      expect(Date.now() - signalledAt).toBeLessThan(3_000);
      expect(run.output()).toMatch(/passgenau: SIGTERM received again: forcing exit/);
    } finally {
      process.kill(postgres, 'SIGCONT');
    }
    // The forced exit signalled PostgreSQL; thawed, it stops on its own.
    const gone = await waitUntil(() => processesOf(dataDir).length === 0, 15_000);
    expect({ gone, left: processesOf(dataDir) }).toEqual({ gone: true, left: [] });
  }, 180_000);

  it('stops everything when npm itself is killed (the app notices its parent is gone)', async () => {
    const run = npmStart();
    await ready(run, 120_000);
    // SIGKILL cannot be forwarded: npm disappears, node is re-parented.
    process.kill(run.pid, 'SIGKILL');
    const gone = await waitUntil(() => processesOf(dataDir).length === 0, 15_000);
    expect({ gone, left: processesOf(dataDir) }).toEqual({ gone: true, left: [] });
    expect(run.output()).toMatch(/passgenau: the parent process exited, shutting down/);
    expect(run.output()).toMatch(/passgenau: stopped Meilisearch and PostgreSQL\n/);
    // The next start finds a clean folder and starts.
    const next = npmStart();
    await ready(next, 120_000);
    process.kill(next.pid, 'SIGTERM');
    expect(await waitUntil(() => processesOf(dataDir).length === 0, 15_000)).toBe(true);
  }, 300_000);
});
