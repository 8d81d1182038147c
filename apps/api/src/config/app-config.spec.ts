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

  it('does not seed demo data in production unless asked to', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).seedDemoData).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', PASSGENAU_SEED_DEMO: 'true' }).seedDemoData).toBe(true);
  });
});
