// `npm test`: every test of the workspace, in order, against real servers. Runs every step even
// when one fails, then exits non-zero if any failed.
import { spawnSync } from 'node:child_process';

const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', FORCE_COLOR: '0' };
const nx = (args) => ['npx', ['nx', ...args, '--output-style=stream', '--skip-nx-cache']];

const steps = [
  ['lint, typecheck and unit tests of every project', nx(['run-many', '-t', 'lint', 'typecheck', 'test'])],
  ['compose file validation', ['npx', ['dclint', 'docker/compose.yaml']]],
  ['API integration tests (real PostgreSQL and Meilisearch)', nx(['run', 'api:integration'])],
  ['browser tests (Playwright, Chromium)', nx(['run', 'e2e:e2e'])],
];

const results = [];
for (const [name, [command, args]] of steps) {
  process.stdout.write(`\n=== ${name}\n`);
  const started = Date.now();
  const run = spawnSync(command, args, { stdio: 'inherit', env });
  const ok = run.status === 0;
  results.push({ name, ok, seconds: ((Date.now() - started) / 1000).toFixed(0) });
}

process.stdout.write('\n=== summary\n');
for (const { name, ok, seconds } of results)
  process.stdout.write(`${ok ? 'ok    ' : 'FAILED'} ${name} (${seconds} s)\n`);
const failed = results.filter((r) => !r.ok).length;
process.stdout.write(`steps: ${results.length - failed} passed, ${failed} failed\n`);
process.exit(failed === 0 ? 0 : 1);
