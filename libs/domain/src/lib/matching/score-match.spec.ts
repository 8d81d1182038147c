import fc from 'fast-check';
import { CEFR_LEVELS, type CefrLevel } from '../cefr';
import { distanceKm, type GeoPoint } from '../companies';
import type { EvidenceLike } from '../profile';
import type { MatchCandidate, MatchOffer, TaxonomyRelations } from './match-types';
import { MATCH_WEIGHTS, evidenceTier, scoreMatch, strongestTier } from './score-match';

const WAIBLINGEN: GeoPoint = { lat: 48.8303, lon: 9.3169 };
const SCHORNDORF: GeoPoint = { lat: 48.8053, lon: 9.5278 }; // 15.7 km from Waiblingen
const STUTTGART: GeoPoint = { lat: 48.7758, lon: 9.1829 };

const SELF: EvidenceLike = { kind: 'self', level: 'good' };
const MENTOR: EvidenceLike = { kind: 'mentor', level: 'good' };
const ASSESSED: EvidenceLike = { kind: 'provider', level: 'good', confirmedAt: null };
const CONFIRMED: EvidenceLike = { kind: 'provider', level: 'good', confirmedAt: '2026-11-01T10:00:00Z' };

function offer(overrides: Partial<MatchOffer> = {}): MatchOffer {
  return {
    kind: 'job',
    occupationCode: 'occ:welder',
    field: 'metal',
    requiredCompetences: [],
    niceToHaveCompetences: [],
    germanMinimum: { overall: null, understanding: null, speaking: null, writing: null },
    germanStrict: false,
    location: WAIBLINGEN,
    maxDistanceKm: null,
    startsOn: null,
    ...overrides,
  };
}

function candidate(overrides: Partial<MatchCandidate> = {}): MatchCandidate {
  return {
    workPermit: 'permitted',
    competences: [],
    german: { overall: 'B1', understanding: null, speaking: null, writing: null },
    home: WAIBLINGEN,
    travelKm: 20,
    earliestStart: null,
    wishedKinds: [],
    wishedOccupations: [],
    wishedFields: [],
    ...overrides,
  };
}

const german = (
  overall: CefrLevel | null,
  parts: Partial<Record<'understanding' | 'speaking' | 'writing', CefrLevel>> = {},
) => ({
  overall,
  understanding: parts.understanding ?? null,
  speaking: parts.speaking ?? null,
  writing: parts.writing ?? null,
});

const minimum = (
  overall: CefrLevel | null,
  parts: Partial<Record<'understanding' | 'speaking' | 'writing', CefrLevel>> = {},
) => german(overall, parts);

function included(result: ReturnType<typeof scoreMatch>) {
  if (result.excluded) throw new Error(`unexpectedly excluded: ${result.reasons.join(', ')}`);
  return result;
}

describe('MATCH_WEIGHTS', () => {
  it('component weights add up to 1', () => {
    const sum = Object.values(MATCH_WEIGHTS.components).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(1, 10);
  });

  it('evidence weights rise with the strength of the evidence', () => {
    const e = MATCH_WEIGHTS.evidence;
    expect(e.self).toBeLessThan(e.mentor);
    expect(e.mentor).toBeLessThan(e.assessed);
    expect(e.assessed).toBeLessThan(e.confirmed);
    expect(MATCH_WEIGHTS.relatedFactor * e.confirmed).toBeLessThan(e.self);
  });
});

describe('evidence tiers', () => {
  it('self < mentor-observed < assessed < IBA-confirmed', () => {
    expect(evidenceTier(SELF)).toBe('self');
    expect(evidenceTier(MENTOR)).toBe('mentor');
    expect(evidenceTier(ASSESSED)).toBe('assessed');
    expect(evidenceTier(CONFIRMED)).toBe('confirmed');
  });

  it('takes the strongest evidence of a competence; none counts as self-declared', () => {
    expect(strongestTier([SELF, ASSESSED, MENTOR])).toBe('assessed');
    expect(strongestTier([])).toBe('self');
  });
});

