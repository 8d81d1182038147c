import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkSchedule } from './compile';
import { parseProblem, parseSchedule } from './instance-file';

// `npm run schedule` is `node tools/schedule.mjs`: run it the same way on the documented example.
const root = resolve(__dirname, '../../../../..');
const run = (args: string[]) =>
  spawnSync(process.execPath, [join(root, 'tools/schedule.mjs'), ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });

describe('speed dating: the schedule command', () => {
  const example = join(root, 'docs/examples/speed-dating-instance.json');
  const problem = parseProblem(readFileSync(example, 'utf8'));

  it('prints a feasible schedule on stdout and score and bound on stderr', () => {
    const out = run([example]);
    expect(out.status).toBe(0);
    const meetings = parseSchedule(out.stdout, problem);
    expect(checkSchedule(problem, meetings)).toEqual([]);
    expect(out.stderr).toMatch(/^score \d+\.\d+ {2}bound \d+\.\d+ {2}gap /);
  });

  it('re-plans from a result file, and exits 2 naming the field of a bad instance', () => {
    const dir = mkdtempSync(join(tmpdir(), 'schedule-cli-'));
    try {
      const resultFile = join(dir, 'result.json');
      expect(run([example, '--result', resultFile]).status).toBe(0);
      const first = parseSchedule(readFileSync(resultFile, 'utf8'), problem);
      const again = run([example, '--replan', resultFile, '--from-round', '1', '--no-show', 'c2']);
      expect(again.status).toBe(0);
      const meetings = parseSchedule(again.stdout, problem);
      expect(meetings.filter((m) => m.round < 1)).toEqual(first.filter((m) => m.round < 1));
      expect(meetings.some((m) => m.candidate === 'c2' && m.round >= 1)).toBe(false);
      const bad = join(dir, 'bad.json');
      writeFileSync(bad, JSON.stringify({ ...problem, rounds: 0 }));
      const failed = run([bad]);
      expect(failed.status).toBe(2);
      expect(failed.stderr).toContain('rounds: must be an integer from 1 to 1000');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
