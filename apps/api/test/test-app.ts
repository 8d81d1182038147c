import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { loadConfig } from '../src/config/app-config';
import { createApp, prepareData } from '../src/app.factory';
import { readTestEnvironment } from './test-environment';

export interface TestApp {
  app: NestExpressApplication;
  http: ReturnType<typeof request>;
}

/** The real application on this run's database and indexes. */
export const TEST_JWT_SECRET = 'integration-tests-only-secret-0123456789';

export async function createTestApp(
  options: { prepare?: boolean; env?: Record<string, string> } = {},
): Promise<TestApp> {
  const env = readTestEnvironment();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env['TEST_LOG_LEVEL'] ?? 'silent',
    MEILI_INDEX_PREFIX: env.meiliIndexPrefix,
    PASSGENAU_AUTH_REQUESTS_PER_MINUTE: '100000',
    ...options.env,
  });
  const app = await createApp({
    config,
    databaseUrl: env.databaseUrl,
    meiliUrl: env.meiliUrl,
    meiliMasterKey: env.meiliMasterKey,
    jwtSecret: TEST_JWT_SECRET,
  });
  if (options.prepare) await prepareData(app, { seedDemoData: true, production: false });
  await app.init();
  return { app, http: request(app.getHttpServer()) };
}
