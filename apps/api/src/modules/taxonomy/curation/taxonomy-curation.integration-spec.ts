import { createTestApp, type TestApp } from '../../../../test/test-app';
import { bearer, createAccount, db, type TestAccount } from '../../../../test/factories';

/** Coordinators add the words people use to the taxonomy, and keep the towns. */
describe('taxonomy page: labels and towns by coordinators', () => {
  let t: TestApp;
  let coordinator: TestAccount;
  let employer: TestAccount;
  // A made-up word, so only the added label can find the concept.
  const word = 'طباخزمرد';

  beforeAll(async () => {
    t = await createTestApp();
    coordinator = await createAccount(t, 'coordinator');
    employer = await createAccount(t, 'employer');
  });

  afterAll(async () => {
    await t.app.close();
  });

  async function cook(): Promise<string> {
    const search = await t.http.get('/api/taxonomy/occupations').query({ q: 'Koch', lang: 'de' });
    return search.body.hits[0].code as string;
  }

  it('adds an Arabic label that the next search finds, and removes it again', async () => {
    const code = await cook();
    const builtAt = async () =>
      (await db(t).query(`SELECT built_at FROM search_index_state WHERE name = 'taxonomy'`))[0]?.built_at;
    const built = await builtAt();
    const before = await t.http.get('/api/taxonomy/occupations').query({ q: word, lang: 'ar' });
    expect(before.body.hits.map((h: { code: string }) => h.code)).not.toContain(code);

    const added = await t.http
      .post('/api/taxonomy/labels')
      .set(bearer(coordinator))
      .send({ code, lang: 'ar', text: `  ${word} ` });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({
      code,
      lang: 'ar',
      text: word,
      preferred: false,
      source: 'coordinator',
    });
    const [stored] = await db(t).query(`SELECT edited_by FROM taxonomy_label WHERE id = $1`, [added.body.id]);
    expect(stored.edited_by).toBe(coordinator.accountId);

    const after = await t.http.get('/api/taxonomy/occupations').query({ q: word, lang: 'ar' });
    expect(after.body.hits[0]).toMatchObject({ code, matched: { lang: 'ar', text: word } });

    const concept = await t.http.get('/api/taxonomy/concepts').query({ code });
    expect(concept.body.allLabels.ar).toEqual(
      expect.arrayContaining([{ id: added.body.id, text: word, source: 'coordinator', preferred: false }]),
    );

    const again = await t.http
      .post('/api/taxonomy/labels')
      .set(bearer(coordinator))
      .send({ code, lang: 'ar', text: word });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'TAXONOMY_LABEL_EXISTS', errors: [{ field: 'text' }] });

    const removed = await t.http.delete(`/api/taxonomy/labels/${added.body.id}`).set(bearer(coordinator));
    expect(removed.status).toBe(204);
    const gone = await t.http.get('/api/taxonomy/occupations').query({ q: word, lang: 'ar' });
    expect(gone.body.hits.map((h: { code: string }) => h.code)).not.toContain(code);
    // Only the concept's document was written anew: no rebuild of every ESCO concept for one label.
    expect(await builtAt()).toEqual(built);
  });

  it('keeps ESCO labels, refuses other roles and names bad fields', async () => {
    const code = await cook();
    const concept = await t.http.get('/api/taxonomy/concepts').query({ code });
    const esco = concept.body.allLabels.de.find((l: { source: string }) => l.source === 'esco');
    const removeEsco = await t.http.delete(`/api/taxonomy/labels/${esco.id}`).set(bearer(coordinator));
    expect(removeEsco.status).toBe(409);
    expect(removeEsco.body.code).toBe('TAXONOMY_LABEL_NOT_EDITABLE');

    const byEmployer = await t.http
      .post('/api/taxonomy/labels')
      .set(bearer(employer))
      .send({ code, lang: 'ar', text: 'x' });
    expect(byEmployer.status).toBe(403);

    const unknown = await t.http
      .post('/api/taxonomy/labels')
      .set(bearer(coordinator))
      .send({ code: 'no-such-code', lang: 'ar', text: 'x' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.errors).toEqual([{ field: 'code', code: 'UNKNOWN_CODE', message: 'unknown code' }]);

    const badLang = await t.http
      .post('/api/taxonomy/labels')
      .set(bearer(coordinator))
      .send({ code, lang: 'tr', text: 'aşçı' });
    expect(badLang.status).toBe(400);
    expect(badLang.body.errors[0].field).toBe('lang');

    const blank = await t.http
      .post('/api/taxonomy/labels')
      .set(bearer(coordinator))
      .send({ code, lang: 'ar', text: '   ' });
    expect(blank.status).toBe(400);
    expect(blank.body.errors[0].field).toBe('text');
  });

  it('adds and corrects towns', async () => {
    const town = {
      ags: '08119999',
      name: 'Neustadt im Test',
      district: 'Rems-Murr-Kreis',
      state: 'Baden-Württemberg',
      lat: 48.85,
      lon: 9.45,
      postalCodes: ['71999'],
    };
    const created = await t.http.post('/api/towns').set(bearer(coordinator)).send(town);
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ ...town, population: null });

    const twice = await t.http.post('/api/towns').set(bearer(coordinator)).send(town);
    expect(twice.status).toBe(409);
    expect(twice.body).toMatchObject({ code: 'TOWN_EXISTS', errors: [{ field: 'ags' }] });

    const patched = await t.http
      .patch('/api/towns/08119999')
      .set(bearer(coordinator))
      .send({ name: 'Neustadt (Rems)', population: 1200 });
    expect(patched.status).toBe(200);
    const list = await t.http.get('/api/towns');
    expect(list.body.find((x: { ags: string }) => x.ags === '08119999')).toMatchObject({
      name: 'Neustadt (Rems)',
      population: 1200,
    });

    const byEmployer = await t.http
      .post('/api/towns')
      .set(bearer(employer))
      .send({ ...town, ags: '08119998' });
    expect(byEmployer.status).toBe(403);
    const badAgs = await t.http.patch('/api/towns/abc').set(bearer(coordinator)).send({ name: 'x' });
    expect(badAgs.status).toBe(400);
    expect(badAgs.body.errors[0].field).toBe('ags');
    const badPostal = await t.http
      .post('/api/towns')
      .set(bearer(coordinator))
      .send({ ...town, ags: '08119997', postalCodes: ['7199'] });
    expect(badPostal.status).toBe(400);
    expect(badPostal.body.errors[0].field).toMatch(/^postalCodes/);
    const missing = await t.http.patch('/api/towns/08119000').set(bearer(coordinator)).send({ name: 'x' });
    expect(missing.status).toBe(404);
  });
});
