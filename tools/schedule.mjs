// `npm run schedule -- instance.json [options]`: plans a speed-dating event offline from an
// instance file (format: docs/speed-dating-format.md). Prints the schedule JSON on stdout and
// score, bound, gap, status and fairness on stderr. Exit code 0 on a schedule, 1 when the
// problem is infeasible, 2 on a bad file or bad options.
//
// Options:
//   --time-limit <seconds>   MIP time limit (default 10)
//   --gap <relative gap>     stop when within this gap of the bound (default 0.0001)
//   --result <file>          also write the result file (meetings, score, bound, gap, …)
//   --replan <schedule.json> re-plan a published schedule (a schedule or result file) …
//   --from-round <r>         … keeping rounds before r (0-based) as they were
//   --no-show <id,id,…>      … with these firms/candidates gone from round r on
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadHighs, loadScheduler } from './speed-dating/load-scheduler.mjs';

function usage(message) {
  if (message) process.stderr.write(`schedule: ${message}\n`);
  process.stderr.write(
    'usage: npm run schedule -- instance.json [--time-limit s] [--gap g] [--result out.json] [--replan schedule.json --from-round r [--no-show a,b]]\n',
  );
  process.exit(2);
}

function parseArgs(argv) {
  const options = {
    file: undefined,
    timeLimit: 10,
    gap: 1e-4,
    result: undefined,
    replan: undefined,
    fromRound: undefined,
    noShows: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) usage(`${arg} needs a value`);
      return argv[++i];
    };
    const number = (text, name) => {
      const n = Number(text);
      if (!Number.isFinite(n) || n < 0) usage(`${name} must be a non-negative number`);
      return n;
    };
    if (arg === '--time-limit') options.timeLimit = number(value(), '--time-limit');
    else if (arg === '--gap') options.gap = number(value(), '--gap');
    else if (arg === '--result') options.result = value();
    else if (arg === '--replan') options.replan = value();
    else if (arg === '--from-round') options.fromRound = number(value(), '--from-round');
    else if (arg === '--no-show')
      options.noShows = value()
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    else if (arg === '--help' || arg === '-h') usage();
    else if (arg.startsWith('--')) usage(`unknown option ${arg}`);
    else if (options.file === undefined) options.file = arg;
    else usage(`unexpected argument ${arg}`);
  }
  if (!options.file) usage('no instance file given');
  if (options.replan && options.fromRound === undefined) usage('--replan needs --from-round');
  if (!options.replan && (options.fromRound !== undefined || options.noShows.length))
    usage('--from-round and --no-show need --replan');
  return options;
}

// npm runs scripts in the package folder; paths are meant relative to where npm was called
const here = (file) => resolve(process.env.INIT_CWD ?? process.cwd(), file);

function read(file) {
  try {
    return readFileSync(here(file), 'utf8');
  } catch (error) {
    usage(`cannot read ${file}: ${error.message}`);
  }
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const lib = await loadScheduler();
  let problem;
  let previous;
  try {
    problem = lib.parseProblem(read(options.file));
    if (options.replan) previous = lib.parseSchedule(read(options.replan), problem);
  } catch (error) {
    if (error instanceof Error && error.name === 'InstanceFormatError') {
      for (const issue of error.issues) process.stderr.write(`${issue.field}: ${issue.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  if (options.replan && (!Number.isInteger(options.fromRound) || options.fromRound > problem.rounds))
    usage(`--from-round must be an integer from 0 to ${problem.rounds}`);
  const unknown = options.noShows.filter(
    (id) => !problem.firms.includes(id) && !problem.candidates.includes(id),
  );
  if (unknown.length) usage(`--no-show: unknown ids ${unknown.join(', ')}`);
  const highs = await loadHighs();
  const settings = { highs, timeLimitSeconds: options.timeLimit, mipRelGap: options.gap };
  const result = options.replan
    ? lib.replanSchedule(
        { problem, previous, fromRound: options.fromRound, noShows: options.noShows },
        settings,
      )
    : lib.planSchedule(problem, settings);
  process.stdout.write(lib.serializeSchedule(result.meetings));
  const f = result.fairness;
  process.stderr.write(
    `score ${result.score.toFixed(6)}  bound ${result.bound.toFixed(6)}  gap ${(result.gap * 100).toFixed(3)} %  ` +
      `status ${result.status}  method ${result.method}  meetings ${result.meetings.length}  ` +
      (f.minMeetings > 0
        ? `fairness ${f.reached}/${f.candidates} with ≥ ${f.minMeetings} (bound ${f.bound})  `
        : '') +
      (result.moved !== undefined ? `moved ${result.moved}  ` : '') +
      `${Math.round(result.millis)} ms\n`,
  );
  for (const reason of result.reasons ?? []) process.stderr.write(`infeasible: ${reason}\n`);
  for (const warning of result.warnings ?? []) process.stderr.write(`warning: ${warning}\n`);
  if (options.result) writeFileSync(here(options.result), lib.serializeResult(result));
  process.exit(result.status === 'infeasible' ? 1 : 0);
}

main().catch((error) => {
  process.stderr.write(`schedule: ${error.stack ?? error}\n`);
  process.exit(1);
});
