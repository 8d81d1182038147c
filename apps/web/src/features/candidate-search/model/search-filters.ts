import type { operations } from '@passgenau/api-client';
import {
  isCefrLevel,
  isOccupationalField,
  WORK_KINDS,
  type CefrLevel,
  type OccupationalField,
  type WorkKind,
} from '@passgenau/domain';

/** The query of GET /api/candidate-search as the OpenAPI document declares it. */
export type CandidateSearchQuery = NonNullable<
  operations['CandidateSearchController_find']['parameters']['query']
>;

export const EVIDENCE_FILTERS = ['mentor', 'assessed', 'iba'] as const;
export type EvidenceFilter = (typeof EVIDENCE_FILTERS)[number];

export const MAY_WORK_FILTERS = ['yes', 'with_approval'] as const;
export type MayWorkFilter = (typeof MAY_WORK_FILTERS)[number];

export const CORE_SKILLS = ['maths', 'computer'] as const;
export type CoreSkill = (typeof CORE_SKILLS)[number];
export const CORE_SKILL_MINIMUMS = ['basic', 'good', 'very_good'] as const;
export type CoreSkillMinimum = (typeof CORE_SKILL_MINIMUMS)[number];

export const SEARCH_SORTS = ['relevance', 'distance'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

export const SEARCH_RADIUS_CHOICES = [5, 10, 20, 30, 50, 100] as const;
export const DEFAULT_SEARCH_RADIUS_KM = 20;
export const SEARCH_PAGE_SIZE = 10;
/** The API never pages past this many hits. */
export const SEARCH_MAX_HITS = 500;

/** What the employer's search holds; kept in the page address so a search can be shared and the back button works. */
export interface SearchFilters {
  q: string;
  fields: OccupationalField[];
  /** Taxonomy codes; every one must be in the profile. */
  competences: string[];
  minGerman: CefrLevel | null;
  maths: CoreSkillMinimum | null;
  computer: CoreSkillMinimum | null;
  evidence: EvidenceFilter | null;
  kinds: WorkKind[];
  /** YYYY-MM-DD: available from this day at the latest. */
  availableBy: string | null;
  /** A town (8-digit AGS) or one of the firm's sites (id). */
  near: string | null;
  /** With near: km, or null for no limit (distances are still shown). */
  radiusKm: number | null;
  licence: boolean;
  mayWork: MayWorkFilter[];
  sort: SearchSort;
  page: number;
}

export const EMPTY_SEARCH: SearchFilters = {
  q: '',
  fields: [],
  competences: [],
  minGerman: null,
  maths: null,
  computer: null,
  evidence: null,
  kinds: [],
  availableBy: null,
  near: null,
  radiusKm: null,
  licence: false,
  mayWork: [],
  sort: 'relevance',
  page: 1,
};

const AGS = /^\d{8}$/;
const SITE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TAXONOMY_CODE = /^[^\s,]{1,300}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (value: unknown): value is T =>
    typeof value === 'string' && (values as readonly string[]).includes(value);

const isWorkKind = oneOf(WORK_KINDS);
const isEvidence = oneOf(EVIDENCE_FILTERS);
const isMayWork = oneOf(MAY_WORK_FILTERS);
const isCoreMinimum = oneOf(CORE_SKILL_MINIMUMS);
const isSort = oneOf(SEARCH_SORTS);

const unique = <T>(values: T[]): T[] => [...new Set(values)];

/** Reads the search from the page address; anything unknown or malformed is left out. */
export function searchFromParams(params: URLSearchParams): SearchFilters {
  const near = params.get('near');
  const validNear = near && (AGS.test(near) || SITE_ID.test(near)) ? near.toLowerCase() : null;
  const radius = Number(params.get('radius'));
  const page = Number(params.get('page'));
  const from = params.get('from');
  const german = params.get('german');
  const maths = params.get('maths');
  const computer = params.get('computer');
  const evidence = params.get('evidence');
  const sort = params.get('sort');
  return {
    q: (params.get('q') ?? '').slice(0, 200),
    fields: unique(params.getAll('field').filter(isOccupationalField)),
    competences: unique(params.getAll('competence').filter((code) => TAXONOMY_CODE.test(code))).slice(0, 20),
    minGerman: isCefrLevel(german) ? german : null,
    maths: isCoreMinimum(maths) ? maths : null,
    computer: isCoreMinimum(computer) ? computer : null,
    evidence: isEvidence(evidence) ? evidence : null,
    kinds: unique(params.getAll('kind').filter(isWorkKind)),
    availableBy: from && DATE.test(from) ? from : null,
    near: validNear,
    radiusKm: validNear && (SEARCH_RADIUS_CHOICES as readonly number[]).includes(radius) ? radius : null,
    licence: params.get('licence') === '1',
    mayWork: unique(params.getAll('mayWork').filter(isMayWork)),
    sort: validNear && isSort(sort) ? sort : 'relevance',
    page: Number.isInteger(page) && page > 1 ? Math.min(page, SEARCH_MAX_HITS / SEARCH_PAGE_SIZE) : 1,
  };
}

/** The search as a page address query, leaving out what is not set. */
export function searchToParams(filters: SearchFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q.trim()) params.set('q', filters.q.trim());
  for (const field of filters.fields) params.append('field', field);
  for (const code of filters.competences) params.append('competence', code);
  if (filters.minGerman) params.set('german', filters.minGerman);
  if (filters.maths) params.set('maths', filters.maths);
  if (filters.computer) params.set('computer', filters.computer);
  if (filters.evidence) params.set('evidence', filters.evidence);
  for (const kind of filters.kinds) params.append('kind', kind);
  if (filters.availableBy) params.set('from', filters.availableBy);
  if (filters.near) {
    params.set('near', filters.near);
    if (filters.radiusKm !== null) params.set('radius', String(filters.radiusKm));
    if (filters.sort !== 'relevance') params.set('sort', filters.sort);
  }
  if (filters.licence) params.set('licence', '1');
  for (const value of filters.mayWork) params.append('mayWork', value);
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}

