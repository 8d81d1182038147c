import {
  CEFR_LEVELS,
  isCefrLevel,
  isOccupationalField,
  OFFER_KINDS,
  type CefrLevel,
  type OccupationalField,
  type OfferKind,
} from '@passgenau/domain';
import type { QueryValue } from '../../../lib/api-client';

export const RADIUS_CHOICES = [5, 10, 20, 30, 50] as const;
export const DEFAULT_RADIUS_KM = 10;
export const JOB_BOARD_PAGE_SIZE = 12;

/** What the filter bar of the job board holds; kept in the page address so a search can be shared. */
export interface JobFilters {
  q: string;
  town: string | null;
  nearTown: string | null;
  radiusKm: number;
  kind: OfferKind | null;
  field: OccupationalField | null;
  maxGermanLevel: CefrLevel | null;
  page: number;
}

export const EMPTY_FILTERS: JobFilters = {
  q: '',
  town: null,
  nearTown: null,
  radiusKm: DEFAULT_RADIUS_KM,
  kind: null,
  field: null,
  maxGermanLevel: null,
  page: 1,
};

function isOfferKind(value: unknown): value is OfferKind {
  return typeof value === 'string' && (OFFER_KINDS as readonly string[]).includes(value);
}

const AGS_PATTERN = /^\d{8}$/;

/** Reads the filters from the page address; anything unknown is left out. */
export function filtersFromSearchParams(params: URLSearchParams): JobFilters {
  const town = params.get('town');
  const nearTown = params.get('near');
  const radius = Number(params.get('radius'));
  const kind = params.get('kind');
  const field = params.get('field');
  const german = params.get('german');
  const page = Number(params.get('page'));
  return {
    q: (params.get('q') ?? '').slice(0, 100),
    town: town && AGS_PATTERN.test(town) ? town : null,
    nearTown: nearTown && AGS_PATTERN.test(nearTown) ? nearTown : null,
    radiusKm: (RADIUS_CHOICES as readonly number[]).includes(radius) ? radius : DEFAULT_RADIUS_KM,
    kind: isOfferKind(kind) ? kind : null,
    field: isOccupationalField(field) ? field : null,
    maxGermanLevel: isCefrLevel(german) ? german : null,
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The filters as a page address query ("?town=…&kind=…"), leaving out what is not set. */
export function filtersToSearchParams(filters: JobFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q.trim()) params.set('q', filters.q.trim());
  if (filters.town) params.set('town', filters.town);
  if (filters.nearTown) {
    params.set('near', filters.nearTown);
    params.set('radius', String(filters.radiusKm));
  }
  if (filters.kind) params.set('kind', filters.kind);
  if (filters.field) params.set('field', filters.field);
  if (filters.maxGermanLevel) params.set('german', filters.maxGermanLevel);
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}

/** The query of GET /api/job-board/offers for the filters. */
export function jobBoardQuery(filters: JobFilters): Record<string, QueryValue> {
  return {
    q: filters.q.trim() || undefined,
    townAgs: filters.town ?? undefined,
    nearTown: filters.nearTown ?? undefined,
    radiusKm: filters.nearTown ? filters.radiusKm : undefined,
    kind: filters.kind ?? undefined,
    field: filters.field ?? undefined,
    maxGermanLevel: filters.maxGermanLevel ?? undefined,
    page: filters.page,
    pageSize: JOB_BOARD_PAGE_SIZE,
  };
}

export const GERMAN_LEVEL_CHOICES: readonly CefrLevel[] = CEFR_LEVELS;