describe('required competences', () => {
  const o = offer({ requiredCompetences: ['skill:weld', 'skill:read-drawings'] });

  it('weights each covered required competence by its evidence', () => {
    for (const [evidence, weight] of [
      [SELF, MATCH_WEIGHTS.evidence.self],
      [MENTOR, MATCH_WEIGHTS.evidence.mentor],
      [ASSESSED, MATCH_WEIGHTS.evidence.assessed],
      [CONFIRMED, MATCH_WEIGHTS.evidence.confirmed],
    ] as const) {
      const r = included(
        scoreMatch(o, candidate({ competences: [{ code: 'skill:weld', evidence: [evidence] }] })),
      );
      expect(r.explanation.components.required).toBeCloseTo(weight / 2, 4);
      expect(r.explanation.required.covered).toEqual([
        { code: 'skill:weld', evidence: evidenceTier(evidence), weight },
      ]);
      expect(r.explanation.required.missing).toEqual(['skill:read-drawings']);
    }
  });

  it('an empty required list is worth the neutral share, below any covered competence', () => {
    const r = included(scoreMatch(offer(), candidate()));
    expect(r.explanation.components.required).toBe(MATCH_WEIGHTS.emptyList);
    expect(MATCH_WEIGHTS.emptyList).toBeLessThan(MATCH_WEIGHTS.evidence.self);
  });

  it('an offer that asks for nothing never outranks one whose required competences the candidate has', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(SELF, MENTOR, ASSESSED, CONFIRMED),
        fc.integer({ min: 1, max: 5 }),
        (evidence, n) => {
          const codes = Array.from({ length: n }, (_, i) => `skill:s${i}`);
          const person = candidate({ competences: codes.map((code) => ({ code, evidence: [evidence] })) });
          const asking = included(scoreMatch(offer({ requiredCompetences: codes }), person));
          const empty = included(scoreMatch(offer(), person));
          expect(asking.score).toBeGreaterThan(empty.score);
        },
      ),
    );
  });

  it('moves the score by the component weight', () => {
    const none = included(scoreMatch(o, candidate()));
    const both = included(
      scoreMatch(
        o,
        candidate({
          competences: [
            { code: 'skill:weld', evidence: [CONFIRMED] },
            { code: 'skill:read-drawings', evidence: [CONFIRMED] },
          ],
        }),
      ),
    );
    expect(both.score - none.score).toBeCloseTo(MATCH_WEIGHTS.components.required, 3);
  });
});

describe('nice-to-have competences', () => {
  it('count in their own, smaller component', () => {
    const o = offer({ niceToHaveCompetences: ['skill:forklift'] });
    const without = included(scoreMatch(o, candidate()));
    const withIt = included(
      scoreMatch(o, candidate({ competences: [{ code: 'skill:forklift', evidence: [CONFIRMED] }] })),
    );
    expect(without.explanation.niceToHave.missing).toEqual(['skill:forklift']);
    expect(withIt.explanation.niceToHave.covered).toHaveLength(1);
    expect(withIt.score - without.score).toBeCloseTo(MATCH_WEIGHTS.components.niceToHave, 3);
    expect(MATCH_WEIGHTS.components.niceToHave).toBeLessThan(MATCH_WEIGHTS.components.required);
  });

  it('a code listed as both required and nice-to-have counts once, as required', () => {
    const o = offer({ requiredCompetences: ['skill:weld'], niceToHaveCompetences: ['skill:weld'] });
    const r = included(scoreMatch(o, candidate({ competences: [{ code: 'skill:weld', evidence: [] }] })));
    expect(r.explanation.niceToHave).toEqual({ covered: [], related: [], missing: [] });
  });
});

