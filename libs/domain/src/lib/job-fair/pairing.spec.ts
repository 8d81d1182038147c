import fc from 'fast-check';
import { checkPairing, pairMentors, sameTown, sharesLanguage } from './pairing';
import type { FairCandidate, FairMentor, PairingInput } from './types';

const languages = fc.uniqueArray(fc.constantFrom('ar', 'uk', 'fa', 'de'), { minLength: 1, maxLength: 2 });
const town = fc.constantFrom('Backnang', 'Waiblingen', null);

function inputArbitrary(maxMentors: number, maxCandidates: number): fc.Arbitrary<PairingInput> {
  return fc
    .record({
      mentors: fc.array(fc.record({ languages, capacity: fc.integer({ min: 0, max: 3 }), town }), { minLength: 1, maxLength: maxMentors }),
      candidates: fc.array(fc.record({ languages, town }), { minLength: 1, maxLength: maxCandidates }),
    })
    .map(({ mentors, candidates }) => ({
      mentors: mentors.map((m, i): FairMentor => ({ id: `m${i + 1}`, ...m })),
      candidates: candidates.map((c, i): FairCandidate => ({ id: `c${i + 1}`, ...c })),
    }));
}

type Value = [paired: number, language: number, town: number, negImbalance: number];
const compare = (a: Value, b: Value) => {
  const i = a.findIndex((x, j) => x !== b[j]);
  return i < 0 ? 0 : Math.sign(a[i] - b[i]);
};

/** Every assignment of candidates to mentors (or none) within capacity; the lexicographic best. */
function bruteForce(input: PairingInput): Value {
  const { mentors, candidates } = input;
  const sizes = mentors.map(() => 0);
  let best: Value = [-1, 0, 0, 0];
  const value = (choice: number[]): Value => {
    let paired = 0;
    let language = 0;
    let towns = 0;
    choice.forEach((m, c) => {
      if (m < 0) return;
      paired++;
      if (sharesLanguage(candidates[c], mentors[m])) language++;
      if (sameTown(candidates[c], mentors[m])) towns++;
    });
    return [paired, language, towns, -sizes.reduce((s, g) => s + g * g, 0)];
  };
  const choice: number[] = [];
  const search = (c: number) => {
    if (c === candidates.length) {
      const v = value(choice);
      if (compare(v, best) > 0) best = v;
      return;
    }
    for (let m = -1; m < mentors.length; m++) {
      if (m >= 0 && sizes[m] >= mentors[m].capacity) continue;
      if (m >= 0) sizes[m]++;
      choice.push(m);
      search(c + 1);
      choice.pop();
      if (m >= 0) sizes[m]--;
    }
  };
  search(0);
  return best;
}

