// `npm run bench:print [-- --runs 30 --out tmp/printouts]`: the PDF printouts through the real
// renderer (headless Chromium, shipped fonts) and templates of apps/api/src/modules/print.
// Prints median and p95 of a 20-candidate match list (target ≤ 1 s, warm browser), of a one-page
// profile, of two prints at once, and the process's RSS over the runs (flat = no leak; Chromium's
// own memory is a separate process and reported too). With --out it keeps one PDF of each kind.
// Prints figures only; a MISS does not fail the run (errors do, exit 1).
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { fmt, median, rng, verdict } from './bench/figures.mjs';
import { loadHighs, loadScheduler } from './speed-dating/load-scheduler.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const RUNS = Number(option('runs', 30));
const OUT = option('out', null);
const SEED = Number(option('seed', 7));
const BATCHES = Number(option('batches', 10));
const FIRMS = Number(option('firms', 30));
const CANDIDATES = Number(option('candidates', 150));
const ROUNDS = Number(option('rounds', 10));

// The print module bundled on the fly (npm packages stay in node_modules), like tools/build-api.mjs.
const bundle = resolve(root, 'dist/bench/print-bench.cjs');
mkdirSync(dirname(bundle), { recursive: true });
await build({
  stdin: {
    contents: `
      export { PdfRenderer } from './pdf-renderer.service';
      export { translator } from './print-texts';
      export { matchListHtml, matchListPages } from './templates/match-list.template';
      export { profileHtml } from './templates/profile.template';
      export { formatMoment } from './print-format';
      export { eventBundleHtml, eventBundlePages } from './templates/event-bundle.template';`,
    resolveDir: resolve(root, 'apps/api/src/modules/print'),
    loader: 'ts',
  },
  outfile: bundle,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  packages: 'external',
  tsconfig: resolve(root, 'apps/api/tsconfig.app.json'),
  logLevel: 'error',
});
const require = createRequire(import.meta.url);
const print = require(bundle);
const QRCode = require('qrcode');

const random = rng(SEED);
const pick = (list) => list[Math.floor(random() * list.length)];
const SKILLS = [
  ['Teig kneten und formen', 'de'], ['Öfen bedienen', 'de'], ['Hygienevorschriften einhalten', 'de'],
  ['Gabelstapler fahren', 'de'], ['Schweißgeräte bedienen', 'de'], ['Kundschaft beraten', 'de'],
  ['Waren prüfen und einräumen', 'de'], ['Maschinen warten', 'de'], ['Kasse führen', 'de'],
  ['Lebensmittel lagern', 'de'], ['Arbeitssicherheit beachten', 'de'], ['Baustelle absichern', 'de'],
];
const TOWNS = ['Schorndorf', 'Waiblingen', 'Weinstadt', 'Backnang', 'Fellbach', 'Winnenden'];

function explanation() {
  const n = 2 + Math.floor(random() * 4);
  const codes = Array.from({ length: n }, (_, i) => `s${(i + Math.floor(random() * 6)) % SKILLS.length}`);
  const tiers = ['self', 'mentor', 'assessed', 'confirmed'];
  const covered = [...new Set(codes)].slice(0, n - 1).map((code) => ({ code, evidence: pick(tiers), weight: 1 }));
  return {
    required: { covered, related: [], missing: [`s${Math.floor(random() * SKILLS.length)}`] },
    niceToHave: {
      covered: [],
      related: random() < 0.5 ? [{ code: 's5', via: 's2', occupationCode: 'o', evidence: 'mentor', weight: 0.5 }] : [],
      missing: random() < 0.5 ? ['s8'] : [],
    },
    language: {
      fit: pick(['meets', 'slightly_below', 'no_minimum']),
      strict: false,
      parts: [{ part: 'speaking', minimum: 'B1', actual: pick(['A2', 'B1', 'B2']), gap: random() < 0.5 ? 1 : 0 }],
    },
    distance: { fit: 'within', km: Math.round(random() * 200) / 10, travelKm: 25, offerMaxKm: null },
    availability: random() < 0.3
      ? { fit: 'late', startsOn: '2027-09-01', earliestStart: '2027-09-20', lateDays: 19 }
      : { fit: 'in_time', startsOn: '2027-09-01', earliestStart: '2027-06-01', lateDays: 0 },
    wishes: { kind: 'wished', occupation: 'field' },
    workPermit: pick(['yes', 'with_approval', 'unknown']),
    components: { required: 1, niceToHave: 1, german: 1, distance: 1, availability: 1, wishes: 1 },
  };
}