/** The query of GET /api/candidate-search for the search. */
export function searchQuery(filters: SearchFilters): CandidateSearchQuery {
  const coreSkills = [
    ...(filters.maths ? [`maths:${filters.maths}`] : []),
    ...(filters.computer ? [`computer:${filters.computer}`] : []),
  ];
  return {
    q: filters.q.trim() || undefined,
    occupationalField: filters.fields.length ? filters.fields : undefined,
    competences: filters.competences.length ? filters.competences : undefined,
    minGermanLevel: filters.minGerman ?? undefined,
    coreSkills: coreSkills.length ? coreSkills : undefined,
    evidence: filters.evidence ?? undefined,
    kindOfWork: filters.kinds.length ? filters.kinds : undefined,
    availableBy: filters.availableBy ?? undefined,
    near: filters.near ?? undefined,
    radiusKm: filters.near && filters.radiusKm !== null ? filters.radiusKm : undefined,
    hasDrivingLicence: filters.licence || undefined,
    mayWork: filters.mayWork.length ? filters.mayWork : undefined,
    sort: filters.near ? filters.sort : 'relevance',
    page: filters.page,
    pageSize: SEARCH_PAGE_SIZE,
  };
}

/** How many filters (not the words, sort or page) are set: shown on the phone's filter button. */
export function activeFilterCount(filters: SearchFilters): number {
  return (
    filters.fields.length +
    filters.competences.length +
    filters.kinds.length +
    filters.mayWork.length +
    [
      filters.minGerman,
      filters.maths,
      filters.computer,
      filters.evidence,
      filters.availableBy,
      filters.near,
    ].filter((value) => value !== null).length +
    (filters.licence ? 1 : 0)
  );
}
