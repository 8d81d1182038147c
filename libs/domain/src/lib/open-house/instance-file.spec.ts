import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkPlan } from './check-plan';
import { formatOpenHouseResult, OpenHouseFileError, parseOpenHouseFile } from './instance-file';
import { planOpenHouse } from './plan';

const example = readFileSync(join(__dirname, '../../../../../docs/examples/open-house-day.json'), 'utf8');

describe('open-house instance files', () => {
  it('reads the example day (times as HH:MM) and plans it without conflicts', () => {
    const instance = parseOpenHouseFile(example);
    expect(instance.sites[2].openings).toEqual([
      { start: 780, end: 870 },
      { start: 900, end: 1020 },
    ]);
    expect(instance.groups?.[0].travel.available).toEqual({ start: 780, end: 1020 });
    const result = planOpenHouse(instance);
    expect(checkPlan(instance, result.plan)).toEqual([]);
    expect(result.coverage).toEqual({ reached: 6, bound: 6, candidates: 6 });
    const file = JSON.parse(formatOpenHouseResult(result));
    expect(file.routes.find((r: { party: string }) => r.party === 'murrhardt-group').visits[0]).toEqual({
      site: expect.any(String),
      start: expect.stringMatching(/^\d\d:\d\d$/),
      end: expect.stringMatching(/^\d\d:\d\d$/),
    });
    expect(file.score).toBeCloseTo(result.score, 9);
  });

  it('names every problem of a bad file', () => {
    expect(() => parseOpenHouseFile('{ nope')).toThrow(/not JSON/);
    const broken = JSON.parse(example);
    broken.sites[0].openings[0].start = '25:00';
    broken.candidates[0].travel.available.end = 'late';
    broken.scores['nowhere|c1'] = 0.5;
    try {
      parseOpenHouseFile(JSON.stringify(broken));
      throw new Error('accepted a bad file');
    } catch (error) {
      expect(error).toBeInstanceOf(OpenHouseFileError);
      const issues = (error as OpenHouseFileError).issues;
      expect(issues).toEqual(
        expect.arrayContaining([
          'sites[0].openings[0].start: "25:00" is not a time of day (HH:MM)',
          'candidates[0].travel.available.end: "late" is not a time of day (HH:MM)',
          'score for an unknown pair: nowhere|c1',
        ]),
      );
    }
  });
});