describe('related competences through the taxonomy', () => {
  const relations: TaxonomyRelations = {
    occupationSkills: { 'occ:welder': ['skill:weld', 'skill:mig-weld', 'skill:grind'] },
  };
  const o = offer({ requiredCompetences: ['skill:weld'] });

  it('another ESCO skill of the same occupation counts, less than the exact one', () => {
    const related = included(
      scoreMatch(
        o,
        candidate({ competences: [{ code: 'skill:mig-weld', evidence: [CONFIRMED] }] }),
        relations,
      ),
    );
    expect(related.explanation.required.related).toEqual([
      {
        code: 'skill:weld',
        via: 'skill:mig-weld',
        occupationCode: 'occ:welder',
        evidence: 'confirmed',
        weight: MATCH_WEIGHTS.relatedFactor,
      },
    ]);
    expect(related.explanation.required.missing).toEqual([]);
    const exact = included(
      scoreMatch(o, candidate({ competences: [{ code: 'skill:weld', evidence: [SELF] }] }), relations),
    );
    const none = included(scoreMatch(o, candidate(), relations));
    expect(exact.score).toBeGreaterThan(related.score);
    expect(related.score).toBeGreaterThan(none.score);
  });

  it('without relations, or for a skill of another occupation only, nothing is related', () => {
    const c = candidate({ competences: [{ code: 'skill:mig-weld', evidence: [CONFIRMED] }] });
    expect(included(scoreMatch(o, c)).explanation.required.missing).toEqual(['skill:weld']);
    const other: TaxonomyRelations = { occupationSkills: { 'occ:cook': ['skill:mig-weld', 'skill:cook'] } };
    expect(included(scoreMatch(o, c, other)).explanation.required.missing).toEqual(['skill:weld']);
  });

  it('picks the strongest related competence', () => {
    const c = candidate({
      competences: [
        { code: 'skill:grind', evidence: [SELF] },
        { code: 'skill:mig-weld', evidence: [ASSESSED] },
      ],
    });
    const r = included(scoreMatch(o, c, relations));
    expect(r.explanation.required.related[0]).toMatchObject({ via: 'skill:mig-weld', evidence: 'assessed' });
  });
});

describe('German', () => {
  it('no minimum: full component, fit no_minimum', () => {
    const r = included(scoreMatch(offer(), candidate({ german: null })));
    expect(r.explanation.language).toEqual({ fit: 'no_minimum', strict: false, parts: [] });
    expect(r.explanation.components.german).toBe(1);
  });

  it('values each level below the minimum less', () => {
    const o = offer({ germanMinimum: minimum('B2') });
    const values = (['B2', 'B1', 'A2', 'A1'] as const).map(
      (level) => included(scoreMatch(o, candidate({ german: german(level) }))).explanation,
    );
    expect(values.map((e) => e.components.german)).toEqual(MATCH_WEIGHTS.german.byGap);
    expect(values.map((e) => e.language.fit)).toEqual(['meets', 'slightly_below', 'far_below', 'far_below']);
    expect(values[1]!.language.parts).toEqual([{ part: 'overall', minimum: 'B2', actual: 'B1', gap: 1 }]);
  });

  it('checks per skill where the offer says so, falling back to the overall level', () => {
    const o = offer({ germanMinimum: minimum(null, { speaking: 'B1', writing: 'A2' }) });
    const r = included(scoreMatch(o, candidate({ german: german('A2', { speaking: 'B1' }) })));
    expect(r.explanation.language.parts).toEqual([
      { part: 'speaking', minimum: 'B1', actual: 'B1', gap: 0 },
      { part: 'writing', minimum: 'A2', actual: 'A2', gap: 0 },
    ]);
    expect(r.explanation.language.fit).toBe('meets');
    const weakSpeaking = included(scoreMatch(o, candidate({ german: german('A2') })));
    expect(weakSpeaking.explanation.components.german).toBeCloseTo((0.5 + 1) / 2, 4);
  });

  it('a strict minimum excludes German far below it, not slightly below', () => {
    const o = offer({ germanMinimum: minimum('B2'), germanStrict: true });
    expect(scoreMatch(o, candidate({ german: german('B1') })).excluded).toBe(false);
    const far = scoreMatch(o, candidate({ german: german('A2') }));
    expect(far).toMatchObject({ excluded: true, reasons: ['german_far_below'], score: 0 });
    // Not strict: only a lower score.
    expect(scoreMatch({ ...o, germanStrict: false }, candidate({ german: german('A2') })).excluded).toBe(
      false,
    );
  });

  it('no German level counts as below A1', () => {
    const o = offer({ germanMinimum: minimum('A2'), germanStrict: true });
    expect(scoreMatch(o, candidate({ german: null }))).toMatchObject({
      excluded: true,
      reasons: ['german_far_below'],
    });
  });
});

