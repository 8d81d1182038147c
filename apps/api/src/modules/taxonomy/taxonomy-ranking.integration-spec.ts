import { createTestApp, type TestApp } from '../../../test/test-app';

interface Hit {
  code: string;
  labels: Record<string, { text: string } | undefined>;
  matched: { lang: string; text: string } | null;
  distinction: { kind: string; lang: string; text: string } | null;
}

const WELDER = 'http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b';
const SOLDERER = 'http://data.europa.eu/esco/occupation/17b29190-6746-4b81-a1d1-8053a5bbc0e9';

describe('taxonomy search: stems and ranking (real PostgreSQL and Meilisearch)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(async () => {
    await t.app.close();
  });

  async function search(kind: 'occupations' | 'skills', q: string, lang: string, limit = 10): Promise<Hit[]> {
    const response = await t.http.get(`/api/taxonomy/${kind}`).query({ q, lang, limit });
    expect(response.status).toBe(200);
    return response.body.hits as Hit[];
  }

  describe('Ukrainian inflected forms find their concept', () => {
    it.each(['фарбування', 'фарбуванням', 'фарбую', 'фарбування поверхонь'])('"%s"', async (q) => {
      const hits = await search('skills', q, 'uk');
      const painting = hits.findIndex((hit) => hit.labels['uk']?.text === 'фарбувати поверхні');
      expect(painting).toBeGreaterThanOrEqual(0);
      expect(painting).toBeLessThan(3);
      // The reader is told which of her labels matched, not the stem.
      expect(hits[painting]!.matched).toEqual({ lang: 'uk', text: 'фарбувати поверхні' });
    });

    it('still finds a welding competence by its verbal noun', async () => {
      const hits = await search('skills', 'зварювання', 'uk');
      expect(hits[0]!.labels['de']?.text).toMatch(/Schwei/);
    });
  });

  describe('matches of the typed word stem rank above typo matches', () => {
    it.each(['Schweiß', 'Schweißer', 'Schweißen', 'Schweisser'])('"%s"', async (q) => {
      const hits = await search('occupations', q, 'de', 20);
      const german = hits.map((hit) => hit.labels['de']?.text ?? '');
      const welding = german.map((label, i) => (/^Schwei(ß|ss)/.test(label) ? i : -1)).filter((i) => i >= 0);
      const pigs = german.findIndex((label) => label.startsWith('Schweinezüchter'));
      expect(german[0]).toBe('Schweißer/Schweißerin');
      expect(welding.length).toBeGreaterThanOrEqual(3);
      if (pigs >= 0) expect(pigs).toBeGreaterThan(Math.max(...welding));
    });

    it('"Schweißen" lists every welding competence before other words', async () => {
      const hits = await search('skills', 'Schweißen', 'de');
      const german = hits.map((hit) => hit.labels['de']?.text ?? '');
      const firstOther = german.findIndex((label) => !/schwei(ß|ss)/i.test(label));
      const lastWelding = Math.max(...german.map((label, i) => (/schwei(ß|ss)/i.test(label) ? i : -1)));
      expect(german).toContain('Schweißgeräte bedienen');
      expect(lastWelding).toBeLessThan(firstOther);
    });

    it('a word found as typed stays first ahead of stem matches', async () => {
      const hits = await search('occupations', 'Maler', 'de');
      expect(hits[0]!.labels['de']?.text).toBe('Maler/Malerin');
    });
  });

  describe('hits under the same label are told apart', () => {
    it('Arabic "عامل لحام / عاملة لحام": the welder and the solderer each get their German label', async () => {
      const hits = await search('occupations', 'عامل لحام', 'ar');
      const welder = hits.find((hit) => hit.code === WELDER)!;
      const solderer = hits.find((hit) => hit.code === SOLDERER)!;
      expect(welder.labels['ar']?.text).toBe(solderer.labels['ar']?.text);
      expect(welder.distinction).toEqual({ kind: 'label', lang: 'de', text: 'Schweißer/Schweißerin' });
      expect(solderer.distinction).toEqual({ kind: 'label', lang: 'de', text: 'Löter/Löterin' });
    });

    it('hits with a label of their own get no extra line', async () => {
      const hits = await search('occupations', 'عامل لحام', 'ar');
      const roofer = hits.find((hit) => hit.labels['de']?.text === 'Dachdecker/Dachdeckerin');
      expect(roofer?.distinction ?? null).toBeNull();
      const welder = (await search('occupations', 'Schweißer', 'de')).find((hit) => hit.code === WELDER)!;
      expect(welder.distinction).toBeNull();
    });

    it('every same-label group of a search answer is disambiguated, in every reader language', async () => {
      let groups = 0;
      for (const [q, lang] of [
        ['عامل', 'ar'],
        ['لحام', 'ar'],
        ['зварювальник', 'uk'],
        ['جوشکار', 'fa'],
      ]) {
        const hits = await search('occupations', q!, lang!, 50);
        const shown = new Map<string, Hit[]>();
        for (const hit of hits) {
          const text = (hit.labels[lang!] ?? hit.labels['de'] ?? hit.labels['en'])!.text.trim().toLowerCase();
          shown.set(text, [...(shown.get(text) ?? []), hit]);
        }
        for (const group of [...shown.values()].filter((g) => g.length > 1)) {
          const lines = group.map((hit) => hit.distinction?.text);
          expect(lines.every(Boolean)).toBe(true);
          expect(new Set(lines).size).toBe(group.length);
          groups += 1;
        }
      }
      expect(groups).toBeGreaterThan(0);
    });
  });
});
