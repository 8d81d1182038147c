import { createTestApp, type TestApp } from '../../../../test/test-app';
import { bearer, createAccount, db } from '../../../../test/factories';
import sharp from 'sharp';
import { addSite, createEmployer, createOffer, TINY_PNG, TOWN } from '../test-factories';

describe('company profiles, sites and logos', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(async () => {
    await t.app.close();
  });

  it('the firm’s manager and members keep the profile; everyone reads it', async () => {
    const manager = await createEmployer(t, { name: 'Petra Brenner' });
    const member = await createEmployer(t, {
      companyId: manager.companyId,
      companyRole: 'member',
      name: 'Ali Demir',
    });
    const patch = await t.http
      .patch(`/api/companies/${manager.companyId}`)
      .set(bearer(manager))
      .send({
        name: 'Schreinerei Holzwurm GmbH',
        legalForm: 'GmbH',
        wzSection: 'C',
        sizeBand: '10-49',
        description: 'Wir bauen Küchen und Treppen aus Holz aus dem Schwäbischen Wald.',
        descriptionLang: 'de',
        website: 'https://holzwurm.example',
        languages: ['de', 'tr', 'de'],
        offersTours: true,
        offersApprenticeships: true,
        canHostInterpreters: true,
      });
    expect(patch.status).toBe(200);
    expect(patch.body).toMatchObject({
      name: 'Schreinerei Holzwurm GmbH',
      wzSection: 'C',
      sizeBand: '10-49',
      languages: ['de', 'tr'],
      offersTours: true,
      offersOpenHouse: false,
      canHostInterpreters: true,
      source: 'passgenau',
    });
    const byMember = await t.http
      .patch(`/api/companies/${manager.companyId}`)
      .set(bearer(member))
      .send({ offersOpenHouse: true, legalForm: null });
    expect(byMember.status).toBe(200);
    expect(byMember.body).toMatchObject({ offersOpenHouse: true, legalForm: null });
    expect((await t.http.get('/api/me/company').set(bearer(member))).body.id).toBe(manager.companyId);

    // Visitors see the profile without contact people; signed-in users see names; staff also e-mails.
    const anonymous = await t.http.get(`/api/companies/${manager.companyId}`);
    expect(anonymous.status).toBe(200);
    expect(anonymous.body).toMatchObject({ name: 'Schreinerei Holzwurm GmbH', contacts: [], showcase: null });
    const candidate = await createAccount(t, 'candidate');
    const asCandidate = await t.http.get(`/api/companies/${manager.companyId}`).set(bearer(candidate));
    expect(asCandidate.body.contacts).toEqual([
      { accountId: manager.accountId, name: 'Petra Brenner', companyRole: 'manager', email: null },
      { accountId: member.accountId, name: 'Ali Demir', companyRole: 'member', email: null },
    ]);
    const iba = await createAccount(t, 'iba_staff');
    const asStaff = await t.http.get(`/api/companies/${manager.companyId}`).set(bearer(iba));
    expect(asStaff.body.contacts.map((c: { email: string }) => c.email)).toEqual([
      manager.email,
      member.email,
    ]);
  });

  it('another firm’s employer gets 403, an unknown company 404, other roles 403', async () => {
    const mine = await createEmployer(t);
    const other = await createEmployer(t);
    const write = await t.http
      .patch(`/api/companies/${other.companyId}`)
      .set(bearer(mine))
      .send({ name: 'Übernommen' });
    expect(write.status).toBe(403);
    expect(write.body.code).toBe('COMPANY_NOT_YOURS');
    expect(
      (
        await t.http
          .post(`/api/companies/${other.companyId}/sites`)
          .set(bearer(mine))
          .send({ townAgs: TOWN.waiblingen })
      ).status,
    ).toBe(403);
    const unknown = await t.http
      .patch('/api/companies/00000000-0000-4000-8000-000000000000')
      .set(bearer(mine))
      .send({ name: 'X' });
    expect(unknown.status).toBe(404);
    const coordinator = await createAccount(t, 'coordinator');
    expect(
      (await t.http.patch(`/api/companies/${other.companyId}`).set(bearer(coordinator)).send({ name: 'X' }))
        .status,
    ).toBe(403);
    const [{ name }] = await db(t).query(`SELECT name FROM company WHERE id = $1`, [other.companyId]);
    expect(name).not.toBe('Übernommen');
  });

  it('refuses bad profile input naming the field', async () => {
    const employer = await createEmployer(t);
    const sector = await t.http
      .patch(`/api/companies/${employer.companyId}`)
      .set(bearer(employer))
      .send({ wzSection: 'Z', website: 'holzwurm' });
    expect(sector.status).toBe(400);
    expect(sector.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'website',
      'wzSection',
    ]);
    const lang = await t.http
      .patch(`/api/companies/${employer.companyId}`)
      .set(bearer(employer))
      .send({ description: 'Text ohne Sprache' });
    expect(lang.status).toBe(400);
    expect(lang.body.errors).toEqual([
      { field: 'descriptionLang', code: 'REQUIRED', message: expect.any(String) },
    ]);
    const blank = await t.http
      .patch(`/api/companies/${employer.companyId}`)
      .set(bearer(employer))
      .send({ name: null, unknownField: 1 });
    expect(blank.status).toBe(400);
    expect([...new Set(blank.body.errors.map((e: { field: string }) => e.field))].sort()).toEqual([
      'name',
      'unknownField',
    ]);
  });

  it('sites take the town’s coordinates, or entered ones for places outside the list', async () => {
    const employer = await createEmployer(t);
    const inTown = await t.http
      .post(`/api/companies/${employer.companyId}/sites`)
      .set(bearer(employer))
      .send({ townAgs: TOWN.waiblingen, street: 'Benzstraße 12', postalCode: '71334' });
    expect(inTown.status).toBe(201);
    expect(inTown.body).toMatchObject({
      townAgs: TOWN.waiblingen,
      townName: 'Waiblingen',
      coordinatesEntered: false,
      isMain: true,
    });
    expect(inTown.body.lat).toBeCloseTo(48.8326, 3);
    const outside = await t.http
      .post(`/api/companies/${employer.companyId}/sites`)
      .set(bearer(employer))
      .send({ locality: 'Stuttgart-Bad Cannstatt', lat: 48.8049, lon: 9.2146, label: 'Lager' });
    expect(outside.status).toBe(201);
    expect(outside.body).toMatchObject({
      townAgs: null,
      locality: 'Stuttgart-Bad Cannstatt',
      lat: 48.8049,
      coordinatesEntered: true,
      isMain: false,
    });

    const nothing = await t.http
      .post(`/api/companies/${employer.companyId}/sites`)
      .set(bearer(employer))
      .send({ street: 'Irgendwo 1' });
    expect(nothing.status).toBe(400);
    expect(nothing.body.errors[0].field).toBe('townAgs');
    const unknownTown = await t.http
      .post(`/api/companies/${employer.companyId}/sites`)
      .set(bearer(employer))
      .send({ townAgs: '09162000' });
    expect(unknownTown.body.errors[0].field).toBe('townAgs');
    const half = await t.http
      .post(`/api/companies/${employer.companyId}/sites`)
      .set(bearer(employer))
      .send({ lat: 48.8 });
    expect(half.body.errors[0].field).toBe('lon');
    const outOfRange = await t.http
      .post(`/api/companies/${employer.companyId}/sites`)
      .set(bearer(employer))
      .send({ lat: 123, lon: 9 });
    expect(outOfRange.body.errors[0].field).toBe('lat');

    // The second site becomes main; the first one stops being main.
    const moved = await t.http
      .put(`/api/companies/${employer.companyId}/sites/${outside.body.id}`)
      .set(bearer(employer))
      .send({ townAgs: TOWN.fellbach, isMain: true });
    expect(moved.body).toMatchObject({
      townName: 'Fellbach',
      isMain: true,
      coordinatesEntered: false,
      locality: null,
    });
    const profile = await t.http.get(`/api/companies/${employer.companyId}`);
    expect(
      profile.body.sites.map((s: { townName: string; isMain: boolean }) => [s.townName, s.isMain]),
    ).toEqual([
      ['Fellbach', true],
      ['Waiblingen', false],
    ]);

    // A site with an open offer cannot go; without it, it can.
    await createOffer(t, employer, { siteId: inTown.body.id });
    const inUse = await t.http
      .delete(`/api/companies/${employer.companyId}/sites/${inTown.body.id}`)
      .set(bearer(employer));
    expect(inUse.status).toBe(409);
    expect(
      (
        await t.http
          .delete(`/api/companies/${employer.companyId}/sites/${outside.body.id}`)
          .set(bearer(employer))
      ).status,
    ).toBe(204);
    const after = await t.http.get(`/api/companies/${employer.companyId}`);
    expect(after.body.sites).toEqual([expect.objectContaining({ id: inTown.body.id, isMain: true })]);
  });

  it('stores a PNG logo and serves it at a public URL', async () => {
    const employer = await createEmployer(t);
    const upload = await t.http
      .put(`/api/companies/${employer.companyId}/logo`)
      .set(bearer(employer))
      .attach('logo', TINY_PNG, 'logo.png');
    expect(upload.status).toBe(200);
    expect(upload.body.logoUrl).toMatch(
      new RegExp(`^/api/companies/${employer.companyId}/logo\\?v=[0-9a-f]{12}$`),
    );
    const image = await t.http.get(upload.body.logoUrl).buffer(true);
    expect(image.status).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
    // The stored file is the re-encoded image, still a 1×1 PNG.
    expect(await sharp(image.body as Buffer).metadata()).toMatchObject({
      format: 'png',
      width: 1,
      height: 1,
    });
    expect(
      (await t.http.delete(`/api/companies/${employer.companyId}/logo`).set(bearer(employer))).status,
    ).toBe(204);
    expect((await t.http.get(`/api/companies/${employer.companyId}/logo`)).status).toBe(404);
  });

  it('refuses a logo that is not an image whatever its name, a big one, and a missing one, naming logo', async () => {
    const employer = await createEmployer(t);
    const text = await t.http
      .put(`/api/companies/${employer.companyId}/logo`)
      .set(bearer(employer))
      .attach('logo', Buffer.from('<svg onload="alert(1)"></svg>'), {
        filename: 'logo.png',
        contentType: 'image/png',
      });
    expect(text.status).toBe(400);
    expect(text.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [{ field: 'logo', code: 'BAD_FILE', message: expect.stringContaining('PNG, JPEG or WebP') }],
    });
    const big = Buffer.concat([TINY_PNG, Buffer.alloc(1024 * 1024)]);
    const tooBig = await t.http
      .put(`/api/companies/${employer.companyId}/logo`)
      .set(bearer(employer))
      .attach('logo', big, 'big.png');
    expect(tooBig.status).toBe(400);
    expect(tooBig.body.errors[0].field).toBe('logo');
    const wrongField = await t.http
      .put(`/api/companies/${employer.companyId}/logo`)
      .set(bearer(employer))
      .attach('image', TINY_PNG, 'logo.png');
    expect(wrongField.status).toBe(400);
    expect(wrongField.body.errors[0].field).toBe('logo');
    const missing = await t.http
      .put(`/api/companies/${employer.companyId}/logo`)
      .set(bearer(employer))
      .send({});
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0].field).toBe('logo');
    const other = await createEmployer(t);
    expect(
      (
        await t.http
          .put(`/api/companies/${employer.companyId}/logo`)
          .set(bearer(other))
          .attach('logo', TINY_PNG, 'logo.png')
      ).status,
    ).toBe(403);
  });

  it('re-encodes logos: HTML after an image header is refused, trailing script and metadata are dropped, big images shrink', async () => {
    const employer = await createEmployer(t);
    const put = (data: Buffer, name = 'logo.png') =>
      t.http
        .put(`/api/companies/${employer.companyId}/logo`)
        .set(bearer(employer))
        .attach('logo', data, name);
    const script = Buffer.from('<html><body><script>alert(document.cookie)</script></body></html>');
    for (const header of [
      TINY_PNG.subarray(0, 33),
      Buffer.from('ffd8ffe000104a46494600010100000100010000', 'hex'),
      Buffer.concat([Buffer.from('RIFF'), Buffer.from([0x40, 0, 0, 0]), Buffer.from('WEBPVP8 ')]),
    ]) {
      const polyglot = await put(Buffer.concat([header, script]));
      expect(polyglot.status).toBe(400);
      expect(polyglot.body).toMatchObject({
        code: 'VALIDATION_FAILED',
        errors: [{ field: 'logo', code: 'BAD_FILE', message: expect.stringContaining('could not be read') }],
      });
    }
    expect((await t.http.get(`/api/companies/${employer.companyId}/logo`)).status).toBe(404);

    // A valid JPEG with EXIF (a GPS position) and a script appended: only the pixels survive.
    const jpeg = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#2255aa' } })
      .jpeg()
      .withExif({ IFD0: { Copyright: 'secret-exif-marker' } })
      .toBuffer();
    const upload = await put(Buffer.concat([jpeg, script]), 'logo.jpg');
    expect(upload.status).toBe(200);
    const served = (await t.http.get(upload.body.logoUrl).buffer(true)).body as Buffer;
    expect(served.includes('script')).toBe(false);
    expect(served.includes('secret-exif-marker')).toBe(false);
    expect(await sharp(served).metadata()).toMatchObject({ format: 'jpeg', width: 40, height: 30 });

    // A 3000×1500 PNG is scaled to fit 1024×1024.
    const big = await sharp({ create: { width: 3000, height: 1500, channels: 3, background: '#ffffff' } })
      .png()
      .toBuffer();
    const scaled = await put(big);
    expect(scaled.status).toBe(200);
    const small = (await t.http.get(scaled.body.logoUrl).buffer(true)).body as Buffer;
    expect(await sharp(small).metadata()).toMatchObject({ format: 'png', width: 1024, height: 512 });

    // SVG is decodable by the image library but never accepted, whatever it is called.
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>');
    expect((await put(svg)).status).toBe(400);
  });

  it('coordinators list the pool of firms open to visits by town, distance, sector and places', async () => {
    const tag = `Pool${Date.now().toString(36)}`;
    const firm = async (name: string, town: string, profile: Record<string, unknown>) => {
      const employer = await createEmployer(t);
      await t.http
        .patch(`/api/companies/${employer.companyId}`)
        .set(bearer(employer))
        .send({ name: `${tag} ${name}`, ...profile });
      await addSite(t, employer, { townAgs: town });
      return employer.companyId;
    };
    const fellbach = await firm('Fellbach Bau', TOWN.fellbach, {
      offersTours: true,
      wzSection: 'F',
      offersApprenticeships: true,
    });
    const schorndorf = await firm('Schorndorf Pflege', TOWN.schorndorf, {
      offersOpenHouse: true,
      wzSection: 'Q',
      offersInternships: true,
    });
    const closed = await firm('Geschlossen', TOWN.waiblingen, { wzSection: 'F' });
    const coordinator = await createAccount(t, 'coordinator');
    const pool = (query: string) => t.http.get(`/api/open-firms?q=${tag}&${query}`).set(bearer(coordinator));

    const all = await pool('');
    expect(all.status).toBe(200);
    expect(all.body.items.map((c: { id: string }) => c.id).sort()).toEqual([fellbach, schorndorf].sort());
    expect(all.body.items[0].contacts[0].email).toEqual(expect.stringContaining('@'));
    const near = await pool(`nearTown=${TOWN.waiblingen}`);
    expect(near.body.items.map((c: { id: string; distanceKm: number }) => [c.id, c.distanceKm])).toEqual([
      [fellbach, 3.2],
      [schorndorf, 15.7],
    ]);
    expect(
      (await pool(`nearTown=${TOWN.waiblingen}&radiusKm=10`)).body.items.map((c: { id: string }) => c.id),
    ).toEqual([fellbach]);
    expect((await pool(`townAgs=${TOWN.schorndorf}`)).body.items.map((c: { id: string }) => c.id)).toEqual([
      schorndorf,
    ]);
    expect((await pool('wzSection=F')).body.items.map((c: { id: string }) => c.id)).toEqual([fellbach]);
    expect((await pool('openTo=openHouse')).body.items.map((c: { id: string }) => c.id)).toEqual([
      schorndorf,
    ]);
    expect((await pool('offering=apprenticeships')).body.items.map((c: { id: string }) => c.id)).toEqual([
      fellbach,
    ]);
    // The directory has every firm, the pool only those open to visits.
    const directory = await t.http.get(`/api/companies?q=${tag}`).set(bearer(coordinator));
    expect(directory.body.total).toBe(3);
    expect(directory.body.items.map((c: { id: string }) => c.id)).toContain(closed);

    const radiusAlone = await pool('radiusKm=10');
    expect(radiusAlone.status).toBe(400);
    expect(radiusAlone.body.errors[0].field).toBe('radiusKm');
    const employer = await createEmployer(t);
    expect((await t.http.get('/api/open-firms').set(bearer(employer))).status).toBe(403);
  });
});