describe('distance', () => {
  it('inside the radius: closer is better, 1 at the door and atRadius at the edge', () => {
    const here = included(scoreMatch(offer(), candidate()));
    expect(here.explanation.distance).toEqual({ fit: 'within', km: 0, travelKm: 20, offerMaxKm: null });
    expect(here.explanation.components.distance).toBe(1);
    const km = distanceKm(SCHORNDORF, WAIBLINGEN);
    const edge = included(scoreMatch(offer(), candidate({ home: SCHORNDORF, travelKm: km })));
    expect(edge.explanation.components.distance).toBeCloseTo(MATCH_WEIGHTS.distance.atRadius, 4);
  });

  it('a little beyond the radius is a stretch, far beyond it excludes', () => {
    // 15.7 km with a 12 km radius: within 1.5 × 12 = 18 km.
    const stretch = included(scoreMatch(offer(), candidate({ home: SCHORNDORF, travelKm: 12 })));
    expect(stretch.explanation.distance.fit).toBe('stretch');
    expect(stretch.explanation.components.distance).toBeGreaterThan(0);
    expect(stretch.explanation.components.distance).toBeLessThan(MATCH_WEIGHTS.distance.atRadius);
    const far = scoreMatch(offer(), candidate({ home: SCHORNDORF, travelKm: 5 }));
    expect(far).toMatchObject({ excluded: true, reasons: ['too_far'] });
  });

  it('the firm accepting candidates from further away lifts the exclusion (both must refuse)', () => {
    const r = included(
      scoreMatch(offer({ maxDistanceKm: 30 }), candidate({ home: SCHORNDORF, travelKm: 5 })),
    );
    expect(r.explanation.distance).toMatchObject({ fit: 'offer_accepts', offerMaxKm: 30 });
    expect(r.explanation.components.distance).toBe(0);
  });

  it('without a radius the default applies; without a place the distance is unknown', () => {
    const r = included(scoreMatch(offer(), candidate({ home: STUTTGART, travelKm: null })));
    expect(r.explanation.distance.travelKm).toBe(MATCH_WEIGHTS.distance.defaultTravelKm);
    const unknown = included(scoreMatch(offer({ location: null }), candidate()));
    expect(unknown.explanation.distance).toMatchObject({ fit: 'unknown', km: null });
    expect(unknown.explanation.components.distance).toBe(MATCH_WEIGHTS.distance.unknown);
  });
});

describe('availability', () => {
  it('in time, late by days, open start, unknown', () => {
    const o = offer({ startsOn: '2027-03-01' });
    const inTime = included(scoreMatch(o, candidate({ earliestStart: '2027-02-01' })));
    expect(inTime.explanation.availability).toEqual({
      fit: 'in_time',
      startsOn: '2027-03-01',
      earliestStart: '2027-02-01',
      lateDays: 0,
    });
    expect(inTime.explanation.components.availability).toBe(1);
    const late = included(scoreMatch(o, candidate({ earliestStart: '2027-03-31' })));
    expect(late.explanation.availability).toMatchObject({ fit: 'late', lateDays: 30 });
    expect(late.explanation.components.availability).toBeCloseTo(1 - 30 / 90, 4);
    const veryLate = included(scoreMatch(o, candidate({ earliestStart: '2027-12-01' })));
    expect(veryLate.explanation.components.availability).toBe(0);
    expect(
      included(scoreMatch(offer(), candidate({ earliestStart: '2027-12-01' }))).explanation.availability.fit,
    ).toBe('open_start');
    const unknown = included(scoreMatch(o, candidate()));
    expect(unknown.explanation.availability.fit).toBe('unknown');
    expect(unknown.explanation.components.availability).toBe(MATCH_WEIGHTS.availability.unknown);
  });
});

