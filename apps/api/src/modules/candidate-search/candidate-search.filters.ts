import { CEFR_LEVELS, CORE_SKILL_LEVELS, type GeoPoint } from '@passgenau/domain';
import type { CandidateSearchQuery, EvidenceFilter } from './dto/candidate-search.query';

/** A value inside a Meilisearch filter expression. */
import { quote } from '../../search/filter-syntax';

export { quote };

export const list = (values: readonly string[]) => `[${values.map(quote).join(', ')}]`;

const EVIDENCE_FIELD: Record<EvidenceFilter, string> = {
  mentor: 'competencesObserved',
  assessed: 'competencesAssessed',
  iba: 'competencesIba',
};
const MARKS_AT_LEAST: Record<EvidenceFilter, string[]> = {
  mentor: ['mentor', 'assessed', 'iba'],
  assessed: ['assessed', 'iba'],
  iba: ['iba'],
};

export function dayOf(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
}

/**
 * The Meilisearch filter of an employer search (all conditions combined with AND). Profiles whose
 * reconfirmation is overdue drop out at once, before their document is removed.
 *
 * A radius is given as `radiusTowns`, the towns whose centre lies within it: a candidate's place
 * is their home town's centre, so "within the radius" is "home town in the list" — an equality
 * filter, many times faster than `_geoRadius` over every document. Without the list (callers that
 * have no town directory) the radius goes to `_geoRadius`.
 */
export function candidateFilter(
  query: CandidateSearchQuery,
  origin: GeoPoint | null,
  nowMs: number,
  radiusTowns?: readonly string[],
): string[] {
  const filters = [`visibleUntilTs > ${nowMs}`];
  if (query.occupationalField?.length) filters.push(`occupationalFields IN ${list(query.occupationalField)}`);
  if (query.occupations?.length) filters.push(`occupations IN ${list(query.occupations)}`);
  if (query.competences?.length) {
    const field = query.evidence ? EVIDENCE_FIELD[query.evidence] : 'competences';
    for (const code of new Set(query.competences)) filters.push(`${field} = ${quote(code)}`);
  } else if (query.evidence) {
    filters.push(`evidenceMarks IN ${list(MARKS_AT_LEAST[query.evidence])}`);
  }
  if (query.minGermanLevel) filters.push(`germanRank >= ${CEFR_LEVELS.indexOf(query.minGermanLevel) + 1}`);
  for (const skill of query.coreSkills ?? []) {
    const [name, level = 'basic'] = skill.split(':') as [string, string | undefined];
    const rank = CORE_SKILL_LEVELS.indexOf(level as (typeof CORE_SKILL_LEVELS)[number]);
    filters.push(`${name === 'maths' ? 'mathsRank' : 'computerRank'} >= ${rank}`);
  }
  if (query.kindOfWork?.length) filters.push(`kindsWished IN ${list(query.kindOfWork)}`);
  if (query.availableBy) filters.push(`availableFromDay <= ${dayOf(query.availableBy)}`);
  if (origin && query.radiusKm !== undefined)
    filters.push(
      radiusTowns
        ? `homeTownAgs IN ${list([...radiusTowns])}`
        : `_geoRadius(${origin.lat}, ${origin.lon}, ${Math.round(query.radiusKm * 1000)})`,
    );
  if (query.drivingLicence?.length) {
    const classes = query.drivingLicence.filter((c) => c !== 'any');
    filters.push(
      classes.length < query.drivingLicence.length
        ? `hasDrivingLicence = true`
        : `drivingLicences IN ${list(classes)}`,
    );
  }
  if (query.hasDrivingLicence !== undefined) filters.push(`hasDrivingLicence = ${query.hasDrivingLicence}`);
  if (query.mayWork?.length) filters.push(`mayWork IN ${list(query.mayWork)}`);
  return filters;
}

/** Lower case, ß as ss, without accents: how query words and labels are compared. */
export function foldWord(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss');
}

export function queryWords(q: string | undefined): string[] {
  return (q ?? '')
    .split(/[\s,;/()]+/u)
    .map(foldWord)
    .filter((w) => w.length > 0);
}

/** True when a word of `label` equals a query word, or starts with it (the last word is a prefix). */
export function labelMatches(label: string, words: string[]): boolean {
  if (words.length === 0) return false;
  const labelWords = label.split(/[\s,;/()-]+/u).map(foldWord);
  return words.some((w, i) =>
    labelWords.some((lw) => lw === w || (i === words.length - 1 && w.length >= 2 && lw.startsWith(w))),
  );
}

/** One part of a page sorted by distance: hits `offset` … `offset + limit` of one group. */
export interface GroupSlice<K> {
  key: K;
  offset: number;
  limit: number;
}

/**
 * The slices of the page `offset` … `offset + limit` over groups in their order (towns nearest
 * first), given how many hits each group has: a page sorted by distance is read group by group.
 */
export function pageSlices<K>(
  groups: ReadonlyArray<{ key: K; count: number }>,
  offset: number,
  limit: number,
): Array<GroupSlice<K>> {
  const slices: Array<GroupSlice<K>> = [];
  let start = 0;
  for (const { key, count } of groups) {
    const end = start + count;
    const from = Math.max(offset, start);
    const to = Math.min(offset + limit, end);
    if (to > from) slices.push({ key, offset: from - start, limit: to - from });
    start = end;
    if (start >= offset + limit) break;
  }
  return slices;
}
