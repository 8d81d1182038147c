import { createTestApp, type TestApp } from '../../../test/test-app';

const WELDER = 'http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b';

describe('taxonomy search (real PostgreSQL and Meilisearch)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(async () => {
    await t.app.close();
  });

  it.each([
    ['Schweißer', 'de'],
    ['Schweisser', 'de'],
    ['welder', 'en'],
    ['لحام', 'ar'],
    ['зварювальник', 'uk'],
    ['جوشکار', 'fa'],
  ])('finds the ESCO occupation welder among the first three hits for "%s"', async (q, lang) => {
    const response = await t.http.get('/api/taxonomy/occupations').query({ q, lang, limit: 10 });
    expect(response.status).toBe(200);
    const codes = response.body.hits.map((hit: { code: string }) => hit.code);
    expect(codes.slice(0, 3)).toContain(WELDER);
    const welder = response.body.hits.find((hit: { code: string }) => hit.code === WELDER);
    expect(welder.kind).toBe('occupation');
    expect(welder.iscoGroup).toBe('7212');
    expect(welder.matched).toEqual({ lang: expect.any(String), text: expect.any(String) });
  });

  it('returns every label a concept has, marked by source', async () => {
    const response = await t.http.get('/api/taxonomy/occupations').query({ q: 'welder', lang: 'en' });
    const welder = response.body.hits.find((hit: { code: string }) => hit.code === WELDER);
    expect(welder.labels).toEqual({
      de: { text: 'Schweißer/Schweißerin', source: 'esco' },
      en: { text: 'welder', source: 'esco' },
      ar: { text: 'عامل لحام / عاملة لحام', source: 'esco' },
      fa: { text: expect.stringContaining('جوشکار'), source: 'passgenau' },
      uk: { text: expect.stringContaining('зварювальник'), source: 'passgenau' },
    });
    expect(welder.matched).toEqual({ lang: 'en', text: 'welder' });
  });

  it('reports the label that matched in the language it was typed in', async () => {
    const response = await t.http.get('/api/taxonomy/occupations').query({ q: 'зварювальник', lang: 'de' });
    const welder = response.body.hits.find((hit: { code: string }) => hit.code === WELDER);
    expect(welder.matched.lang).toBe('uk');
    expect(welder.matched.text).toContain('зварювальник');
  });

  it('reports the German label when a spelling without ß matched', async () => {
    const response = await t.http.get('/api/taxonomy/occupations').query({ q: 'Schweisser', lang: 'de' });
    const welder = response.body.hits.find((hit: { code: string }) => hit.code === WELDER);
    expect(welder.matched).toEqual({ lang: 'de', text: expect.stringMatching(/Schweißer/) });
  });

  it('finds a competence typed in Ukrainian and returns its German label', async () => {
    const response = await t.http.get('/api/taxonomy/skills').query({ q: 'зварювання', lang: 'uk' });
    expect(response.status).toBe(200);
    const top = response.body.hits[0];
    expect(top.kind).toBe('skill');
    expect(top.labels.de.text).toMatch(/Schwei/);
    expect(top.labels.uk.source).toBe('passgenau');
  });

  it('searches only occupations or only skills', async () => {
    const occupations = await t.http.get('/api/taxonomy/occupations').query({ q: 'Deutsch', limit: 20 });
    const skills = await t.http.get('/api/taxonomy/skills').query({ q: 'Deutsch', limit: 20 });
    expect(occupations.body.hits.every((h: { kind: string }) => h.kind === 'occupation')).toBe(true);
    expect(skills.body.hits.every((h: { kind: string }) => h.kind === 'skill')).toBe(true);
    expect(skills.body.hits.length).toBeGreaterThan(0);
  });

  it('honours limit', async () => {
    const response = await t.http.get('/api/taxonomy/skills').query({ q: 'welding', limit: 2 });
    expect(response.body.hits).toHaveLength(2);
    expect(response.body.estimatedTotalHits).toBeGreaterThan(2);
  });

  it('describes one occupation with all labels and its essential skills', async () => {
    const response = await t.http.get('/api/taxonomy/concepts').query({ code: WELDER });
    expect(response.status).toBe(200);
    expect(response.body.allLabels.de.map((l: { text: string }) => l.text)).toEqual(
      expect.arrayContaining(['Schweißer/Schweißerin', 'Metallschweißer']),
    );
    expect(response.body.skills.length).toBeGreaterThan(5);
    expect(response.body.skills[0].essential).toBe(true);
    expect(
      response.body.skills.map((s: { labels: { en?: { text: string } } }) => s.labels.en?.text),
    ).toContain('operate welding equipment');
  });

  it('answers 404 in the error shape for an unknown code', async () => {
    const response = await t.http.get('/api/taxonomy/concepts').query({ code: 'http://example.org/nothing' });
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND', errors: [{ field: 'code' }] });
  });

  describe('bad input gets a 400 naming the field', () => {
    it.each([
      [{ q: 'x'.repeat(101) }, 'q'],
      [{ lang: 'xx' }, 'lang'],
      [{ limit: 'abc' }, 'limit'],
      [{ limit: 0 }, 'limit'],
      [{ limit: 51 }, 'limit'],
      [{ unknownField: 'x' }, 'unknownField'],
    ])('%j', async (query, field) => {
      const response = await t.http.get('/api/taxonomy/occupations').query(query);
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      expect(response.body.requestId).toEqual(expect.any(String));
    });

    it('refuses a repeated parameter (array instead of string)', async () => {
      const response = await t.http.get('/api/taxonomy/occupations?q=a&q=b');
      expect(response.status).toBe(400);
      expect(response.body.errors[0].field).toBe('q');
    });
  });
});
