// Integration tests that run the API in a far time zone (UTC+14), where a calendar day read as a
// JavaScript Date at local midnight would shift. TZ is set here, before the workers start, because
// a test file cannot change the time zone of the process it runs in.
process.env.TZ = 'Pacific/Kiritimati';
const integration = require('./jest.integration.config.cjs');

module.exports = {
  ...integration,
  displayName: 'api-integration-tz',
  testMatch: ['<rootDir>/src/**/*.tz-integration-spec.ts'],
};
