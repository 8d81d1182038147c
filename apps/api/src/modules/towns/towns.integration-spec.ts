import { createTestApp, type TestApp } from '../../../test/test-app';

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
    expect(response.body).toHaveLength(31);
    const waiblingen = response.body.find((town: { name: string }) => town.name === 'Waiblingen');
    expect(waiblingen).toMatchObject({ ags: expect.stringMatching(/^08119/), district: 'Rems-Murr-Kreis' });
    expect(waiblingen.lat).toBeCloseTo(48.83, 1);
    expect(waiblingen.lon).toBeCloseTo(9.32, 1);
    const names = response.body.map((town: { name: string }) => town.name);
    expect(names).toEqual([...names].sort((a: string, b: string) => a.localeCompare(b)));
  });
});
