// `npm run bench:open-house [-- --runs 5 --seed 7]`: the open-house day planner and the job-fair
// pairing at the size. (1) 25 sites in 8 towns of the Rems-Murr-Kreis (coordinates from
// apps/api/reference-data) × 200 candidates (30 % in groups of 2–5 from housing sites) × 4 hours in
// 30-minute slots: median time, score, upper bound, gap and coverage (target ≤ 5 s). (2) A job
// fair with 60 exhibitors, 25 mentors and 150 candidates paired and planned (target ≤ 2 s).
// Every plan is checked for conflicts (a conflict fails the run, exit 1); a MISS does not.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { fmt, median, rng, verdict } from './bench/figures.mjs';
import { loadDomainModule, loadHighs } from './speed-dating/load-scheduler.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const RUNS = option('runs', 5);
const SEED = option('seed', 7);

const TOWNS = ['Waiblingen', 'Fellbach', 'Schorndorf', 'Backnang', 'Winnenden', 'Weinstadt', 'Murrhardt', 'Welzheim'];

function readTowns() {
  const [header, ...rows] = readFileSync(resolve(root, 'apps/api/reference-data/rems_murr_kreis_municipalities.csv'), 'utf8')
    .trim()
    .split('\n');
  const columns = header.split(',');
  const at = (name) => columns.indexOf(name);
  const all = rows.map((row) => {
    const cells = row.split(',');
    return { name: cells[at('name')], lat: Number(cells[at('lat')]), lon: Number(cells[at('lon')]) };
  });
  return TOWNS.map((name) => {
    const town = all.find((t) => t.name === name);
    if (!town) throw new Error(`town ${name} missing from the reference data`);
    return town;
  });
}

const DAY_START = 13 * 60; // 13:00
const DAY_END = 17 * 60; // 17:00
const MODES = [
  ['transit', 0.4, 20],
  ['foot', 0.2, 3],
  ['bike', 0.15, 10],
  ['car', 0.25, 30],
];

/** 25 sites (20 firms, 5 housing sites) in 8 towns, 200 candidates, 30 % of them in groups of 4–5 (the last one smaller). */
export function openHouseInstance(seed, towns) {
  const random = rng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const near = (town, km) => ({
    lat: town.lat + ((random() - 0.5) * 2 * km) / 111.2,
    lon: town.lon + ((random() - 0.5) * 2 * km) / (111.2 * Math.cos((town.lat * Math.PI) / 180)),
  });
  const sites = [];
  for (let i = 0; i < 25; i++) {
    const town = towns[i % towns.length];
    const housing = i >= 20;
    const openings =
      random() < 0.2
        ? [
            { start: DAY_START, end: DAY_START + 90 },
            { start: DAY_START + 120, end: DAY_END },
          ]
        : random() < 0.3
          ? [{ start: DAY_START + 60, end: DAY_END }]
          : [{ start: DAY_START, end: DAY_END }];
    sites.push({
      id: `${housing ? 'h' : 's'}${i + 1}`,
      kind: housing ? 'housing' : 'firm',
      location: near(town, 1.5),
      town: town.name,
      openings,
      capacity: housing ? 8 : 3 + Math.floor(random() * 5),
      slotMinutes: 30,
    });
  }
  const housingSites = sites.filter((s) => s.kind === 'housing');
  const travelFor = (start, mode, radiusKm) => {
    const late = random() < 0.25 ? 60 : 0;
    return {
      start,
      mode,
      radiusKm,
      available: { start: DAY_START - 45 + late, end: DAY_END },
      maxVisits: 2 + Math.floor(random() * 3),
    };
  };
  const candidates = Array.from({ length: 200 }, (_, i) => ({ id: `c${i + 1}` }));
  const groups = [];
  let next = 0;
  while (next < 60) {
    const size = Math.min(60 - next, 4 + Math.floor(random() * 2));
    const home = housingSites[groups.length % housingSites.length];
    groups.push({
      id: `g${groups.length + 1}`,
      members: candidates.slice(next, next + size).map((c) => c.id),
      companions: 1,
      housingSiteId: home.id,
      travel: travelFor(home.location, 'transit', 25),
    });
    next += size;
  }
  for (const c of candidates.slice(60)) {
    const r = random();
    let acc = 0;
    const [mode, , radius] = MODES.find(([, share]) => (acc += share) >= r) ?? MODES[0];
    c.travel = travelFor(near(pick(towns), 2.5), mode, radius);
  }
  // each candidate fits about 40 % of the firms, scores 0.3..1
  const scores = {};
  for (const s of sites)
    if (s.kind === 'firm')
      for (const c of candidates) if (random() < 0.4) scores[`${s.id}|${c.id}`] = Math.round((0.3 + 0.7 * random()) * 1000) / 1000;
  return { sites, candidates, groups, scores };
}

const LANGUAGES = ['ar', 'uk', 'fa', 'ti', 'ru', 'tr', 'en', 'ps'];

