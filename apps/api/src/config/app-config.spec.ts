import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('runs on embedded defaults when nothing is set', () => {
    const config = loadConfig({}, '/srv/passgenau');
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      dataDir: '/srv/passgenau/.data',
      databaseUrl: null,
      meiliUrl: null,
      seedDemoData: true,
    });
  });

  it('retries failed jobs ten times from 30 s unless told otherwise, and names a wrong value', () => {
    expect(loadConfig({})).toMatchObject({ jobRetryLimit: 10, jobRetryDelaySeconds: 30 });
    expect(loadConfig({ JOB_RETRY_LIMIT: '3', JOB_RETRY_DELAY_SECONDS: '5' })).toMatchObject({
      jobRetryLimit: 3,
      jobRetryDelaySeconds: 5,
    });
    expect(() => loadConfig({ JOB_RETRY_DELAY_SECONDS: 'soon' })).toThrow(/JOB_RETRY_DELAY_SECONDS/);
  });

  it('delivers mail into the data folder in development without SMTP, nowhere else by default', () => {
    expect(loadConfig({}, '/srv/p').mailDir).toBe('/srv/p/.data/mail');
    expect(loadConfig({ SMTP_URL: 'smtp://127.0.0.1:25' }, '/srv/p').mailDir).toBeNull();
    expect(loadConfig({ NODE_ENV: 'test' }, '/srv/p').mailDir).toBeNull();
    expect(loadConfig({ NODE_ENV: 'test', MAIL_DIR: 'mails' }, '/srv/p').mailDir).toBe('/srv/p/mails');
    expect(() => loadConfig({ MAIL_DIR: '/tmp/m', SMTP_URL: 'smtp://127.0.0.1:25' })).toThrow(
      /MAIL_DIR and SMTP_URL/,
    );
  });

  it('names the variable when PORT is not a number', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT must be a port number.*"abc"/);
  });

  it('reports every wrong variable at once', () => {
    try {
      loadConfig({ PORT: '99999', DATABASE_URL: 'mysql://x', MEILI_URL: 'http://127.0.0.1:7700' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toMatch(/PORT/);
      expect(problems).toMatch(/DATABASE_URL must start with postgres:/);
      expect(problems).toMatch(/MEILI_MASTER_KEY must be set/);
    }
  });

  it('never seeds demo data in production', () => {
    const JWT_SECRET = 'a-random-secret-of-thirty-two-chars!';
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET }).seedDemoData).toBe(false);
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET, PASSGENAU_SEED_DEMO: 'true' })).toThrow(
      /PASSGENAU_SEED_DEMO must not be true in production/,
    );
  });
});

describe('secrets', () => {
  it('refuses production without a JWT secret', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET must be set in production/);
  });

  it('refuses a short or well-known JWT secret', () => {
    expect(() => loadConfig({ JWT_SECRET: 'short' })).toThrow(/at least 32 characters/);
    expect(() => loadConfig({ JWT_SECRET: 'changeme' })).toThrow(/JWT_SECRET/);
  });

  it('accepts a long random secret in production', () => {
    const config = loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'k'.repeat(16) + 'Zq8-3vT_pW0xYh2m' });
    expect(config.jwtSecret).toHaveLength(32);
  });
});
