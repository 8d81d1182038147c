// The API for the browser tests: the built app on the run's own data folder, which is removed when the app has
// stopped (after it stopped its embedded PostgreSQL and Meilisearch), so every run starts from an empty folder.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';

const dataDir = process.env.PASSGENAU_DATA_DIR;
if (!dataDir || !/passgenau-e2e-/.test(dataDir)) {
  console.error(
    `e2e/server.mjs: PASSGENAU_DATA_DIR must be a browser-test folder, got ${dataDir ?? '(unset)'}`,
  );
  process.exit(2);
}

const app = spawn(process.execPath, ['dist/apps/api/main.js'], { stdio: 'inherit', env: process.env });
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) {
  process.on(signal, () => app.kill(signal));
}
app.on('exit', (code, signal) => {
  if (!process.env.PASSGENAU_E2E_KEEP_DATA) rmSync(dataDir, { recursive: true, force: true });
  process.exit(code ?? (signal ? 1 : 0));
});
