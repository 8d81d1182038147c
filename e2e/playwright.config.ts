import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { E2E_DATA_DIR, E2E_MAIL_DIR } from './pages/mailbox';

const repoRoot = resolve(__dirname, '..');
// Ports can be moved so that two runs on one machine do not meet (PASSGENAU_E2E_PORT, and the two next to it).
const PORT = Number(process.env['PASSGENAU_E2E_PORT'] ?? 3999);
const PG_PORT = Number(process.env['PASSGENAU_E2E_PG_PORT'] ?? PORT + 50_400);
const MEILI_PORT = Number(process.env['PASSGENAU_E2E_MEILI_PORT'] ?? PORT + 3_800);
const baseURL = `http://127.0.0.1:${PORT}`;

// Debian's chromium, not Playwright's downloaded browsers: the machines here cannot download them.
function chromiumPath(): string {
  const candidates = [
    process.env['PASSGENAU_CHROMIUM'],
    process.env['CHROMIUM_PATH'],
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
  ].filter((candidate): candidate is string => Boolean(candidate));
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) {
    throw new Error(
      'No Chromium found. Install it (Debian/Ubuntu: apt-get install -y chromium) or set PASSGENAU_CHROMIUM to its path.',
    );
  }
  return found;
}

export default defineConfig({
  testDir: __dirname,
  testMatch: '*.e2e.ts',
  outputDir: join(repoRoot, 'test-results', 'playwright'),
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    // A German browser, as most of the district's staff and employers use.
    locale: 'de-DE',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 900 },
        launchOptions: {
          executablePath: chromiumPath(),
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
          ],
        },
      },
    },
  ],
  // The API serves the built web app from dist/apps/web on the same origin, as in production.
  webServer: {
    command: 'node e2e/server.mjs',
    cwd: repoRoot,
    url: `${baseURL}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    // Playwright's default SIGKILL would orphan the embedded PostgreSQL and Meilisearch; SIGTERM lets the API stop them.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 30_000 },
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(PORT),
      // Links in mails must open on the same host the browser uses, or the session cookie is not sent.
      PUBLIC_URL: baseURL,
      PASSGENAU_DATA_DIR: E2E_DATA_DIR,
      // Mails as .eml files, which tests read links from (set here: the default folder needs NODE_ENV=development).
      MAIL_DIR: E2E_MAIL_DIR,
      PASSGENAU_PG_PORT: String(PG_PORT),
      PASSGENAU_MEILI_PORT: String(MEILI_PORT),
      LOG_LEVEL: 'warn',
      // Every test signs in; the default of 30 sign-in requests per minute and IP is for the public.
      PASSGENAU_AUTH_REQUESTS_PER_MINUTE: '1000',
    },
  },
});