const lists = { de: [], ar: [] };
async function matchList(lang, size = 20) {
  // As PrintService does per printout: QR codes and the HTML are made anew every time.
  const t = print.translator(lang);
  const entries = await Promise.all(
    Array.from({ length: size }, async (_, i) => {
      const pseudonym = `K-${(0x10000 + Math.floor(random() * 0xeffff)).toString(36).toUpperCase()}`;
      const profileUrl = `https://passgenau.example/profiles/${pseudonym}`;
      return {
        rank: i + 1, pseudonym, percent: 95 - i * 2, offerTitle: 'Ausbildung Bäcker/in',
        germanOverall: pick(['A2', 'B1', 'B2']), townName: pick(TOWNS), explanation: explanation(), profileUrl,
        qrSvg: await QRCode.toString(profileUrl, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' }),
      };
    }),
  );
  return print.matchListHtml(t, {
    lang, companyName: 'Bäckerei Groß & Söhne GmbH', offerTitle: null,
    offerTitles: ['Ausbildung Bäcker/in', 'Verkäufer/in (Teilzeit)'],
    printedAt: print.formatMoment(new Date(), lang), printedBy: 'Petra Größer', total: 57, entries,
    label: (code) => {
      const [text, l] = SKILLS[Number(code.slice(1)) % SKILLS.length];
      return { text, lang: l };
    },
  });
}

function profile(lang, form) {
  return print.profileHtml(print.translator(lang), {
    lang, form, pseudonym: 'K-7F3Q',
    person: form === 'full'
      ? { name: 'Amal Haddad', birthYear: 1990, phone: '+49 151 1234567', email: 'amal.haddad@example.org', home: 'Schorndorf' }
      : null,
    homeTownName: 'Schorndorf',
    languages: [{ language: 'ar', native: true, overall: null }, { language: 'de', native: false, overall: 'B1' }, { language: 'uk', native: false, overall: 'A2' }],
    germanCertificates: [{ kind: 'telc', level: 'B1', issuedOn: '2025-06-01' }],
    schooling: { years: 10, country: 'SY', level: 'lower_secondary' }, mathsLevel: 'good', computerLevel: 'basic',
    education: [{ kind: 'vocational', title: 'خياطة', titleLang: 'ar', occupation: { text: 'Maßschneider/in', lang: 'de' }, year: 2012, recognition: 'in_progress' }],
    experience: [{ occupation: { text: 'Bäcker/in', lang: 'de' }, years: 4, country: 'SY' }],
    competences: SKILLS.map(([text, l], i) => ({ label: { text, lang: l }, tier: ['self', 'mentor', 'assessed', 'confirmed'][i % 4] })),
    workPermit: form === 'full' ? 'Ja, ich darf arbeiten' : 'Darf arbeiten', drivingLicences: ['B'],
    wishes: { occupations: [{ text: 'Bäcker/in', lang: 'de' }], kinds: ['job', 'apprenticeship'], hoursPerWeek: 30, earliestStart: '2027-01-15' },
    travelKm: 20, travelMinutes: 45,
    texts: [
      { subject: 'about', text: 'أعمل في المخبز منذ عشر سنوات، وعملت 4 سنوات في حلب. أحب العمل مع الناس.', lang: 'ar' },
      { subject: 'wishes', text: 'Я хочу працювати пекарем у Шорндорфі, найкраще зранку.', lang: 'uk' },
      { subject: 'experience', text: 'Brötchen, Brezeln und Hefezopf für die Bäckerei Weiß in Größenordnung von 800 Stück täglich.', lang: 'de' },
    ],
    mentors: form === 'full' ? [{ name: 'Jürgen Weiß', since: '1. Oktober 2026' }] : null,
    printedAt: print.formatMoment(new Date(), lang), printedBy: 'Petra Größer',
  });
}

const p95 = (values) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(values.length * 0.95) - 1)];
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

