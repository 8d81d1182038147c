import { outboxBackoffMs } from '../matching-index/search-outbox.worker';
import fc from 'fast-check';
import { candidateFilter, labelMatches, pageSlices, queryWords, quote } from './candidate-search.filters';
import { CandidateSearchQuery } from './dto/candidate-search.query';

function query(values: Partial<CandidateSearchQuery>): CandidateSearchQuery {
  return Object.assign(new CandidateSearchQuery(), values);
}

describe('candidate search filters', () => {
  const now = 1_800_000_000_000;

  it('always leaves out profiles overdue for reconfirmation', () => {
    expect(candidateFilter(query({}), null, now)).toEqual([`visibleUntilTs > ${now}`]);
  });

  it('asks for every competence code, in the evidence field asked for', () => {
    const filters = candidateFilter(query({ competences: ['a', 'b', 'a'], evidence: 'assessed' }), null, now);
    expect(filters).toContain('competencesAssessed = "a"');
    expect(filters).toContain('competencesAssessed = "b"');
    expect(filters.filter((f) => f.includes('"a"'))).toHaveLength(1);
    expect(candidateFilter(query({ competences: ['a'] }), null, now)).toContain('competences = "a"');
    expect(candidateFilter(query({ evidence: 'mentor' }), null, now)).toContain(
      'evidenceMarks IN ["mentor", "assessed", "iba"]',
    );
  });

  it('turns levels, dates, radius, licences and permits into comparisons', () => {
    const filters = candidateFilter(
      query({
        minGermanLevel: 'B1',
        coreSkills: ['maths:good', 'computer'],
        availableBy: '1970-01-11',
        near: '08119079',
        radiusKm: 12,
        drivingLicence: ['B', 'any'],
        mayWork: ['yes'],
        kindOfWork: ['job'],
        occupationalField: ['metal'],
      }),
      { lat: 48.8, lon: 9.3 },
      now,
    );
    expect(filters).toEqual(
      expect.arrayContaining([
        'germanRank >= 3',
        'mathsRank >= 2',
        'computerRank >= 1',
        'availableFromDay <= 10',
        '_geoRadius(48.8, 9.3, 12000)',
        'hasDrivingLicence = true',
        'mayWork IN ["yes"]',
        'kindsWished IN ["job"]',
        'occupationalFields IN ["metal"]',
      ]),
    );
    expect(candidateFilter(query({ drivingLicence: ['C', 'CE'] }), null, now)).toContain(
      'drivingLicences IN ["C", "CE"]',
    );
  });

  it('narrows a radius to the home towns within it when the towns are given (none: nobody)', () => {
    const near = query({ near: '08119079', radiusKm: 12 });
    const filters = candidateFilter(near, { lat: 48.8, lon: 9.3 }, now, ['08119079', '08119008']);
    expect(filters).toContain('homeTownAgs IN ["08119079", "08119008"]');
    expect(filters.some((f) => f.startsWith('_geoRadius'))).toBe(false);
    expect(candidateFilter(near, { lat: 48.8, lon: 9.3 }, now, [])).toContain('homeTownAgs IN []');
    // No radius asked: the towns play no part.
    expect(candidateFilter(query({ near: '08119079' }), { lat: 48.8, lon: 9.3 }, now, ['x'])).toEqual([
      `visibleUntilTs > ${now}`,
    ]);
  });

  it('quotes values so a code cannot break out of the filter', () => {
    expect(quote('x" OR mayWork = "unknown')).toBe('"x\\" OR mayWork = \\"unknown"');
  });

  it('matches label words by whole words or the last word as a prefix, folded', () => {
    expect(labelMatches('Schweißgeräte bedienen', queryWords('schweissgerate'))).toBe(true);
    expect(labelMatches('Metall schneiden', queryWords('Schweißen'))).toBe(false);
    expect(labelMatches('Texte schreiben', queryWords('Schweißen'))).toBe(false);
    expect(labelMatches('Gabelstapler fahren', queryWords('gabel'))).toBe(true);
    expect(labelMatches('Gabelstapler fahren', queryWords('gabel fahren'))).toBe(true);
    expect(labelMatches('Gabelstapler fahren', queryWords(''))).toBe(false);
  });
});

describe('search outbox retries', () => {
  it('waits half a second after the first failure, doubling up to 30 s', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 20].map(outboxBackoffMs)).toEqual([
      500, 1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000,
    ]);
  });
});

describe('pageSlices', () => {
  it('reads a page across groups in their order', () => {
    const groups = [
      { key: 'a', count: 3 },
      { key: 'b', count: 0 },
      { key: 'c', count: 5 },
      { key: 'd', count: 4 },
    ];
    expect(pageSlices(groups, 0, 2)).toEqual([{ key: 'a', offset: 0, limit: 2 }]);
    expect(pageSlices(groups, 2, 5)).toEqual([
      { key: 'a', offset: 2, limit: 1 },
      { key: 'c', offset: 0, limit: 4 },
    ]);
    expect(pageSlices(groups, 7, 20)).toEqual([
      { key: 'c', offset: 4, limit: 1 },
      { key: 'd', offset: 0, limit: 4 },
    ]);
    expect(pageSlices(groups, 12, 5)).toEqual([]);
  });

  it('equals slicing the concatenated groups (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(12), { maxLength: 8 }), fc.nat(60), fc.nat(25), (counts, offset, limit) => {
        const groups = counts.map((count, key) => ({ key, count }));
        const all = groups.flatMap((g) => Array.from({ length: g.count }, (_, i) => `${g.key}:${i}`));
        const read = pageSlices(groups, offset, limit).flatMap((s) =>
          Array.from({ length: s.limit }, (_, i) => `${s.key}:${s.offset + i}`),
        );
        expect(read).toEqual(all.slice(offset, offset + limit));
      }),
    );
  });
});
