// `npm test`: every test of the workspace, in order, against real servers. Runs every step even
// when one fails, then exits non-zero if any failed. The summary repeats the names of failed tests,
// so the end of a long log says what broke.
import { spawn } from 'node:child_process';

const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', FORCE_COLOR: '0' };
const nx = (args) => ['npx', ['nx', ...args, '--output-style=stream', '--skip-nx-cache']];

const steps = [
  ['lint, typecheck and unit tests of every project', nx(['run-many', '-t', 'lint', 'typecheck', 'test'])],
  ['compose file validation', ['npx', ['dclint', 'docker/compose.yaml']]],
  ['API integration tests (real PostgreSQL and Meilisearch)', nx(['run', 'api:integration'])],
  ['browser tests (Playwright, Chromium)', nx(['run', 'e2e:e2e'])],
];

// Lines that name a failed test or file: jest ("✕ name", "FAIL path"), vitest ("× name", "FAIL path"),
// Playwright ("✘ n [chromium] › file › name"), eslint/tsc errors.
const FAILED_LINE = /(?:^|\s)(?:✕|✘|×)\s|(?:^|\s)FAIL\s|error TS\d+|\d+ problems? \(\d+ errors?/;
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: ['inherit', 'pipe', 'pipe'] });
    const failures = [];
    let rest = '';
    const scan = (chunk, out) => {
      out.write(chunk);
      const text = rest + chunk.toString('utf8');
      const lines = text.split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) {
        const plain = line.replace(ANSI, '').trim();
        if (FAILED_LINE.test(plain) && failures.length < 40 && !failures.includes(plain)) failures.push(plain);
      }
    };
    child.stdout.on('data', (chunk) => scan(chunk, process.stdout));
    child.stderr.on('data', (chunk) => scan(chunk, process.stderr));
    child.on('close', (status) => resolve({ ok: status === 0, failures }));
  });
}

const results = [];
for (const [name, [command, args]] of steps) {
  process.stdout.write(`\n=== ${name}\n`);
  const started = Date.now();
  const { ok, failures } = await run(command, args);
  results.push({ name, ok, failures, seconds: ((Date.now() - started) / 1000).toFixed(0) });
}

process.stdout.write('\n=== summary\n');
for (const { name, ok, seconds, failures } of results) {
  process.stdout.write(`${ok ? 'ok    ' : 'FAILED'} ${name} (${seconds} s)\n`);
  if (!ok) for (const line of failures) process.stdout.write(`         ${line.slice(0, 240)}\n`);
}
const failed = results.filter((r) => !r.ok).length;
process.stdout.write(`steps: ${results.length - failed} passed, ${failed} failed\n`);
process.exit(failed === 0 ? 0 : 1);
