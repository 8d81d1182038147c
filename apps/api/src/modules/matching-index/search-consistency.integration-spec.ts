import { createHash } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { SEARCHABLE_PROFILE_CONSENT } from '@passgenau/domain';
import { createApp, prepareData } from '../../app.factory';
import { loadConfig } from '../../config/app-config';
import { EmbeddedRuntime, findFreePort } from '../../runtime/embedded-runtime';
import { isProcessAlive } from '../../runtime/instance-lock';
import { reportEmbeddedServers } from '../../runtime/supervision';
import { bearer, createAccount, type TestAccount } from '../../../test/factories';
import { createTestApp, TEST_JWT_SECRET, type TestApp } from '../../../test/test-app';
import { SKILL, TOWN } from '../companies/test-factories';
import { MatchingIndexService } from './matching-index.service';
import { SEARCH_INDEX, type SearchIndex } from '../../search/search-index';

async function waitUntil(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

/** JSON with sorted keys, so a document from Meilisearch and one derived from PostgreSQL hash alike. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

const hash = (doc: unknown) => createHash('sha256').update(canonical(doc)).digest('hex');

/** Every document of every matching index against what PostgreSQL says it must be: ids and hashes. */
async function differences(app: TestApp['app']): Promise<string[]> {
  const service = app.get(MatchingIndexService);
  const index: SearchIndex = app.get(SEARCH_INDEX);
  const db = app.get(DataSource).manager;
  const problems: string[] = [];
  for (const indexer of service.indexers) {
    const ids: string[] = [];
    for (let after: string | null = null; ;) {
      const page = await indexer.ids(db, after, 1000);
      if (page.length === 0) break;
      ids.push(...page);
      after = page[page.length - 1]!;
    }
    const expected = new Map((await indexer.documents(ids, db)).map((d) => [d.id, hash(d)]));
    const actual = new Map(
      (await index.allDocuments<{ id: string }>(indexer.name)).map((d) => [d.id, hash(d)]),
    );
    for (const [id, h] of expected) {
      if (!actual.has(id)) problems.push(`${indexer.name}: ${id} missing`);
      else if (actual.get(id) !== h) problems.push(`${indexer.name}: ${id} differs`);
    }
    for (const id of actual.keys())
      if (!expected.has(id)) problems.push(`${indexer.name}: ${id} should be gone`);
  }
  return problems;
}

describe('the matching indexes follow PostgreSQL', () => {
  describe('with Meilisearch stopped during 200 writes (servers of this file alone)', () => {
    let dataDir: string;
    let runtime: EmbeddedRuntime;
    let t: TestApp;

    beforeAll(async () => {
      dataDir = mkdtempSync(join(tmpdir(), 'passgenau-outbox-'));
      chmodSync(dataDir, 0o755);
      runtime = new EmbeddedRuntime({
        dataDir,
        postgres: { port: await findFreePort() },
        meilisearch: { port: await findFreePort() },
        log: () => undefined,
        // Meilisearch comes back by itself a few seconds after it died.
        restartDelaysMs: [4_000],
      });
      const endpoints = await runtime.start();
      reportEmbeddedServers(runtime);
      const config = loadConfig({
        NODE_ENV: 'test',
        LOG_LEVEL: process.env['TEST_LOG_LEVEL'] ?? 'silent',
        MEILI_INDEX_PREFIX: 'outbox',
        PASSGENAU_AUTH_REQUESTS_PER_MINUTE: '100000',
      });
      const app = await createApp({
        config,
        databaseUrl: endpoints.databaseUrl!,
        meiliUrl: endpoints.meiliUrl!,
        meiliMasterKey: endpoints.meiliMasterKey!,
        jwtSecret: TEST_JWT_SECRET,
      });
      await prepareData(app, { seedDemoData: true, production: false });
      await app.init();
      t = { app, http: request(app.getHttpServer()) };
    }, 300_000);

    afterAll(async () => {
      await t?.app.close().catch(() => undefined);
      await runtime?.stop();
      reportEmbeddedServers(null);
      rmSync(dataDir, { recursive: true, force: true });
    });

    it('writes succeed while it is down, and afterwards the index equals PostgreSQL exactly', async () => {
      const db = t.app.get(DataSource);
      await waitUntil(async () => (await differences(t.app)).length === 0, 60_000, 'the seeded index');
      const candidate = await createAccount(t, 'candidate');
      const candidates: Array<{ candidate_id: string }> = await db.query(
        `SELECT candidate_id FROM candidate_profile WHERE status = 'published' ORDER BY candidate_id`,
      );
      const offers: Array<{ id: string }> = await db.query(
        `SELECT id FROM offer WHERE status = 'open' ORDER BY id`,
      );
      expect(candidates.length).toBeGreaterThan(20);
      expect(offers.length).toBeGreaterThan(2);

      const pid = runtime.pidOf('meilisearch')!;
      process.kill(pid, 'SIGKILL');
      await waitUntil(async () => !isProcessAlive(pid), 10_000, 'Meilisearch to exit');
      const levels = ['A1', 'A2', 'B1', 'B2', 'C1'];
      for (let i = 0; i < 200; i++) {
        const id = candidates[i % candidates.length]!.candidate_id;
        switch (i % 6) {
          case 0:
            await db.query(`UPDATE candidate_profile SET travel_km = $2 WHERE candidate_id = $1`, [
              id,
              i % 300,
            ]);
            break;
          case 1:
            await db.query(
              `UPDATE profile_language SET overall = $2 WHERE candidate_id = $1 AND language = 'de'`,
              [id, levels[i % levels.length]],
            );
            break;
          case 2:
            if (i < 60)
              await db.query(
                `UPDATE consent_record SET withdrawn_at = now() WHERE candidate_id = $1 AND withdrawn_at IS NULL`,
                [id],
              );
            else
              await db.query(
                `UPDATE candidate_profile SET earliest_start = '2027-01-01' WHERE candidate_id = $1`,
                [id],
              );
            break;
          case 3:
            await db.query(`UPDATE offer SET title = $2 WHERE id = $1`, [
              offers[i % offers.length]!.id,
              `Stelle ${i}`,
            ]);
            break;
          case 4:
            if (i < 50)
              await db.query(`UPDATE candidate_profile SET status = 'draft' WHERE candidate_id = $1`, [id]);
            else
              await db.query(
                `UPDATE candidate_profile SET driving_licences = '{B}' WHERE candidate_id = $1`,
                [id],
              );
            break;
          default:
            await db.query(
              `UPDATE company SET name = $2 WHERE id = (SELECT company_id FROM offer WHERE id = $1)`,
              [offers[i % offers.length]!.id, `Firma ${i}`],
            );
        }
      }
      // A write through the API succeeds too.
      await t.http
        .post(`/api/candidates/${candidate.candidateId}/consent`)
        .set(bearer(candidate))
        .send({ textVersion: SEARCHABLE_PROFILE_CONSENT.version })
        .expect(201);
      const health = await t.http.get('/api/health');
      expect(health.body.searchOutbox.waiting).toBeGreaterThan(0);

      await waitUntil(
        async () =>
          (await runtime.pidOf('meilisearch')) !== null &&
          (await t.app.get<SearchIndex>(SEARCH_INDEX).isHealthy()),
        30_000,
        'Meilisearch to return',
      );
      await waitUntil(
        async () => (await t.http.get('/api/health')).body.searchOutbox?.waiting === 0,
        60_000,
        'the outbox to drain',
      );
      expect(await differences(t.app)).toEqual([]);
    }, 180_000);
  });

  describe('a rebuild swapped in while searches run (shared servers)', () => {
    let t: TestApp;
    let staff: TestAccount;

    beforeAll(async () => {
      t = await createTestApp();
      staff = await createAccount(t, 'iba_staff');
    });

    afterAll(async () => {
      await t.app.close();
    });

    it('no search fails or comes back empty, and changes made during the rebuild are kept', async () => {
      const service = t.app.get(MatchingIndexService);
      const query = { pageSize: 5 };
      const baseline = await t.http.get('/api/candidate-search').query(query).set(bearer(staff));
      expect(baseline.status).toBe(200);
      expect(baseline.body.total).toBeGreaterThan(0);
      const outcomes: Array<{ status: number; total: number }> = [];
      let rebuilding = true;
      const searches = (async () => {
        while (rebuilding) {
          const response = await t.http.get('/api/candidate-search').query(query).set(bearer(staff));
          outcomes.push({ status: response.status, total: response.body.total ?? 0 });
        }
      })();
      const rebuild = service.rebuild(service.byName('candidates'));
      // A profile published while the rebuild runs.
      const late = await createAccount(t, 'candidate');
      await t.http
        .post(`/api/candidates/${late.candidateId}/consent`)
        .set(bearer(late))
        .send({ textVersion: SEARCHABLE_PROFILE_CONSENT.version })
        .expect(201);
      await t.http
        .put(`/api/candidates/${late.candidateId}/profile`)
        .set(bearer(late))
        .send({
          languages: [{ language: 'de', overall: 'B1' }],
          germanCertificates: [],
          competences: [{ code: SKILL.operateForklift, evidence: [{ kind: 'self', level: 'good' }] }],
          schooling: { years: 9 },
          education: [],
          experience: [],
          texts: [],
          wishes: { occupations: [], kinds: ['job'] },
          mobility: { homeTownAgs: TOWN.backnang, drivingLicences: [] },
          workPermit: 'permitted',
        })
        .expect(200);
      await t.http.post(`/api/candidates/${late.candidateId}/profile/publish`).set(bearer(late)).expect(200);
      await rebuild;
      rebuilding = false;
      await searches;
      expect(outcomes.length).toBeGreaterThan(0);
      expect(outcomes.filter((o) => o.status !== 200)).toEqual([]);
      expect(outcomes.filter((o) => o.total === 0)).toEqual([]);
      const index: SearchIndex = t.app.get(SEARCH_INDEX);
      await waitUntil(
        async () =>
          (await index.allDocuments<{ id: string }>('candidates')).some((d) => d.id === late.candidateId),
        10_000,
        'the profile published during the rebuild',
      );
    }, 120_000);
  });
});
