// `npm run plan:open-house -- day.json [--time-limit ms] [--no-mip]`: plans an open-house day
// offline from an instance file (format: docs/open-house.md, "Files"). Prints the result JSON
// (routes with HH:MM times, score, bound, coverage) on stdout and the figures on stderr. Exit
// code 0 on a plan, 2 on a bad file or bad options.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadDomainModule, loadHighs } from './speed-dating/load-scheduler.mjs';

function usage(message) {
  if (message) process.stderr.write(`plan:open-house: ${message}\n`);
  process.stderr.write('usage: npm run plan:open-house -- day.json [--time-limit ms] [--no-mip]\n');
  process.exit(2);
}

const args = process.argv.slice(2);
let file;
let timeLimitMs = 4000;
let mip = true;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--time-limit') {
    timeLimitMs = Number(args[++i]);
    if (!(timeLimitMs > 0)) usage('--time-limit needs a number of milliseconds > 0');
  } else if (args[i] === '--no-mip') mip = false;
  else if (args[i].startsWith('--')) usage(`unknown option ${args[i]}`);
  else if (file) usage('one instance file only');
  else file = args[i];
}
if (!file) usage('no instance file given');

const lib = await loadDomainModule('libs/domain/src/lib/open-house/index.ts');
let text;
try {
  text = readFileSync(resolve(file), 'utf8');
} catch (error) {
  usage(`cannot read ${file}: ${error.message}`);
}
let instance;
try {
  instance = lib.parseOpenHouseFile(text);
} catch (error) {
  if (!(error instanceof lib.OpenHouseFileError)) throw error;
  for (const issue of error.issues) process.stderr.write(`${file}: ${issue}\n`);
  process.exit(2);
}
const result = lib.planOpenHouse(instance, { timeLimitMs, ...(mip ? { highs: await loadHighs() } : {}) });
process.stdout.write(lib.formatOpenHouseResult(result) + '\n');
process.stderr.write(
  `score ${result.score.toFixed(3)}  bound ${result.bound.toFixed(3)} (${result.boundMethod})  gap ${(result.gap * 100).toFixed(2)} %  ` +
    `reached ${result.coverage.reached}/${result.coverage.candidates} (bound ${result.coverage.bound})  ${result.method}, ${result.status}  ${result.millis} ms\n`,
);