describe('wishes', () => {
  it('kind of work and occupation or field', () => {
    const wished = included(
      scoreMatch(
        offer(),
        candidate({ wishedKinds: ['job'], wishedOccupations: ['occ:welder'], wishedFields: ['metal'] }),
      ),
    );
    expect(wished.explanation.wishes).toEqual({ kind: 'wished', occupation: 'occupation' });
    expect(wished.explanation.components.wishes).toBe(1);
    const field = included(
      scoreMatch(
        offer(),
        candidate({
          wishedKinds: ['apprenticeship'],
          wishedOccupations: ['occ:fitter'],
          wishedFields: ['metal'],
        }),
      ),
    );
    expect(field.explanation.wishes).toEqual({ kind: 'not_wished', occupation: 'field' });
    expect(field.explanation.components.wishes).toBeCloseTo(
      MATCH_WEIGHTS.wishes.occupation * MATCH_WEIGHTS.wishes.sameField,
      4,
    );
    const other = included(
      scoreMatch(
        offer(),
        candidate({ wishedKinds: ['job'], wishedOccupations: ['occ:cook'], wishedFields: ['gastronomy'] }),
      ),
    );
    expect(other.explanation.wishes).toEqual({ kind: 'wished', occupation: 'other' });
    const none = included(scoreMatch(offer(), candidate()));
    expect(none.explanation.wishes).toEqual({ kind: 'no_wish', occupation: 'no_wish' });
    expect(none.explanation.components.wishes).toBe(MATCH_WEIGHTS.wishes.noWish);
  });
});

describe('work permit', () => {
  it('may not work excludes; employers only ever read the permitted view', () => {
    const r = scoreMatch(offer(), candidate({ workPermit: 'not_permitted' }));
    expect(r).toMatchObject({ excluded: true, reasons: ['may_not_work'], score: 0, percent: 0 });
    expect(r.explanation.workPermit).toBe('unknown');
    expect(
      included(scoreMatch(offer(), candidate({ workPermit: 'needs_approval' }))).explanation.workPermit,
    ).toBe('with_approval');
  });

  it('reports every hard rule that applies', () => {
    const r = scoreMatch(
      offer({ germanMinimum: minimum('C1'), germanStrict: true }),
      candidate({ workPermit: 'not_permitted', german: german('A2'), home: STUTTGART, travelKm: 1 }),
    );
    expect(r).toMatchObject({ excluded: true, reasons: ['may_not_work', 'too_far', 'german_far_below'] });
  });
});

