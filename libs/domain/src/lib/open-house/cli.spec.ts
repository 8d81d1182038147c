import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkPlan } from './check-plan';
import { parseClock } from './compile';
import { parseOpenHouseFile } from './instance-file';
import type { Route } from './types';

// `npm run plan:open-house` is `node tools/plan-open-house.mjs`: run it the same way on the example.
const root = resolve(__dirname, '../../../../..');
const run = (args: string[]) =>
  spawnSync(process.execPath, [join(root, 'tools/plan-open-house.mjs'), ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });

describe('open house: the plan command', () => {
  const example = join(root, 'docs/examples/open-house-day.json');
  const instance = parseOpenHouseFile(readFileSync(example, 'utf8'));

  it('prints a plan without conflicts on stdout and its figures on stderr', () => {
    const out = run([example, '--time-limit', '3000']);
    expect(out.status).toBe(0);
    const file = JSON.parse(out.stdout) as { routes: { party: string; visits: { site: string; start: string; end: string }[] }[] };
    const routes: Route[] = file.routes.map((r) => ({
      party: r.party,
      visits: r.visits.map((v) => ({ site: v.site, start: parseClock(v.start), end: parseClock(v.end) })),
    }));
    expect(checkPlan(instance, { routes })).toEqual([]);
    expect(out.stderr).toMatch(/^score \d+\.\d+ {2}bound \d+\.\d+ \(\w[\w-]*\) {2}gap .* reached 6\/6 /);
  });

  it('exits 2 naming the problems of a bad file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'open-house-cli-'));
    try {
      const bad = join(dir, 'bad.json');
      writeFileSync(bad, JSON.stringify({ ...instance, sites: [{ ...instance.sites[0], capacity: -1 }] }));
      const failed = run([bad, '--no-mip']);
      expect(failed.status).toBe(2);
      expect(failed.stderr).toContain('site metallbau-backnang: capacity must be an integer ≥ 0');
      expect(run([]).status).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