function chromiumRss() {
  // Resident memory of every process this run started (Chromium and its helpers).
  try {
    const rows = execFileSync('ps', ['-e', '-o', 'pid=,ppid=,rss='], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .map((line) => line.trim().split(/\s+/).map(Number));
    const mine = new Set([process.pid]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const [pid, ppid] of rows) if (mine.has(ppid) && !mine.has(pid)) (mine.add(pid), (grew = true));
    }
    mine.delete(process.pid);
    return rows.filter(([pid]) => mine.has(pid)).reduce((sum, [, , kb]) => sum + kb * 1024, 0);
  } catch {
    return null;
  }
}

/** RSS after a full collection where node runs with --expose-gc (npm run bench:print does). */
function nodeRss() {
  globalThis.gc?.();
  return process.memoryUsage().rss;
}

const renderer = new print.PdfRenderer();
try {
  let started = performance.now();
  const first = await renderer.render(await matchList('de'));
  const coldMs = performance.now() - started;
  if (first.subarray(0, 5).toString() !== '%PDF-') throw new Error('not a PDF');
  if (OUT) {
    mkdirSync(resolve(root, OUT), { recursive: true });
    writeFileSync(resolve(root, OUT, 'match-list-de.pdf'), first);
    writeFileSync(resolve(root, OUT, 'match-list-ar.pdf'), await renderer.render(await matchList('ar')));
    writeFileSync(resolve(root, OUT, 'match-list-uk.pdf'), await renderer.render(await matchList('uk')));
    writeFileSync(resolve(root, OUT, 'profile-full-ar.pdf'), await renderer.render(profile('ar', 'full')));
    writeFileSync(resolve(root, OUT, 'profile-full-de.pdf'), await renderer.render(profile('de', 'full')));
    writeFileSync(resolve(root, OUT, 'profile-pseudonymous-de.pdf'), await renderer.render(profile('de', 'pseudonymous')));
  }
  const rss = [nodeRss()];
  const chromium = [chromiumRss()];
  const listMs = [];
  for (let i = 0; i < RUNS; i++) {
    const lang = i % 2 ? 'ar' : 'de';
    started = performance.now();
    await renderer.render(await matchList(lang));
    listMs.push(performance.now() - started);
    if ((i + 1) % 10 === 0) {
      rss.push(nodeRss());
      chromium.push(chromiumRss());
    }
  }
  const profileMs = [];
  for (let i = 0; i < Math.max(5, Math.round(RUNS / 3)); i++) {
    started = performance.now();
    await renderer.render(profile(i % 2 ? 'ar' : 'de', i % 3 ? 'pseudonymous' : 'full'));
    profileMs.push(performance.now() - started);
  }
  const pairMs = [];
  for (let i = 0; i < 5; i++) {
    started = performance.now();
    await Promise.all([renderer.render(await matchList('de')), renderer.render(profile('uk', 'full'))]);
    pairMs.push(performance.now() - started);
  }
  const open = await renderer.openPages();
  const pages = print.matchListPages(20);
  console.log(`print bench: ${RUNS} match lists of 20 candidates (${pages} A4 pages each), warm browser, seed ${SEED}`);
  console.log(`  first print (starts Chromium): ${fmt(coldMs)}`);
  console.log(
    `  match list, 20 candidates:   median ${fmt(median(listMs))}, p95 ${fmt(p95(listMs))}  (target ≤ 1 s) ${verdict(median(listMs) <= 1000)}`,
  );
  console.log(`  one-page profile:            median ${fmt(median(profileMs))}, p95 ${fmt(p95(profileMs))}`);
  console.log(`  list + profile at once:      median ${fmt(median(pairMs))}`);
  console.log(`  node RSS after 0/10/20/… lists: ${rss.map(mb).join(' → ')}`);
  if (chromium.every((v) => v !== null)) console.log(`  Chromium RSS (all its processes): ${chromium.map(mb).join(' → ')}`);
  console.log(`  pages left open: ${open}`);
  if (OUT) console.log(`  PDFs written to ${OUT}/`);

  // A speed-dating event: the scheduler's plan, then every table page, candidate page, the wall plan and all badges.
  const lib = await loadScheduler();
  const highs = await loadHighs();
  const firms = Array.from({ length: FIRMS }, (_, i) => `f${i + 1}`);
  const candidates = Array.from({ length: CANDIDATES }, (_, i) => `c${i + 1}`);
  const scores = {};
  for (const f of firms) for (const c of candidates) scores[`${f}|${c}`] = Math.round(random() * 1000) / 1000;
  const schedule = lib.planSchedule({ rounds: ROUNDS, firms, candidates, scores }, { highs });
  const langs = ['ar', 'fa', 'uk', 'de', 'en'];
  const FIRM_NAMES = ['Bäckerei Groß', 'Metallbau Remstal', 'Pflegedienst Weiß', 'Gärtnerei Müller', 'Logistik Fellbach'];
  const rounds = Array.from({ length: ROUNDS }, (_, i) => {
    const start = 14 * 60 + i * 12;
    const hhmm = (m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
    return { index: i, start: hhmm(start), end: hhmm(start + 10) };
  });
  const firmName = (f) => `${FIRM_NAMES[Number(f.slice(1)) % FIRM_NAMES.length]} ${f.slice(1)}`;
  const label = (c) => `K-${(Number(c.slice(1)) * 7919).toString(36).toUpperCase().padStart(4, '0')}`;
  async function eventHtml() {
    const plan = {
      lang: 'de', eventTitle: 'Speed-Dating Ausbildung 2027', eventDay: '12. März 2027', rounds,
      tables: firms.map((f, i) => ({
        number: i + 1, firm: firmName(f),
        meetings: schedule.meetings.filter((m) => m.firm === f).map((m) => ({ round: m.round, candidate: label(m.candidate), interpreter: null })),
      })),
      candidates: candidates.map((c, i) => ({
        label: label(c), lang: langs[i % langs.length],
        meetings: schedule.meetings.filter((m) => m.candidate === c).map((m) => ({
          round: m.round, table: Number(m.firm.slice(1)), firm: firmName(m.firm), interpreter: null,
        })),
      })),
    };
    const people = [
      ...candidates.map((c, i) => ({ name: label(c), role: 'candidate', organisation: null, languages: [langs[i % langs.length], 'de'] })),
      ...firms.map((f) => ({ name: 'Petra Größer', role: 'firm', organisation: firmName(f), languages: ['de'] })),
    ];
    const badges = await Promise.all(
      people.map(async (p, i) => {
        const code = `CHK-${(100000 + i * 37).toString(36).toUpperCase()}`;
        return { ...p, checkInCode: code, qrSvg: await QRCode.toString(code, { type: 'svg', margin: 0 }) };
      }),
    );
    const view = { lang: 'de', eventTitle: plan.eventTitle, eventDay: plan.eventDay, badges };
    return { html: print.eventBundleHtml(print.translator('de'), plan, view), pages: print.eventBundlePages(plan, view) };
  }
  const eventMs = [];
  const eventRss = [nodeRss()];
  const eventChromium = [chromiumRss()];
  let eventPdf;
  let expectedPages = 0;
  for (let i = 0; i < BATCHES; i++) {
    started = performance.now();
    const { html, pages: expected } = await eventHtml();
    eventPdf = await renderer.render(html);
    eventMs.push(performance.now() - started);
    expectedPages = expected;
    eventRss.push(nodeRss());
    eventChromium.push(chromiumRss());
  }
  if (OUT) writeFileSync(resolve(root, OUT, 'event-all.pdf'), eventPdf);
  const pdfPages = (eventPdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  console.log(
    `  event, ${FIRMS} firms × ${CANDIDATES} candidates × ${ROUNDS} rounds, everything in one PDF (${pdfPages} pages, expected ${expectedPages}):`,
  );
  console.log(
    `    all plans + badges: median ${fmt(median(eventMs))}, worst ${fmt(Math.max(...eventMs))} over ${BATCHES} batches  (target ≤ 15 s) ${verdict(median(eventMs) <= 15000)}`,
  );
  console.log(`    node RSS over the batches: ${eventRss.map(mb).join(' → ')}`);
  if (eventChromium.every((v) => v !== null)) console.log(`    Chromium RSS: ${eventChromium.map(mb).join(' → ')}`);
} finally {
  await renderer.onModuleDestroy();
}
