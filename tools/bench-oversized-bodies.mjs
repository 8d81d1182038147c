// `npm run bench:oversized-bodies`: does a flood of oversized profile saves slow down everyone else?
// Against a running Passgenau (`npm start`; PASSGENAU_URL, default http://127.0.0.1:3000, demo data):
// measures the public job board's latency alone, then while 4 clients keep sending 14 MB profile
// bodies (signed in as the demo candidate, and anonymously), and prints medians, the worst case and
// the ratio. Before the per-route body limits, 4 such saves stalled the job board for 6.5 s.
import { fork } from 'node:child_process';
import { performance } from 'node:perf_hooks';

const base = (process.env.PASSGENAU_URL ?? 'http://127.0.0.1:3000').replace(/\/$/, '');
const samples = Number(process.env.BENCH_SAMPLES ?? 40);
const floodClients = 4;
const bodyBytes = 14 * 1024 * 1024;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function json(path, init) {
  const response = await fetch(`${base}${path}`, init);
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

async function jobBoardLatencies(count) {
  const times = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    const response = await fetch(`${base}/api/job-board/offers?pageSize=20`);
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`job board answered ${response.status}`);
    times.push(performance.now() - started);
  }
  return times;
}

// A syntactically valid profile body of 14 MB: one huge list of competences.
const competence = '{"code":"passgenau:skill/welding","evidence":[{"kind":"self","level":"good"}]},';
const hugeBody = `{"competences":[${competence.repeat(Math.floor(bodyBytes / competence.length)).slice(0, -1)}]}`;

// Each flooding client is a process of its own, so that building and sending 14 MB bodies does not
// slow down the process that measures the job board.
if (process.argv[2] === '--flood') {
  const [path, token] = [process.argv[3], process.argv[4]];
  const headers = {
    'content-type': 'application/json',
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  };
  const statuses = {};
  let stopping = false;
  process.on('message', () => (stopping = true));
  while (!stopping) {
    let key;
    try {
      const response = await fetch(`${base}${path}`, { method: 'PUT', headers, body: hugeBody });
      await response.arrayBuffer();
      key = String(response.status);
    } catch (error) {
      // The server may close the connection early on a refused body: that counts as refused.
      key = `closed (${error.cause?.code ?? error.name})`;
    }
    statuses[key] = (statuses[key] ?? 0) + 1;
  }
  process.send(statuses, () => process.exit(0));
} else {
  await main();
}

async function underFlood(label, path, token) {
  const statuses = new Map();
  const children = Array.from({ length: floodClients }, () =>
    fork(new URL(import.meta.url).pathname, ['--flood', path, token ?? '']),
  );
  const reports = children.map(
    (child) =>
      new Promise((resolve) => {
        child.on('message', (counts) => {
          for (const [status, n] of Object.entries(counts))
            statuses.set(status, (statuses.get(status) ?? 0) + n);
          resolve();
        });
      }),
  );
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const times = await jobBoardLatencies(samples);
  for (const child of children) child.send('stop');
  await Promise.all(reports);
  return { label, times, statuses };
}

async function main() {
  const login = await json('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'candidate@demo.passgenau.de', password: 'demo-passgenau-2026' }),
  });
  if (login.status !== 200 && login.status !== 201) throw new Error(`demo sign-in failed: ${login.status}`);
  const token = login.body.accessToken;
  const me = await json('/api/auth/me', { headers: { authorization: `Bearer ${token}` } });
  const profilePath = `/api/candidates/${me.body.candidateId}/profile`;

  await jobBoardLatencies(5); // warm-up
  const alone = await jobBoardLatencies(samples);
  const runs = [
    await underFlood('4 signed-in clients sending 14 MB saves', profilePath, token),
    await underFlood('4 anonymous clients sending 14 MB saves', profilePath, null),
  ];

  const format = (ms) => `${ms.toFixed(1)} ms`;
  console.log(`job board (GET /api/job-board/offers?pageSize=20), ${samples} requests each, ${base}`);
  console.log(`  alone:   median ${format(median(alone))}, worst ${format(Math.max(...alone))}`);
  for (const run of runs) {
    const answers = [...run.statuses].map(([status, n]) => `${status}×${n}`).join(', ');
    console.log(
      `  ${run.label}: median ${format(median(run.times))} (${(median(run.times) / median(alone)).toFixed(2)}× alone), ` +
        `worst ${format(Math.max(...run.times))}; the saves were answered ${answers}`,
    );
  }
}
