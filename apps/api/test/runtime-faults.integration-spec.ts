import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { createApp, prepareData } from '../src/app.factory';
import { loadConfig } from '../src/config/app-config';
import { EmbeddedRuntime, findFreePort, type EmbeddedServer } from '../src/runtime/embedded-runtime';
import { isProcessAlive } from '../src/runtime/instance-lock';
import { reportEmbeddedServers } from '../src/runtime/supervision';
import { bearer, createAccount, type TestAccount } from './factories';
import { TEST_JWT_SECRET, type TestApp } from './test-app';

/**
 * Faults of the embedded servers, on servers of this file alone (not the shared ones of the
 * global setup): a data folder and ports of its own, the application on top of them.
 */

async function waitUntil(
  check: () => boolean | Promise<boolean>,
  timeoutMs: number,
  what: string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

describe('faults of the embedded servers', () => {
  let dataDir: string;
  let ports: { postgres: number; meilisearch: number };
  const log: string[] = [];

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'passgenau-faults-'));
    // PostgreSQL runs as its own OS user when we are root and must be able to enter the folder.
    chmodSync(dataDir, 0o755);
    ports = { postgres: await findFreePort(), meilisearch: await findFreePort() };
  });

  afterAll(() => {
    reportEmbeddedServers(null);
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function startRuntime(restartDelaysMs: number[]): Promise<{ runtime: EmbeddedRuntime; t: TestApp }> {
    const runtime = new EmbeddedRuntime({
      dataDir,
      postgres: { port: ports.postgres },
      meilisearch: { port: ports.meilisearch },
      log: (message) => log.push(message),
      restartDelaysMs,
    });
    const endpoints = await runtime.start();
    reportEmbeddedServers(runtime);
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: process.env['TEST_LOG_LEVEL'] ?? 'silent',
      MEILI_INDEX_PREFIX: 'faults',
      PASSGENAU_AUTH_REQUESTS_PER_MINUTE: '100000',
    });
    const app = await createApp({
      config,
      databaseUrl: endpoints.databaseUrl!,
      meiliUrl: endpoints.meiliUrl!,
      meiliMasterKey: endpoints.meiliMasterKey!,
      jwtSecret: TEST_JWT_SECRET,
    });
    await prepareData(app, { seedDemoData: false, production: false });
    await app.init();
    return { runtime, t: { app, http: request(app.getHttpServer()) } };
  }

  async function shutDown(runtime: EmbeddedRuntime, t: TestApp): Promise<void> {
    await t.app.close().catch(() => undefined);
    await runtime.stop();
  }

  function kill(runtime: EmbeddedRuntime, name: EmbeddedServer, signal: NodeJS.Signals): number {
    const pid = runtime.pidOf(name);
    if (!pid) throw new Error(`${name} is not running`);
    process.kill(pid, signal);
    return pid;
  }

  describe('with a server down (supervision off)', () => {
    let runtime: EmbeddedRuntime;
    let t: TestApp;
    let candidate: TestAccount;

    beforeAll(async () => {
      ({ runtime, t } = await startRuntime([]));
      candidate = await createAccount(t, 'candidate');
    }, 180_000);

    afterAll(async () => {
      await shutDown(runtime, t);
    });

    it('answers taxonomy search with 503 SERVICE_UNAVAILABLE while Meilisearch is down', async () => {
      const before = await t.http.get('/api/taxonomy/skills').query({ q: 'schweißen', lang: 'de' });
      expect(before.status).toBe(200);

      const pid = kill(runtime, 'meilisearch', 'SIGKILL');
      await waitUntil(() => !isProcessAlive(pid), 10_000, 'Meilisearch to exit');

      const response = await t.http.get('/api/taxonomy/skills').query({ q: 'schweißen', lang: 'de' });
      expect(response.status).toBe(503);
      expect(response.body).toMatchObject({
        statusCode: 503,
        code: 'SERVICE_UNAVAILABLE',
        message: expect.stringMatching(/search is temporarily unavailable/i),
        requestId: expect.any(String),
      });
      const health = await t.http.get('/api/health');
      expect(health.status).toBe(503);
      expect(health.body).toMatchObject({
        search: 'down',
        embedded: { meilisearch: { state: 'stopped', restarts: 0, lastExit: 'exited with signal SIGKILL' } },
      });
    });

    it('answers signed-in requests with 503 SERVICE_UNAVAILABLE, not 401, while PostgreSQL is down', async () => {
      const before = await t.http.get('/api/auth/me').set(bearer(candidate));
      expect(before.status).toBe(200);

      const pid = kill(runtime, 'postgres', 'SIGINT');
      await waitUntil(() => !isProcessAlive(pid), 20_000, 'PostgreSQL to exit');

      for (const path of ['/api/auth/me', '/api/me/access-log']) {
        const response = await t.http.get(path).set(bearer(candidate));
        expect({ path, status: response.status }).toEqual({ path, status: 503 });
        expect(response.body).toMatchObject({
          statusCode: 503,
          code: 'SERVICE_UNAVAILABLE',
          message: expect.stringMatching(/temporarily unavailable/i),
        });
      }
      // A public route that needs the database says the same instead of 500.
      const towns = await t.http.get('/api/towns');
      expect(towns.status).toBe(503);
      expect(towns.body.code).toBe('SERVICE_UNAVAILABLE');
      // Signing in cannot succeed either, but it is not reported as a wrong password.
      const login = await t.http.post('/api/auth/login').send({ email: candidate.email, password: 'x' });
      expect(login.status).toBe(503);

      const health = await t.http.get('/api/health');
      expect(health.body).toMatchObject({ database: 'down', embedded: { postgres: { state: 'stopped' } } });
    });
  });

  describe('supervision', () => {
    let runtime: EmbeddedRuntime;
    let t: TestApp;

    beforeAll(async () => {
      ({ runtime, t } = await startRuntime([200, 500]));
    }, 180_000);

    afterAll(async () => {
      await shutDown(runtime, t);
    });

    it('starts a Meilisearch and a PostgreSQL that died again, and health reports the restarts', async () => {
      const healthy = await t.http.get('/api/health');
      expect(healthy.status).toBe(200);
      expect(healthy.body.embedded).toEqual({
        postgres: expect.objectContaining({ state: 'running', restarts: 0, lastExit: null }),
        meilisearch: expect.objectContaining({ state: 'running', restarts: 0, lastExit: null }),
      });

      const meiliPid = kill(runtime, 'meilisearch', 'SIGKILL');
      const postgresPid = kill(runtime, 'postgres', 'SIGKILL');

      await waitUntil(
        async () => (await t.http.get('/api/health')).status === 200,
        60_000,
        'health to be ok again',
      );
      expect(runtime.pidOf('meilisearch')).not.toBe(meiliPid);
      expect(runtime.pidOf('postgres')).not.toBe(postgresPid);
      const health = await t.http.get('/api/health');
      expect(health.body).toMatchObject({
        status: 'ok',
        database: 'up',
        search: 'up',
        embedded: {
          postgres: {
            state: 'running',
            restarts: expect.any(Number),
            lastExit: 'exited with signal SIGKILL',
            lastRestartAt: expect.any(String),
            lastRestartError: null,
          },
          meilisearch: {
            state: 'running',
            restarts: 1,
            lastExit: 'exited with signal SIGKILL',
            lastRestartAt: expect.any(String),
            lastRestartError: null,
          },
        },
      });
      expect(health.body.embedded.postgres.restarts).toBeGreaterThanOrEqual(1);

      // The application works on the restarted servers: search, and a signed-in request.
      const search = await t.http.get('/api/taxonomy/skills').query({ q: 'schweißen', lang: 'de' });
      expect(search.status).toBe(200);
      const candidate = await createAccount(t, 'candidate');
      expect((await t.http.get('/api/auth/me').set(bearer(candidate))).status).toBe(200);
      expect(log.join('\n')).toMatch(/Meilisearch exited with signal SIGKILL; restarting it/);
      expect(log.join('\n')).toMatch(/PostgreSQL is running again \(restart 1\)/);
    }, 120_000);
  });
});
