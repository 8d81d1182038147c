// `npm run bench:search [-- --profiles 100000 --offers 5000]`: the matching index at scale, one command.
// Builds the API when needed, starts it on embedded PostgreSQL + Meilisearch in a temp data folder
// of its own (ports 4900 / 55499 / 7899, see --port …), generates synthetic candidates and offers
// with `seed-profiles`, indexes them and prints indexing time, employer-search latency through the
// API, straight to Meilisearch and done by PostgreSQL alone (1 and 8 clients), match-list latency,
// the delay from a profile save to its hit in search, and the public job board under 200
// connections — each compared with the issue's targets (PASS/MISS). A MISS does not fail the run;
// only errors do (exit 1). Stops the servers with SIGTERM and removes the temp folder at the end.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, freemem, totalmem, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { searchAdapters } from './bench/search-adapters.mjs';

const require = createRequire(import.meta.url);
const lib = require('./bench/search-lib.cjs');
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// ---------------------------------------------------------------------------------------------
// options

const DEFAULTS = {
  profiles: 100_000,
  offers: 5_000,
  queries: 1_000,
  seed: 7,
  port: 4900,
  'pg-port': 55499,
  'meili-port': 7899,
  saves: 100,
  'match-offers': 100,
  'job-board-seconds': 10,
  'job-board-connections': 200,
};

function parseOptions(argv) {
  const options = { ...DEFAULTS, keep: false, reindex: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--keep' || arg === '--reindex') {
      options[arg.slice(2)] = true;
      continue;
    }
    if (arg === '--help' || arg === '-h') {
      process.stdout.write(
        `usage: npm run bench:search -- [--keep] [--reindex] ${Object.entries(DEFAULTS)
          .map(([k, v]) => `[--${k} ${v}]`)
          .join(' ')}\n`,
      );
      process.exit(0);
    }
    const name = arg.replace(/^--/, '');
    if (!arg.startsWith('--') || !(name in DEFAULTS)) throw new UsageError(`unknown option ${arg}`);
    const value = Number(argv[++i]);
    if (!Number.isInteger(value) || value < 1)
      throw new UsageError(`--${name} needs a positive whole number`);
    options[name] = value;
  }
  return options;
}

class UsageError extends Error {}

// ---------------------------------------------------------------------------------------------
// output

const say = (line = '') => process.stdout.write(`${line}\n`);
const step = (line) => say(`bench: ${line}`);
const ms = (v) => (Number.isFinite(v) ? `${v.toFixed(1)} ms` : 'n/a');
const fmtSummary = (s) =>
  `p50 ${ms(s.p50)}  p95 ${ms(s.p95)}  p99 ${ms(s.p99)}  (n=${s.n}${s.errors ? `, ${s.errors} errors` : ''})`;

// ---------------------------------------------------------------------------------------------
// build and servers

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function buildIfNeeded() {
  const outputs = ['main.js', 'seed-profiles.js'].map((f) => join(root, 'dist/apps/api', f));
  const built = Math.min(...outputs.map((f) => (existsSync(f) ? statSync(f).mtimeMs : 0)));
  const sources = Math.max(
    ...[
      'apps/api/src',
      'apps/api/reference-data',
      'libs/domain/src',
      'libs/i18n/src',
      'tools/build-api.mjs',
    ].map((p) => newestMtime(join(root, p))),
  );
  if (built > sources) {
    step('API build is up to date');
    return;
  }
  step('building the API (tools/build-api.mjs)');
  const run = spawnSync(process.execPath, [join(root, 'tools/build-api.mjs')], {
    stdio: 'inherit',
    cwd: root,
  });
  if (run.status !== 0) throw new Error('the API build failed');
}

function serverEnv(options, dataDir) {
  const env = { ...process.env };
  for (const name of ['DATABASE_URL', 'MEILI_URL', 'MEILI_MASTER_KEY', 'MEILI_INDEX_PREFIX', 'JWT_SECRET'])
    delete env[name];
  return {
    ...env,
    NODE_ENV: 'development',
    PASSGENAU_DATA_DIR: dataDir,
    PORT: String(options.port),
    HOST: '127.0.0.1',
    PASSGENAU_PG_PORT: String(options['pg-port']),
    PASSGENAU_MEILI_PORT: String(options['meili-port']),
    // info: the start reports each index rebuild with its document count and time.
    LOG_LEVEL: 'info',
    LOG_FORMAT: 'text',
    // The bench signs in a few times per phase from one address.
    PASSGENAU_AUTH_REQUESTS_PER_MINUTE: '600',
    MAIL_DIR: join(dataDir, 'mail'),
  };
}

