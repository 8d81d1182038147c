import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { referenceDataDir } from '../../database/seeds/reference-data-dir';
import { createTestApp, type TestApp } from '../../../test/test-app';

/** The AGS codes of the reference file (first column); coordinators may add towns beside them. */
function referenceTownCodes(): string[] {
  const [, ...rows] = readFileSync(join(referenceDataDir(), 'rems_murr_kreis_municipalities.csv'), 'utf8')
    .trim()
    .split(/\r?\n/);
  return rows.map((row) => row.split(',')[0]!.replace(/"/g, ''));
}

describe('GET /api/towns', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(async () => {
    await t.app.close();
  });

  it('lists the 31 towns of the Rems-Murr-Kreis with coordinates', async () => {
    const response = await t.http.get('/api/towns');
    expect(response.status).toBe(200);
    const codes = referenceTownCodes();
    expect(codes).toHaveLength(31);
    const listed = new Set(response.body.map((town: { ags: string }) => town.ags));
    expect(codes.filter((ags) => !listed.has(ags))).toEqual([]);
    const waiblingen = response.body.find((town: { name: string }) => town.name === 'Waiblingen');
    expect(waiblingen).toMatchObject({ ags: expect.stringMatching(/^08119/), district: 'Rems-Murr-Kreis' });
    expect(waiblingen.lat).toBeCloseTo(48.83, 1);
    expect(waiblingen.lon).toBeCloseTo(9.32, 1);
    const names = response.body.map((town: { name: string }) => town.name);
    expect(names).toEqual([...names].sort((a: string, b: string) => a.localeCompare(b)));
  });
});