/** 60 exhibitors, 25 mentors (capacities 4–8), 150 candidates; fits for about 40 % of the pairs. */
export function jobFairInstance(seed, towns) {
  const random = rng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const booths = Array.from({ length: 60 }, (_, i) => i + 1).sort(() => random() - 0.5);
  const exhibitors = booths.map((b, i) => ({ id: `e${i + 1}`, name: `Firm ${i + 1}`, booth: `${b}` }));
  const mentors = Array.from({ length: 25 }, (_, i) => ({
    id: `m${i + 1}`,
    languages: ['de', pick(LANGUAGES), ...(random() < 0.4 ? [pick(LANGUAGES)] : [])],
    capacity: 4 + Math.floor(random() * 5),
    town: pick(towns).name,
  }));
  const candidates = Array.from({ length: 150 }, (_, i) => ({
    id: `c${i + 1}`,
    languages: [pick(LANGUAGES), ...(random() < 0.3 ? ['de'] : [])],
    town: pick(towns).name,
  }));
  const fits = [];
  for (const c of candidates)
    for (const e of exhibitors)
      if (random() < 0.4) {
        const offers = random() < 0.3 ? 2 : 1;
        for (let o = 0; o < offers; o++)
          fits.push({
            exhibitor: e.id,
            candidate: c.id,
            score: Math.round(random() * 1000) / 1000,
            offer: { id: `${e.id}-o${o + 1}`, title: `Offer ${o + 1}` },
          });
      }
  return { exhibitors, mentors, candidates, fits };
}

async function main() {
  const lib = await loadDomainModule('libs/domain/src/index.ts');
  const highs = await loadHighs();
  const towns = readTowns();
  console.log(`open-house day: 25 sites in ${towns.length} towns (${TOWNS.join(', ')}) × 200 candidates (60 in groups) × 13:00–17:00 in 30-minute slots, ${RUNS} runs, seed ${SEED}`);
  const times = [];
  const gaps = [];
  const phases = [];
  let last;
  for (let run = 0; run < RUNS; run++) {
    const instance = openHouseInstance(SEED + run, towns);
    const t = performance.now();
    last = lib.planOpenHouse(instance, { timeLimitMs: 4000, highs, lpTimeLimitSeconds: 0.5 });
    times.push(performance.now() - t);
    gaps.push(last.gap);
    phases.push(`${last.phases.heuristic}+${last.phases.lp}+${last.phases.mip}`);
    const conflicts = lib.checkPlan(instance, last.plan);
    if (conflicts.length) throw new Error(`open-house plan has conflicts: ${conflicts[0].detail}`);
  }
  const visits = last.plan.routes.reduce((sum, r) => sum + r.visits.length, 0);
  const openMedian = median(times);
  console.log(
    `1 open-house planner (${last.method}): median ${fmt(openMedian)} (max ${fmt(Math.max(...times))})  score ${last.score.toFixed(3)}  bound ${last.bound.toFixed(3)} (${last.boundMethod})  status ${last.status}  gap ${(last.gap * 100).toFixed(2)} % (per run ${gaps.map((g) => (g * 100).toFixed(2)).join(' / ')} %, median ${(median(gaps) * 100).toFixed(2)} %)  candidates with a fitting visit ${last.coverage.reached}/${last.coverage.candidates} (bound ${last.coverage.bound})  visits ${visits}  ms heuristic+LPs+MIP per run ${phases.join(' / ')}  ${verdict(openMedian <= 5000)} (target ≤ 5 s)`,
  );

  const fairTimes = [];
  let pairing;
  let plans;
  for (let run = 0; run < RUNS; run++) {
    const fair = jobFairInstance(SEED + run, towns);
    const t = performance.now();
    pairing = lib.pairMentors({ mentors: fair.mentors, candidates: fair.candidates });
    plans = lib.planFair(fair.exhibitors, fair.fits, pairing, fair.candidates.map((c) => c.id));
    fairTimes.push(performance.now() - t);
    const conflicts = lib.checkPairing({ mentors: fair.mentors, candidates: fair.candidates }, pairing.pairs);
    if (conflicts.length) throw new Error(`pairing has conflicts: ${conflicts[0].detail}`);
  }
  const fairMedian = median(fairTimes);
  const sizes = Object.values(pairing.groupSizes);
  console.log(
    `2 job fair (60 exhibitors, 25 mentors, 150 candidates; min-cost flow + plans): median ${fmt(fairMedian)} (max ${fmt(Math.max(...fairTimes))})  paired ${pairing.pairs.length}/150  language matches ${pairing.languageMatches}  same town ${pairing.townMatches}  group sizes ${Math.min(...sizes)}–${Math.max(...sizes)}  plan items ${plans.candidates.reduce((s, p) => s + p.items.length, 0)}  ${verdict(fairMedian <= 2000)} (target ≤ 2 s)`,
  );
}

if (process.argv[1] && process.argv[1].endsWith('bench-open-house.mjs'))
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