function runChild(label, args, env) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let tail = '';
    const relay = (chunk) => {
      const text = chunk.toString();
      tail = (tail + text).slice(-4000);
      for (const line of text.split(/[\r\n]+/)) if (line.trim()) say(`  ${label}: ${line.trim()}`);
    };
    child.stdout.on('data', relay);
    child.stderr.on('data', relay);
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolvePromise() : reject(new Error(`${label} exited with ${code}: ${tail.slice(-500)}`)),
    );
  });
}

class ApiServer {
  constructor(env) {
    this.env = env;
    this.child = null;
    this.exited = null;
    this.stopping = false;
    this.reported = 0;
    /** "<index> index rebuilt: N documents in M ms" lines of the start, by index. */
    this.rebuilds = {};
  }

  start(timeoutMs) {
    return new Promise((resolvePromise, reject) => {
      const child = spawn(process.execPath, [join(root, 'dist/apps/api/main.js')], {
        cwd: root,
        env: this.env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      this.child = child;
      this.exited = new Promise((done) => child.on('exit', (code, signal) => done({ code, signal })));
      let ready = false;
      const timer = setTimeout(
        () => reject(new Error(`the API was not ready within ${timeoutMs / 1000} s`)),
        timeoutMs,
      );
      const relay = (chunk) => {
        for (const line of chunk.toString().split('\n')) {
          if (!line.trim()) continue;
          const rebuilt = /(\w+) index rebuilt: (\d+) documents in (\d+) ms/.exec(line);
          if (rebuilt)
            this.rebuilds[rebuilt[1]] = { documents: Number(rebuilt[2]), seconds: Number(rebuilt[3]) / 1000 };
          // The start in full; later only the first line of a few errors (e.g. of requests cut
          // off when a load test ends), and nothing while stopping but the stop report.
          if (!ready || (this.stopping && /stopped/.test(line))) say(`  api: ${line.trim()}`);
          else if (!this.stopping && /ERROR|WARN/.test(line) && this.reported++ < 10)
            say(`  api: ${line.trim().slice(0, 300)}`);
          if (!ready && line.includes('ready on')) {
            ready = true;
            clearTimeout(timer);
            resolvePromise();
          }
        }
      };
      child.stdout.on('data', relay);
      child.stderr.on('data', relay);
      child.on('exit', (code) => {
        if (!ready) {
          clearTimeout(timer);
          reject(new Error(`the API exited during its start (code ${code})`));
        }
      });
    });
  }

  /** SIGTERM, then waits for the exit (the API stops its embedded servers); SIGKILL after 30 s. */
  async stop() {
    if (!this.child || this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.stopping = true;
    this.child.kill('SIGTERM');
    const killer = setTimeout(() => this.child.kill('SIGKILL'), 30_000);
    await this.exited;
    clearTimeout(killer);
  }
}

// ---------------------------------------------------------------------------------------------
// HTTP helpers

async function http(base, path, { method = 'GET', token, body, headers = {} } = {}) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: {
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = { raw: text.slice(0, 200) };
  }
  return { status: response.status, body: json };
}

async function signIn(base, email) {
  const login = await http(base, '/api/auth/login', {
    method: 'POST',
    body: { email, password: 'demo-passgenau-2026' },
  });
  if (login.status !== 200 && login.status !== 201)
    throw new Error(`sign-in as ${email} failed: ${login.status} ${JSON.stringify(login.body)}`);
  return { token: login.body.accessToken, account: login.body.account };
}

/** Runs `items` through `run` with `clients` concurrent workers (round-robin shares); latencies in ms. */
async function measure(items, clients, run) {
  const latencies = [];
  let errors = 0;
  let firstError = null;
  const started = performance.now();
  await Promise.all(
    lib.shares(items, clients).map(async (share) => {
      for (const item of share) {
        const t0 = performance.now();
        try {
          await run(item);
          latencies.push(performance.now() - t0);
        } catch (error) {
          errors++;
          firstError ??= error;
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const summary = { ...lib.summarize(latencies), errors, throughput: latencies.length / seconds };
  if (errors > 0) summary.firstError = firstError.message;
  return summary;
}

// ---------------------------------------------------------------------------------------------
// the run

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const started = Date.now();
  say(`bench:search — ${options.profiles} profiles, ${options.offers} offers, ${options.queries} queries`);
  say(
    `machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM ` +
      `(${(freemem() / 2 ** 30).toFixed(1)} GB free), node ${process.version}, load average ${readLoad()}`,
  );
  buildIfNeeded();

  const dataDir = mkdtempSync(join(tmpdir(), 'passgenau-bench-'));
  // PostgreSQL runs as the `postgres` OS user when started as root: it must reach the folder.
  chmodSync(dataDir, 0o755);
  const env = serverEnv(options, dataDir);
  const server = new ApiServer(env);
  let interrupted = false;
  const onSignal = (signal) => {
    if (interrupted) process.exit(1);
    interrupted = true;
    say(`bench: ${signal} received, stopping`);
    void cleanup().then(() => process.exit(130));
  };
  const cleanup = async () => {
    await server.stop().catch((error) => say(`bench: stopping the API: ${error.message}`));
    if (options.keep) say(`bench: data folder kept: ${dataDir}`);
    else rmSync(dataDir, { recursive: true, force: true });
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const figures = {};
  let failure = null;
  try {
    step(`data folder ${dataDir}`);
    step(`generating ${options.profiles} candidate profiles and ${options.offers} offers (seed-profiles)`);
    const seedStarted = performance.now();
    await runChild(
      'seed',
      [
        join(root, 'dist/apps/api/seed-profiles.js'),
        '--count',
        String(options.profiles),
        '--offers',
        String(options.offers),
        '--seed',
        String(options.seed),
        '--batch',
        '2000',
        '--rebuild-index',
      ],
      env,
    );
    figures.seedSeconds = (performance.now() - seedStarted) / 1000;

    step('starting the API (migrations, demo data, search index)');
    const startStarted = performance.now();
    await server.start(45 * 60_000);
    figures.startSeconds = (performance.now() - startStarted) / 1000;
    const base = `http://127.0.0.1:${options.port}`;

    const pg = require('pg');
    const password = readFileSync(join(dataDir, 'postgres-password'), 'utf8').trim();
    const databaseUrl = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${options['pg-port']}/passgenau`;
    const meili = {
      url: `http://127.0.0.1:${options['meili-port']}`,
      key: readFileSync(join(dataDir, 'meili-master-key'), 'utf8').trim(),
    };
    const db = new pg.Pool({ connectionString: databaseUrl, max: 10 });
    try {
      const adapters = await searchAdapters({ base, meili, db, options, step });
      await runPhases({ options, base, meili, databaseUrl, adapters, figures, step, server });
    } finally {
      await db.end();
    }
  } catch (error) {
    failure = error;
  } finally {
    step('stopping the servers');
    await cleanup();
  }
  printReport(options, figures, started);
  if (!failure && figures.errors?.length) failure = new Error(`${figures.errors.length} phase(s) failed`);
  if (failure) {
    say(`bench: FAILED: ${failure.stack ?? failure.message}`);
    process.exit(1);
  }
}

function readLoad() {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    return '?';
  }
}

async function runPhases({ options, base, meili, databaseUrl, adapters, figures, step: log, server }) {
  // The start rebuilt every matching index from the tables into a fresh index and swapped it in.
  figures.startRebuild = server.rebuilds.candidates ?? null;
  if (figures.startRebuild)
    say(
      `  start: candidates index rebuilt, ${figures.startRebuild.documents} documents in ` +
        `${figures.startRebuild.seconds.toFixed(1)} s (${Math.round(figures.startRebuild.documents / figures.startRebuild.seconds)} documents/s)`,
    );
  // 0. the demo firm's offers for the match lists (moved before the reindex, so the index has them)
  const matchOffers = await adapters.prepareMatchOffers(options['match-offers']);
  await adapters.waitForIndex(20 * 60_000);

  // 1. full reindex: the start rebuilt the candidates index from the tables into a fresh index and
  // swapped it in (MatchingIndexService.rebuild, the reindex command's code path); --reindex runs
  // the command once more against the running servers.
  figures.reindex = figures.startRebuild;
  if (options.reindex) {
    log('full reindex with the reindex command (reindex.js --index candidates), against the running servers');
    const command = await adapters.reindex({
      ...process.env,
      DATABASE_URL: databaseUrl,
      MEILI_URL: meili.url,
      MEILI_MASTER_KEY: meili.key,
      LOG_LEVEL: 'warn',
    });
    if (command) {
      figures.reindex = command;
      say(
        `  reindex command: ${command.documents} documents in ${command.seconds.toFixed(1)} s ` +
          `(${Math.round(command.documents / command.seconds)} documents/s)`,
      );
    } else say('  reindex command: not available in this build (no dist/apps/api/reindex.js)');
    await adapters.waitForIndex(20 * 60_000);
  }

  // 2. the query mix
  const vocabulary = await adapters.vocabulary();
  const queries = lib.generateQueryMix(options.seed, options.queries, vocabulary);
  say(
    `  query mix: ${queries.length} queries (${queries.filter((q) => q.mode === 'text').length} free text in ` +
      `${new Set(queries.filter((q) => q.text).map((q) => vocabulary.texts.find((t) => t.text === q.text)?.lang)).size} languages, ` +
      `${queries.filter((q) => q.mode === 'codes').length} by two competence codes), each with a German minimum, 2 more filters, a radius and the API's 9 facets`,
  );
  log(
    'preparing the PostgreSQL-only search (denormalised table, GIN/trigram/GiST indexes, in this run’s database)',
  );
  const pgPrep = await adapters.preparePostgres();
  say(`  PostgreSQL search table: ${pgPrep.rows} rows, built in ${pgPrep.seconds.toFixed(1)} s`);

  const employer = await signIn(base, 'employer@demo.passgenau.de');
  let token = employer.token;
  const refresh = async () => (token = (await signIn(base, 'employer@demo.passgenau.de')).token);

  figures.search = {};
  figures.hits = {};
  for (const clients of [1, 8]) {
    figures.search[clients] = {};
    await refresh();
    for (const [name, run] of [
      ['api', (q) => adapters.api(q, token)],
      ['meili', (q) => adapters.meili(q)],
      ['pg', (q) => adapters.pg(q)],
    ]) {
      if (name !== 'pg' && !adapters.available[name]) {
        say(`  ${name.padEnd(5)} not available in this build`);
        continue;
      }
      // warm-up: the first 30 queries, not counted
      await measure(queries.slice(0, 30), clients, run);
      log(`employer search, ${clients} client${clients > 1 ? 's' : ''}, ${name}`);
      const summary = await measure(queries, clients, run);
      figures.search[clients][name] = summary;
      say(
        `  ${name.padEnd(5)} ${fmtSummary(summary)}${summary.firstError ? ` — first error: ${summary.firstError}` : ''}`,
      );
    }
  }
  figures.hits = await adapters.compareHits(queries.slice(0, 50), token);

  // 3. match lists
  log(`match lists for ${options['match-offers']} offers`);
  figures.matches = await phase(figures, 'match lists', () => adapters.matches(matchOffers, token, refresh));
  if (figures.matches) say(`  matches ${fmtSummary(figures.matches)}`);
  else say('  match list: not available (GET /api/offers/{id}/matches answers 404 in this build)');

  // 4. save → searchable
  log(`profile save → hit in search, ${options.saves} saves`);
  figures.saveToSearch = await phase(figures, 'save → search', () =>
    adapters.saveToSearch(options.saves, (email) => signIn(base, email)),
  );
  say(
    figures.saveToSearch
      ? `  save→search ${fmtSummary(figures.saveToSearch)}`
      : '  save→search: not available (no employer search route in this build)',
  );

  // 5. public job board
  log(
    `public job board, ${options['job-board-connections']} connections for ${options['job-board-seconds']} s (autocannon)`,
  );
  figures.jobBoard = await phase(figures, 'job board', async () =>
    jobBoard(base, options, await adapters.jobBoardVocabulary()),
  );
  if (!figures.jobBoard) return;
  say(
    `  job board: ${Math.round(figures.jobBoard.requestsPerSecond)} requests/s, mean ${ms(figures.jobBoard.mean)}, ` +
      `p50 ${ms(figures.jobBoard.p50)}, p95 ${ms(figures.jobBoard.p95)}, p99 ${ms(figures.jobBoard.p99)}, ` +
      `${figures.jobBoard.responses} answers, ${figures.jobBoard.non2xx} non-2xx, ${figures.jobBoard.errors} errors, ` +
      `${figures.jobBoard.timeouts} timeouts (10 s)`,
  );
}

/** Runs one phase; an error is recorded (the run then exits 1) and the next phases still run. */
async function phase(figures, name, run) {
  try {
    return await run();
  } catch (error) {
    (figures.errors ??= []).push(`${name}: ${error.message}`);
    say(`  ${name}: FAILED: ${error.message}`);
    return null;
  }
}

async function jobBoard(base, options, vocabulary) {
  const autocannon = require('autocannon');
  const paths = lib
    .generateJobBoardMix(options.seed, 500, vocabulary)
    .map(
      (q) =>
        `/api/job-board/offers?q=${encodeURIComponent(q.q)}&nearTown=${q.nearTown}&radiusKm=${q.radiusKm}&pageSize=20`,
    );
  let next = 0;
  // A short warm-up (not counted): first connections, first plans, the board's own cache.
  await autocannon({
    url: base,
    connections: 20,
    duration: 2,
    requests: [
      { method: 'GET', setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] }) },
    ],
  });
  const latencies = [];
  const instance = autocannon({
    url: base,
    connections: options['job-board-connections'],
    duration: options['job-board-seconds'],
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] }),
      },
    ],
  });
  instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  const result = await instance;
  const summary = lib.summarize(latencies);
  return {
    requestsPerSecond: result.requests.total / (result.duration || options['job-board-seconds']),
    mean: summary.mean,
    p50: summary.p50,
    p95: summary.p95,
    p99: summary.p99,
    responses: latencies.length,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

function printReport(options, f, started) {
  say('');
  say('=== bench:search figures');
  say(
    `${options.profiles} profiles, ${options.offers} offers, ${options.queries} queries; ` +
      `${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM, node ${process.version}; ` +
      `load average now ${readLoad()}; ${new Date().toISOString()}; total ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
  if (f.seedSeconds)
    say(`generating the data: ${f.seedSeconds.toFixed(1)} s; API start: ${f.startSeconds?.toFixed(1)} s`);
  if (f.reindex)
    say(
      `full reindex: ${f.reindex.documents} documents in ${f.reindex.seconds.toFixed(1)} s ` +
        `(${Math.round(f.reindex.documents / f.reindex.seconds)} documents/s)`,
    );
  for (const clients of [1, 8]) {
    const s = f.search?.[clients];
    if (!s) continue;
    say(`employer search, ${clients} client${clients > 1 ? 's' : ''}:`);
    for (const [name, label] of [
      ['api', 'through the API   '],
      ['meili', 'straight to Meili '],
      ['pg', 'PostgreSQL alone  '],
    ])
      if (s[name]) say(`  ${label} ${fmtSummary(s[name])}, ${s[name].throughput.toFixed(0)} queries/s`);
    if (s.api && s.meili && s.pg)
      say(
        `  ratios (p95): API/Meili ${(s.api.p95 / s.meili.p95).toFixed(2)}×, PG/API ${(s.pg.p95 / s.api.p95).toFixed(2)}×; ` +
          `(p50): API/Meili ${(s.api.p50 / s.meili.p50).toFixed(2)}×, PG/API ${(s.pg.p50 / s.api.p50).toFixed(2)}×`,
      );
  }
  if (f.hits) say(`hit totals compared on ${f.hits.compared} queries: ${f.hits.summary}`);
  say(f.matches ? `match list (one offer, 1 client): ${fmtSummary(f.matches)}` : 'match list: not available');
  if (f.saveToSearch)
    say(
      `profile save → hit in search: ${fmtSummary(f.saveToSearch)}` +
        (f.saveToSearch.lost ? `; ${f.saveToSearch.lost} not found within 30 s (counted as 30 s)` : ''),
    );
  for (const error of f.errors ?? []) say(`phase failed: ${error}`);
  if (f.jobBoard)
    say(
      `public job board, ${options['job-board-connections']} connections: ${Math.round(f.jobBoard.requestsPerSecond)} requests/s, ` +
        `mean ${ms(f.jobBoard.mean)}, p95 ${ms(f.jobBoard.p95)}, p99 ${ms(f.jobBoard.p99)}`,
    );
  say('');
  say('=== targets (issue 15)');
  for (const row of lib.evaluateTargets(f)) say(`${row.verdict.padEnd(4)}  ${row.target}: ${row.measured}`);
  if (options.profiles !== 100_000)
    say(`(the targets are set for 100,000 profiles; this run used ${options.profiles})`);
}

main().catch((error) => {
  if (error instanceof UsageError) {
    process.stderr.write(`bench:search: ${error.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`bench:search: ${error.stack ?? error.message}\n`);
  process.exit(1);
});
