import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { findFreePort } from '../src/runtime/embedded-runtime';
import { isProcessAlive } from '../src/runtime/instance-lock';

const MAIN = resolve(__dirname, '../../../dist/apps/api/main.js');

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function baseEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn', ...extra };
  for (const name of ['DATABASE_URL', 'MEILI_URL', 'MEILI_MASTER_KEY', 'NODE_ENV'])
    if (!(name in extra)) delete env[name];
  return env;
}

function start(env: NodeJS.ProcessEnv): Started {
  const child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolveExit) => child.once('exit', (code) => resolveExit(code)));
  return { child, output: () => output, exited };
}

async function waitForOutput(started: Started, pattern: RegExp, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (pattern.test(started.output())) return;
    if (started.child.exitCode !== null) throw new Error(`process exited early:\n${started.output()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${pattern}:\n${started.output()}`);
}

async function waitUntilDead(pid: number, timeoutMs = 15_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isProcessAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

describe('the start command (built API as a process)', () => {
  it('fails fast with one line naming PORT when PORT=abc', async () => {
    const started = start(baseEnv({ PORT: 'abc' }));
    expect(await started.exited).toBe(1);
    const lines = started.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^passgenau: configuration error: PORT must be a port number .*"abc"/);
  });

  it('fails with a clear line naming DATABASE_URL when the database is unreachable', async () => {
    const closedPort = await findFreePort();
    const started = start(
      baseEnv({
        DATABASE_URL: `postgres://nobody:secret@127.0.0.1:${closedPort}/none`,
        MEILI_URL: `http://127.0.0.1:${await findFreePort()}`,
        MEILI_MASTER_KEY: 'unused-key-123456',
      }),
    );
    expect(await started.exited).toBe(1);
    expect(started.output()).toMatch(/passgenau: DATABASE_URL: cannot connect to PostgreSQL/);
    expect(started.output()).not.toContain('secret');
  });

  describe('with embedded PostgreSQL and Meilisearch', () => {
    let dataDir: string;
    let env: NodeJS.ProcessEnv;
    let port: number;
    const running: Started[] = [];

    beforeAll(async () => {
      dataDir = mkdtempSync(join(tmpdir(), 'passgenau-runtime-'));
      // PostgreSQL runs as its own OS user when we are root and must be able to enter the folder.
      chmodSync(dataDir, 0o755);
      port = await findFreePort();
      env = baseEnv({
        PASSGENAU_DATA_DIR: dataDir,
        PORT: String(port),
        PASSGENAU_PG_PORT: String(await findFreePort()),
        PASSGENAU_MEILI_PORT: String(await findFreePort()),
      });
    });

    afterAll(async () => {
      for (const started of running) {
        if (started.child.exitCode === null) {
          started.child.kill('SIGTERM');
          await started.exited;
        }
      }
      rmSync(dataDir, { recursive: true, force: true });
    });

    async function importedAt(): Promise<string> {
      const password = readFileSync(join(dataDir, 'postgres-password'), 'utf8').trim();
      const client = new Client({
        connectionString: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${env['PASSGENAU_PG_PORT']}/passgenau`,
      });
      await client.connect();
      const { rows } = await client.query(`SELECT imported_at::text AS at FROM reference_data_import`);
      await client.end();
      return rows[0].at;
    }

    it('starts, serves API and web app, refuses a second start, stops every child on SIGTERM and keeps the data', async () => {
      const first = start(env);
      running.push(first);
      await waitForOutput(first, /ready on http/, 240_000);

      const health = await fetch(`http://127.0.0.1:${port}/api/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ database: 'up', search: 'up' });
      const page = await fetch(`http://127.0.0.1:${port}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toMatch(/<div id="root">/);
      const deepLink = await fetch(`http://127.0.0.1:${port}/some/client/route`);
      expect(await deepLink.text()).toMatch(/<div id="root">/);
      const loadedAt = await importedAt();

      const second = start({ ...env, PORT: String(await findFreePort()) });
      running.push(second);
      expect(await second.exited).toBe(1);
      expect(second.output()).toMatch(/already running on the data folder/);

      const meiliPid = Number(readFileSync(join(dataDir, 'meilisearch.pid'), 'utf8'));
      const postgresPid = Number(
        readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0],
      );
      expect(isProcessAlive(meiliPid)).toBe(true);
      expect(isProcessAlive(postgresPid)).toBe(true);

      first.child.kill('SIGTERM');
      expect(await first.exited).toBe(0);
      expect(await waitUntilDead(meiliPid)).toBe(true);
      expect(await waitUntilDead(postgresPid)).toBe(true);

      const again = start(env);
      running.push(again);
      await waitForOutput(again, /ready on http/, 120_000);
      const towns = await (await fetch(`http://127.0.0.1:${port}/api/towns`)).json();
      expect(towns).toHaveLength(31);
      // The restart found the earlier data: the reference data was not loaded a second time.
      expect(await importedAt()).toBe(loadedAt);
      again.child.kill('SIGINT');
      expect(await again.exited).toBe(0);
    }, 420_000);
  });
});
