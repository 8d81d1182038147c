import { createTestApp, type TestApp } from '../../../test/test-app';

interface Hit {
  code: string;
  labels: Record<string, { text: string } | undefined>;
  matched: { lang: string; text: string } | null;
}

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
});