describe('job fair: pairing candidates with fair mentors', () => {
  it('equals the brute-force optimum: most pairs, then shared languages, then towns, then balanced groups', () => {
    fc.assert(
      fc.property(inputArbitrary(3, 6), (input) => {
        const result = pairMentors(input);
        const value: Value = [result.pairs.length, result.languageMatches, result.townMatches, -result.imbalance];
        expect(value).toEqual(bruteForce(input));
      }),
      { numRuns: 200 },
    );
  });

  it('never puts a mentor over their group size, pairs each candidate once and reports the rest', () => {
    fc.assert(
      fc.property(inputArbitrary(6, 30), (input) => {
        const result = pairMentors(input);
        expect(checkPairing(input, result.pairs)).toEqual([]);
        for (const m of input.mentors) expect(result.groupSizes[m.id]).toBeLessThanOrEqual(m.capacity);
        const capacity = input.mentors.reduce((s, m) => s + m.capacity, 0);
        expect(result.pairs.length).toBe(Math.min(capacity, input.candidates.length));
        expect([...result.pairs.map((p) => p.candidate), ...result.unpaired].sort()).toEqual(input.candidates.map((c) => c.id).sort());
      }),
      { numRuns: 100 },
    );
  });

  it('prefers language matches: no swap of two candidates’ mentors gains a shared language', () => {
    fc.assert(
      fc.property(inputArbitrary(6, 30), (input) => {
        const result = pairMentors(input);
        const candidate = new Map(input.candidates.map((c) => [c.id, c]));
        const mentor = new Map(input.mentors.map((m) => [m.id, m]));
        const matches = (c: string, m: string) => (sharesLanguage(candidate.get(c)!, mentor.get(m)!) ? 1 : 0);
        for (const a of result.pairs)
          for (const b of result.pairs)
            expect(matches(a.candidate, b.mentor) + matches(b.candidate, a.mentor)).toBeLessThanOrEqual(
              matches(a.candidate, a.mentor) + matches(b.candidate, b.mentor),
            );
        // nor does giving a paired candidate's place to one left without a mentor
        for (const u of result.unpaired)
          for (const a of result.pairs) expect(matches(u, a.mentor)).toBeLessThanOrEqual(matches(a.candidate, a.mentor));
      }),
      { numRuns: 100 },
    );
  });

  it('balances group sizes when language and town do not decide', () => {
    const mentors: FairMentor[] = [
      { id: 'm1', languages: ['de', 'uk'], capacity: 5, town: 'Backnang' },
      { id: 'm2', languages: ['uk'], capacity: 5, town: 'Backnang' },
    ];
    const candidates: FairCandidate[] = Array.from({ length: 6 }, (_, i) => ({ id: `c${i + 1}`, languages: ['uk'], town: 'Backnang' }));
    const result = pairMentors({ mentors, candidates });
    expect(result.groupSizes).toEqual({ m1: 3, m2: 3 });
    expect(result.imbalance).toBe(18);
  });

  it('keeps the pairs a coordinator fixed, even against a language match', () => {
    const input: PairingInput = {
      mentors: [
        { id: 'olena', languages: ['uk', 'de'], capacity: 1, town: 'Waiblingen' },
        { id: 'samir', languages: ['ar', 'de'], capacity: 2, town: 'Backnang' },
      ],
      candidates: [
        { id: 'c1', languages: ['uk'], town: 'Waiblingen' },
        { id: 'c2', languages: ['ar'], town: 'Backnang' },
      ],
    };
    expect(pairMentors(input).pairs).toEqual([
      { candidate: 'c1', mentor: 'olena', languageMatch: true, townMatch: true },
      { candidate: 'c2', mentor: 'samir', languageMatch: true, townMatch: true },
    ]);
    const fixed = pairMentors({ ...input, fixed: { c2: 'olena' } });
    expect(fixed.pairs).toEqual([
      { candidate: 'c1', mentor: 'samir', languageMatch: false, townMatch: false },
      { candidate: 'c2', mentor: 'olena', languageMatch: false, townMatch: false },
    ]);
    expect(() => pairMentors({ ...input, fixed: { c9: 'nobody' } })).toThrow(/unknown candidate c9.*unknown mentor nobody/);
    expect(() => pairMentors({ ...input, mentors: [{ id: 'm', languages: 'uk', capacity: 1 }] } as unknown as PairingInput)).toThrow(
      /list of languages/,
    );
    expect(() => pairMentors({ mentors: input.mentors } as PairingInput)).toThrow(/must be lists/);
    expect(() => pairMentors({ ...input, mentors: [{ id: 'm', languages: [], capacity: -1 }] })).toThrow(/capacity/);
  });

  it('compares languages and towns without case or spaces, and an unknown town matches nobody', () => {
    expect(sharesLanguage({ id: 'c', languages: ['UK'] }, { id: 'm', languages: ['uk '], capacity: 1 })).toBe(true);
    expect(sameTown({ id: 'c', languages: [], town: 'backnang' }, { id: 'm', languages: [], capacity: 1, town: 'Backnang' })).toBe(true);
    expect(sameTown({ id: 'c', languages: [], town: null }, { id: 'm', languages: [], capacity: 1, town: null })).toBe(false);
  });

  it('checks a hand-edited pairing', () => {
    const input: PairingInput = {
      mentors: [{ id: 'm1', languages: ['ar'], capacity: 1 }],
      candidates: [{ id: 'c1', languages: ['ar'] }, { id: 'c2', languages: ['fa'] }],
    };
    expect(
      checkPairing(input, [
        { candidate: 'c1', mentor: 'm1' },
        { candidate: 'c2', mentor: 'm1' },
        { candidate: 'c2', mentor: 'm2' },
        { candidate: 'c3', mentor: 'm1' },
      ]).map((c) => c.code),
    ).toEqual(['duplicate_candidate', 'unknown_mentor', 'unknown_candidate', 'over_capacity']);
  });
});
