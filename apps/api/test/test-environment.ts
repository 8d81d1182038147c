import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What the global setup hands to the test files (through environment variables). */
export interface TestEnvironment {
  databaseUrl: string;
  meiliUrl: string;
  meiliMasterKey: string;
  meiliIndexPrefix: string;
}

export const TEST_RUNTIME_DIR = join(tmpdir(), 'passgenau-test-runtime');

export function readTestEnvironment(): TestEnvironment {
  const get = (name: string): string => {
    const value = process.env[name];
    if (!value)
      throw new Error(`${name} is missing: run the integration tests through jest.integration.config.cjs`);
    return value;
  };
  return {
    databaseUrl: get('PASSGENAU_TEST_DATABASE_URL'),
    meiliUrl: get('PASSGENAU_TEST_MEILI_URL'),
    meiliMasterKey: get('PASSGENAU_TEST_MEILI_KEY'),
    meiliIndexPrefix: get('PASSGENAU_TEST_MEILI_PREFIX'),
  };
}
