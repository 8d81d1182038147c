import sharp from 'sharp';
import { createTestApp, type TestApp } from '../../../../test/test-app';
import { db } from '../../../../test/factories';
import { ReencodeCompanyLogos1764730000000 } from '../../../database/migrations/1764730000000-reencode-company-logos';
import { createEmployer } from '../test-factories';

describe('logos stored before re-encoding', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(async () => {
    await t.app.close();
  });

  async function storeRaw(companyId: string, contentType: string, data: Buffer): Promise<void> {
    await db(t).query(
      `INSERT INTO company_logo (company_id, content_type, data, byte_size, sha256)
       VALUES ($1, $2, $3, $4, repeat('0', 64))`,
      [companyId, contentType, data, data.length],
    );
  }

  it('are re-encoded by the migration, and one that does not decode is removed', async () => {
    const script = Buffer.from('<html><script>alert(document.cookie)</script></html>');
    const polyglotFirm = await createEmployer(t);
    await storeRaw(
      polyglotFirm.companyId!,
      'image/png',
      Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), script]),
    );
    const goodFirm = await createEmployer(t);
    const jpeg = await sharp({ create: { width: 20, height: 10, channels: 3, background: '#336699' } })
      .jpeg()
      .withExif({ IFD0: { Copyright: 'old-exif-marker' } })
      .toBuffer();
    await storeRaw(goodFirm.companyId!, 'image/jpeg', Buffer.concat([jpeg, script]));

    const runner = db(t).createQueryRunner();
    try {
      await new ReencodeCompanyLogos1764730000000().up(runner);
    } finally {
      await runner.release();
    }

    expect((await t.http.get(`/api/companies/${polyglotFirm.companyId}/logo`)).status).toBe(404);
    const served = await t.http.get(`/api/companies/${goodFirm.companyId}/logo`).buffer(true);
    expect(served.status).toBe(200);
    const data = served.body as Buffer;
    expect(data.includes('script')).toBe(false);
    expect(data.includes('old-exif-marker')).toBe(false);
    expect(await sharp(data).metadata()).toMatchObject({ format: 'jpeg', width: 20, height: 10 });
    const [row] = await db(t).query(`SELECT byte_size, sha256 FROM company_logo WHERE company_id = $1`, [
      goodFirm.companyId,
    ]);
    expect(row.byte_size).toBe(data.length);
    expect(row.sha256).not.toBe('0'.repeat(64));
  });
});
