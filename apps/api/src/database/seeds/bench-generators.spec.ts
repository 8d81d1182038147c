import { generateCandidate, pickWeighted, random, type GeneratorInput } from './candidate-generator';
import { generateFirm, type BenchGeneratorInput } from './offer-generator';

const today = new Date('2026-12-01T00:00:00Z');
const occupationSkills: Record<string, string[]> = {
  'occ/welder': ['skill/weld', 'skill/grind', 'skill/read-drawings'],
  'occ/cook': ['skill/cook', 'skill/hygiene', 'skill/cut-vegetables'],
  'occ/cleaner': ['skill/clean-floors', 'skill/hygiene'],
};
const curated = ['passgenau:skill/teamwork', 'passgenau:skill/punctuality'];
const input: BenchGeneratorInput = {
  occupations: Object.keys(occupationSkills),
  skills: curated,
  towns: ['08119001', '08119008', '08119079'],
  today,
  occupationSkills,
  townWeights: [1, 0, 9],
  townDetails: [
    { ags: '08119001', name: 'Alfdorf', lat: 48.84, lon: 9.72 },
    { ags: '08119008', name: 'Backnang', lat: 48.95, lon: 9.43 },
    { ags: '08119079', name: 'Waiblingen', lat: 48.83, lon: 9.32 },
  ],
  occupationTitles: {
    'occ/welder': 'Schweißer/in',
    'occ/cook': 'Koch/Köchin',
    'occ/cleaner': 'Reinigungskraft',
  },
};

describe('synthetic candidates for benchmarks', () => {
  it('draw competences from the ESCO skills of their wished occupations (now and then one curated skill)', () => {
    let curatedSeen = 0;
    for (let i = 0; i < 300; i++) {
      const c = generateCandidate(7, i, input);
      const allowed = new Set([...c.wishedOccupations.flatMap((o) => occupationSkills[o] ?? []), ...curated]);
      expect(c.competences.length).toBeGreaterThanOrEqual(2);
      for (const competence of c.competences) expect(allowed).toContain(competence.code);
      if (c.competences.some((x) => curated.includes(x.code))) curatedSeen++;
    }
    expect(curatedSeen).toBeGreaterThan(0);
    expect(curatedSeen).toBeLessThan(300);
  });

  it('live in towns drawn by population (a town of weight 0 never comes up)', () => {
    const towns = Array.from({ length: 500 }, (_, i) => generateCandidate(7, i, input).homeTownAgs);
    expect(towns).not.toContain('08119008');
    const big = towns.filter((t) => t === '08119079').length;
    expect(big / towns.length).toBeGreaterThan(0.8);
  });

  it('are the same for the same seed and index', () => {
    expect(generateCandidate(7, 42, input)).toEqual(generateCandidate(7, 42, input));
    expect(generateCandidate(7, 42, input)).not.toEqual(generateCandidate(8, 42, input));
  });

  it('without occupation skills or town weights draw as the demo data always did', () => {
    const plain: GeneratorInput = {
      occupations: input.occupations,
      skills: curated,
      towns: input.towns,
      today,
    };
    for (let i = 0; i < 50; i++) {
      const c = generateCandidate(2026, i, plain);
      for (const competence of c.competences) expect(curated).toContain(competence.code);
    }
  });

  it('pickWeighted follows the weights', () => {
    const next = random(1);
    const counts = [0, 0, 0];
    for (let i = 0; i < 10_000; i++) counts[pickWeighted(next, [1, 2, 7])]!++;
    expect(counts[0]! / 10_000).toBeCloseTo(0.1, 1);
    expect(counts[2]! / 10_000).toBeCloseTo(0.7, 1);
  });
});

describe('synthetic firms and offers for benchmarks', () => {
  it('have open offers whose required and nice-to-have competences are skills of the offer’s occupation', () => {
    const firm = generateFirm(7, 3, 10, input);
    expect(firm.offers).toHaveLength(10);
    expect(firm.name).toMatch(/\(Synthetisch\)$/);
    expect(input.townDetails.map((t) => t.ags)).toContain(firm.townAgs);
    for (const offer of firm.offers) {
      const skills = occupationSkills[offer.occupationCode]!;
      expect(offer.required.length).toBeGreaterThanOrEqual(1);
      for (const code of [...offer.required, ...offer.niceToHave]) expect(skills).toContain(code);
      expect(new Set([...offer.required, ...offer.niceToHave]).size).toBe(
        offer.required.length + offer.niceToHave.length,
      );
      expect(offer.title).toContain(input.occupationTitles[offer.occupationCode]!);
      expect(offer.startsOn >= '2026-12-01').toBe(true);
    }
  });

  it('are the same for the same seed and index', () => {
    expect(generateFirm(7, 5, 4, input)).toEqual(generateFirm(7, 5, 4, input));
  });
});
