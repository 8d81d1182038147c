import fc from 'fast-check';
import { scoreMatch } from '../matching';
import type { MatchCandidate, MatchOffer } from '../matching';
import { pairMentors } from './pairing';
import { compareBooths, planFair } from './plans';
import type { ExhibitorFit, FairExhibitor } from './types';

const WAIBLINGEN = { lat: 48.832565, lon: 9.316382 };
const welderOffer: MatchOffer = {
  kind: 'job',
  occupationCode: 'occ:welder',
  field: 'metal',
  requiredCompetences: ['skill:weld'],
  niceToHaveCompetences: [],
  germanMinimum: { overall: 'A2', understanding: null, speaking: null, writing: null },
  germanStrict: false,
  location: WAIBLINGEN,
  maxDistanceKm: null,
  startsOn: null,
};
const welder: MatchCandidate = {
  workPermit: 'permitted',
  competences: [{ code: 'skill:weld', evidence: [{ kind: 'mentor', level: 'good' }] }],
  german: { overall: 'B1', understanding: null, speaking: null, writing: null },
  home: WAIBLINGEN,
  travelKm: 20,
  earliestStart: null,
  wishedKinds: [],
  wishedOccupations: [],
  wishedFields: [],
};

const exhibitors: FairExhibitor[] = [
  { id: 'metall', name: 'Metallbau Rems', booth: '12' },
  { id: 'pflege', name: 'Pflegeheim Murrhardt', booth: '2' },
  { id: 'bäcker', name: 'Bäckerei Welzheim', booth: 'A7' },
  { id: 'kfz', name: 'Autohaus Backnang', booth: '7' },
];

describe('job fair: personal plans', () => {
  it('orders booths as on the map: numbers by value, then letters', () => {
    expect(['12', 'A7', '2', 'a10', '7', 'Halle 2 / 14', 'Halle 2 / 3'].sort(compareBooths)).toEqual([
      '2', '7', '12', 'A7', 'a10', 'Halle 2 / 3', 'Halle 2 / 14',
    ]);
  });

  it('takes the best-fitting exhibitors, walks them in booth order and says why each fits', () => {
    const match = scoreMatch(welderOffer, welder);
    if (match.excluded) throw new Error('the welder fits the welding offer');
    const fits: ExhibitorFit[] = [
      { exhibitor: 'metall', candidate: 'c1', score: match.score, offer: { id: 'o1', title: 'Schweißer/in' }, explanation: match.explanation },
      { exhibitor: 'metall', candidate: 'c1', score: 0.3, offer: { id: 'o2', title: 'Lager' } },
      { exhibitor: 'pflege', candidate: 'c1', score: 0.4 },
      { exhibitor: 'bäcker', candidate: 'c1', score: 0.2 },
      { exhibitor: 'kfz', candidate: 'c1', score: 0.6 },
      { exhibitor: 'unknown', candidate: 'c1', score: 1 },
    ];
    const pairing = pairMentors({ mentors: [{ id: 'm1', languages: ['ar'], capacity: 2 }], candidates: [{ id: 'c1', languages: ['ar'] }] });
    const { candidates, groups } = planFair(exhibitors, fits, pairing, ['c1'], { topExhibitors: 3 });
    expect(candidates).toHaveLength(1);
    const plan = candidates[0];
    expect(plan.mentor).toBe('m1');
    expect(plan.items.map((i) => [i.booth, i.exhibitor])).toEqual([
      ['2', 'pflege'],
      ['7', 'kfz'],
      ['12', 'metall'],
    ]);
    const metall = plan.items[2];
    expect(metall.score).toBe(match.score);
    expect(metall.offers.map((o) => o.offer?.id)).toEqual(['o1', 'o2']);
    expect(metall.offers[0].explanation?.required.covered).toEqual([expect.objectContaining({ code: 'skill:weld', evidence: 'mentor' })]);
    expect(groups).toEqual([
      {
        mentor: 'm1',
        candidates: ['c1'],
        plans: [plan],
        booths: plan.items.map((i) => ({ exhibitor: i.exhibitor, name: i.name, booth: i.booth, candidates: ['c1'] })),
      },
    ]);
  });

  it('gives every candidate a plan (empty without fits, no mentor when unpaired) and each group its walk', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ e: fc.integer({ min: 0, max: 3 }), c: fc.integer({ min: 0, max: 5 }), score: fc.double({ min: 0, max: 1, noNaN: true }) }), { maxLength: 30 }),
        fc.integer({ min: 1, max: 4 }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        (raw, top, minScore) => {
          const ids = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6'];
          const fits = raw.map((f) => ({ exhibitor: exhibitors[f.e].id, candidate: ids[f.c], score: f.score }));
          const pairing = pairMentors({
            mentors: [{ id: 'm1', languages: ['uk'], capacity: 2 }, { id: 'm2', languages: ['ar'], capacity: 2 }],
            candidates: ids.map((id, i) => ({ id, languages: [i % 2 ? 'uk' : 'ar'] })),
          });
          const { candidates, groups } = planFair(exhibitors, fits, pairing, ids, { topExhibitors: top, minScore });
          expect(candidates.map((p) => p.candidate)).toEqual(ids);
          for (const plan of candidates) {
            const own = fits.filter((f) => f.candidate === plan.candidate && f.score >= minScore);
            const bestPer = new Map<string, number>();
            for (const f of own) bestPer.set(f.exhibitor, Math.max(bestPer.get(f.exhibitor) ?? -1, f.score));
            expect(plan.items.length).toBe(Math.min(top, bestPer.size));
            // in booth order, and no left-out exhibitor fits better than a chosen one
            expect([...plan.items].sort((a, b) => compareBooths(a.booth, b.booth))).toEqual(plan.items);
            const chosen = new Set(plan.items.map((i) => i.exhibitor));
            const worstChosen = Math.min(...plan.items.map((i) => i.score));
            for (const [e, s] of bestPer) if (!chosen.has(e)) expect(s).toBeLessThanOrEqual(worstChosen);
            expect(plan.mentor).toBe(pairing.pairs.find((p) => p.candidate === plan.candidate)?.mentor ?? null);
          }
          for (const group of groups) {
            expect(group.candidates.length).toBeLessThanOrEqual(2);
            const booths = group.booths.map((b) => b.booth);
            expect([...booths].sort(compareBooths)).toEqual(booths);
            for (const stop of group.booths)
              for (const c of stop.candidates)
                expect(candidates.find((p) => p.candidate === c)!.items.some((i) => i.exhibitor === stop.exhibitor)).toBe(true);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