describe('the score', () => {
  it('is 1 for a perfect match and the percent is the rounded score', () => {
    const r = included(
      scoreMatch(
        offer({
          requiredCompetences: ['skill:weld'],
          niceToHaveCompetences: ['skill:grind'],
          startsOn: '2027-01-01',
        }),
        candidate({
          competences: [
            { code: 'skill:weld', evidence: [CONFIRMED] },
            { code: 'skill:grind', evidence: [CONFIRMED] },
          ],
          earliestStart: '2026-12-01',
          wishedKinds: ['job'],
          wishedOccupations: ['occ:welder'],
          wishedFields: ['metal'],
        }),
      ),
    );
    expect(r.score).toBe(1);
    expect(r.percent).toBe(100);
  });

  it('the explanation carries codes and numbers only', () => {
    const r = scoreMatch(offer({ requiredCompetences: ['skill:weld'] }), candidate());
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
});

// ---- properties ----

const SKILLS = ['s:a', 's:b', 's:c', 's:d', 's:e', 's:f'];
const RELATIONS: TaxonomyRelations = {
  occupationSkills: { 'occ:x': ['s:a', 's:b', 's:c'], 'occ:y': ['s:d', 's:e', 's:f', 's:a'] },
};
const levelArb = fc.constantFrom<CefrLevel | null>(null, ...CEFR_LEVELS);
const evidenceArb: fc.Arbitrary<EvidenceLike> = fc.oneof(
  fc.constant(SELF),
  fc.constant(MENTOR),
  fc.constant(ASSESSED),
  fc.constant(CONFIRMED),
);
const pointArb = fc.record({
  lat: fc.double({ min: 48.5, max: 49.1, noNaN: true }),
  lon: fc.double({ min: 9.0, max: 9.8, noNaN: true }),
});
const dateArb = fc.option(
  fc
    .integer({ min: 0, max: 400 })
    .map((d) => new Date(Date.UTC(2026, 11, 1) + d * 86_400_000).toISOString().slice(0, 10)),
);
const germanArb = fc.option(
  fc.record({ overall: levelArb, understanding: levelArb, speaking: levelArb, writing: levelArb }),
);

const offerArb: fc.Arbitrary<MatchOffer> = fc.record({
  kind: fc.constantFrom('job', 'apprenticeship', 'internship', 'eq'),
  occupationCode: fc.constantFrom('occ:x', 'occ:y', null),
  field: fc.constantFrom('metal', 'care', null),
  requiredCompetences: fc.uniqueArray(fc.constantFrom(...SKILLS), { maxLength: 4 }),
  niceToHaveCompetences: fc.uniqueArray(fc.constantFrom(...SKILLS), { maxLength: 3 }),
  germanMinimum: fc.record({
    overall: levelArb,
    understanding: levelArb,
    speaking: levelArb,
    writing: levelArb,
  }),
  germanStrict: fc.boolean(),
  location: fc.option(pointArb),
  maxDistanceKm: fc.option(fc.integer({ min: 0, max: 100 })),
  startsOn: dateArb,
});

const candidateArb: fc.Arbitrary<MatchCandidate> = fc.record({
  workPermit: fc.constantFrom('permitted', 'needs_approval', 'not_permitted', 'unknown'),
  competences: fc
    .uniqueArray(fc.constantFrom(...SKILLS), { maxLength: 5 })
    .chain((codes) =>
      fc.tuple(
        ...codes.map((code) =>
          fc.array(evidenceArb, { maxLength: 3 }).map((evidence) => ({ code, evidence })),
        ),
      ),
    ),
  german: germanArb,
  home: fc.option(pointArb),
  travelKm: fc.option(fc.integer({ min: 0, max: 100 })),
  earliestStart: dateArb,
  wishedKinds: fc.uniqueArray(fc.constantFrom('job', 'apprenticeship', 'internship', 'eq'), { maxLength: 2 }),
  wishedOccupations: fc.uniqueArray(fc.constantFrom('occ:x', 'occ:y', 'occ:z'), { maxLength: 2 }),
  wishedFields: fc.uniqueArray(fc.constantFrom('metal', 'care'), { maxLength: 2 }),
});

const relationsArb = fc.option(fc.constant(RELATIONS), { nil: undefined });

describe('properties', () => {
  it('the score lies in [0, 1] and the percent in 0..100', () => {
    fc.assert(
      fc.property(offerArb, candidateArb, relationsArb, (o, c, rel) => {
        const r = scoreMatch(o, c, rel);
        expect(r.score).toBeGreaterThanOrEqual(0);
        expect(r.score).toBeLessThanOrEqual(1);
        expect(r.percent).toBe(Math.round(r.score * 100));
        for (const v of Object.values(r.explanation.components)) {
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('is deterministic (same input, same output; input order of competences does not matter)', () => {
    fc.assert(
      fc.property(offerArb, candidateArb, relationsArb, (o, c, rel) => {
        const a = scoreMatch(o, c, rel);
        expect(scoreMatch(structuredClone(o), structuredClone(c), rel)).toEqual(a);
        const reversed = { ...c, competences: [...c.competences].reverse() };
        const offerReversed = { ...o, requiredCompetences: [...o.requiredCompetences].reverse() };
        expect(scoreMatch(offerReversed, reversed, rel)).toEqual(a);
      }),
    );
  });

  it('adding a competence that covers a required one never lowers the score', () => {
    fc.assert(
      fc.property(offerArb, candidateArb, relationsArb, evidenceArb, (o, c, rel, evidence) => {
        const before = scoreMatch(o, c, rel);
        const missing = o.requiredCompetences.filter((code) => !c.competences.some((x) => x.code === code));
        fc.pre(missing.length > 0);
        const after = scoreMatch(
          o,
          { ...c, competences: [...c.competences, { code: missing[0]!, evidence: [evidence] }] },
          rel,
        );
        expect(after.score).toBeGreaterThanOrEqual(before.score);
        expect(after.excluded).toBe(before.excluded);
      }),
    );
  });

  it('raising the evidence of a competence never lowers the score', () => {
    fc.assert(
      fc.property(offerArb, candidateArb, relationsArb, fc.nat(), evidenceArb, (o, c, rel, index, extra) => {
        fc.pre(c.competences.length > 0);
        const i = index % c.competences.length;
        const competences = c.competences.map((x, j) =>
          j === i ? { ...x, evidence: [...x.evidence, extra] } : x,
        );
        const before = scoreMatch(o, c, rel);
        const after = scoreMatch(o, { ...c, competences }, rel);
        expect(after.score).toBeGreaterThanOrEqual(before.score);
      }),
    );
  });

  it('a closer home never lowers the score', () => {
    fc.assert(
      fc.property(
        offerArb,
        candidateArb,
        relationsArb,
        fc.double({ min: 0, max: 1, noNaN: true }),
        (o, c, rel, t) => {
          fc.pre(o.location !== null && c.home !== null);
          const site = o.location!;
          const home = c.home!;
          // A point on the way from home to the site is closer to it.
          const closer = {
            lat: home.lat + (site.lat - home.lat) * t,
            lon: home.lon + (site.lon - home.lon) * t,
          };
          fc.pre(distanceKm(closer, site) <= distanceKm(home, site));
          const before = scoreMatch(o, c, rel);
          const after = scoreMatch(o, { ...c, home: closer }, rel);
          expect(after.score).toBeGreaterThanOrEqual(before.score);
        },
      ),
    );
  });

  it('hard rules always exclude, with score 0', () => {
    fc.assert(
      fc.property(offerArb, candidateArb, relationsArb, (o, c, rel) => {
        const r = scoreMatch(o, { ...c, workPermit: 'not_permitted' }, rel);
        expect(r.excluded).toBe(true);
        expect(r.score).toBe(0);
        if (r.excluded) expect(r.reasons).toContain('may_not_work');
      }),
    );
    fc.assert(
      fc.property(offerArb, candidateArb, relationsArb, (o, c, rel) => {
        // German two levels or more below a strict minimum.
        const strict = {
          ...o,
          germanStrict: true,
          germanMinimum: { overall: 'B2' as const, understanding: null, speaking: null, writing: null },
        };
        const r = scoreMatch(
          strict,
          { ...c, german: { overall: 'A2', understanding: null, speaking: null, writing: null } },
          rel,
        );
        expect(r.excluded).toBe(true);
        if (r.excluded) expect(r.reasons).toContain('german_far_below');
      }),
    );
    fc.assert(
      fc.property(offerArb, candidateArb, relationsArb, (o, c, rel) => {
        // Stuttgart to Schorndorf (~25 km) with a 5 km radius and a firm that accepts 10 km at most.
        const r = scoreMatch(
          { ...o, location: SCHORNDORF, maxDistanceKm: 10 },
          { ...c, home: STUTTGART, travelKm: 5 },
          rel,
        );
        expect(r.excluded).toBe(true);
        if (r.excluded) expect(r.reasons).toContain('too_far');
      }),
    );
  });

  it('an included match never breaks a hard rule', () => {
    fc.assert(
      fc.property(offerArb, candidateArb, relationsArb, (o, c, rel) => {
        const r = scoreMatch(o, c, rel);
        if (r.excluded) return;
        expect(c.workPermit).not.toBe('not_permitted');
        expect(r.explanation.distance.fit).not.toBe('beyond');
        if (o.germanStrict)
          expect(
            r.explanation.language.parts.every((p) => p.gap < MATCH_WEIGHTS.german.strictExcludeGap),
          ).toBe(true);
      }),
    );
  });
});
