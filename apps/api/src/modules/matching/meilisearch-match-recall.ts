import { Inject, Injectable, Logger } from '@nestjs/common';
import { districtToday, MATCH_WEIGHTS } from '@passgenau/domain';
import { CANDIDATES_INDEX, OFFERS_INDEX } from '../matching-index/documents';
import { SEARCH_INDEX, type SearchIndex } from '../../search/search-index';
import { TownDirectory } from '../towns/town-directory';
import { PostgresMatchRecall, type MatchRecall } from './match-recall';
import { MatchingRepository, type CandidateRecallInput, type OfferRecallInput } from './matching.repository';

/** The candidate and offer indexes cap their hits here (pagination.maxTotalHits). */
export const INDEX_RECALL_LIMIT = 500;

/** Recall radius when the firm states none: candidates stretch their own radius, up to this. */
export const RECALL_RADIUS_KM = 100;

const quote = (value: string) => JSON.stringify(value);
const list = (values: readonly string[]) => `[${values.map(quote).join(', ')}]`;
const dayOf = (date: string) => Math.floor(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
const geoRadius = (point: { lat: number; lon: number }, km: number) =>
  `_geoRadius(${point.lat}, ${point.lon}, ${Math.round(km * 1000)})`;

/** How far from the offer's place candidates are recalled (km), when it has a place. */
export function candidateRecallRadiusKm(offer: OfferRecallInput): number {
  return Math.max(offer.maxDistanceKm ?? 0, RECALL_RADIUS_KM);
}

/**
 * The index filter of an offer's candidates, or null when the offer gives nothing to recall by.
 * `radiusTowns` are the towns within {@link candidateRecallRadiusKm} (a candidate's place is their
 * home town's centre: an equality filter instead of a geo radius over every document).
 */
export function candidateRecallFilter(
  offer: OfferRecallInput,
  nowMs: number,
  radiusTowns?: readonly string[],
): string[] | null {
  const any: string[] = [];
  if (offer.codes.length > 0) any.push(`competences IN ${list(offer.codes)}`);
  if (offer.occupationCode) any.push(`occupations = ${quote(offer.occupationCode)}`);
  if (any.length === 0) return null;
  const filter = [`visibleUntilTs > ${nowMs}`, `(${any.join(' OR ')})`];
  if (offer.location)
    filter.push(
      radiusTowns
        ? `homeTownAgs IN ${list(radiusTowns)}`
        : geoRadius(offer.location, candidateRecallRadiusKm(offer)),
    );
  return filter;
}

/**
 * The recall of an offer's candidates in tiers, best first: everyone with all required
 * competences, then with any of them, then with any code or the occupation at all
 * ({@link candidateRecallFilter}). The index caps a recall at {@link INDEX_RECALL_LIMIT}; without
 * tiers a popular competence filled it with whoever changed their profile last, and a candidate
 * with every required competence could be left out. Null when there is nothing to recall by.
 */
export function candidateRecallTiers(
  offer: OfferRecallInput,
  nowMs: number,
  radiusTowns?: readonly string[],
): string[][] | null {
  const widest = candidateRecallFilter(offer, nowMs, radiusTowns);
  if (!widest) return null;
  const required = [...new Set(offer.required ?? [])];
  if (required.length === 0) return [widest];
  // The widest filter without its "any code" part: visibility and place.
  const where = widest.filter((part) => !part.startsWith('('));
  return [
    [...where, ...required.map((code) => `competences = ${quote(code)}`)],
    ...(required.length > 1 ? [[...where, `competences IN ${list(required)}`]] : []),
    widest,
  ];
}

/** The index filter of a candidate's offers (open on `today`), or null when nothing to recall by. */
export function offerRecallFilter(
  candidate: CandidateRecallInput,
  occupations: readonly string[],
  today: string,
): string[] | null {
  const any: string[] = [];
  if (candidate.codes.length > 0)
    any.push(
      `requiredCompetences IN ${list(candidate.codes)}`,
      `niceToHaveCompetences IN ${list(candidate.codes)}`,
    );
  if (occupations.length > 0) any.push(`occupationCode IN ${list(occupations)}`);
  if (any.length === 0) return null;
  const filter = [`closesOnDay >= ${dayOf(today)}`, `(${any.join(' OR ')})`];
  if (candidate.home) {
    const own =
      (candidate.travelKm ?? MATCH_WEIGHTS.distance.defaultTravelKm) * MATCH_WEIGHTS.distance.stretchFactor;
    filter.push(geoRadius(candidate.home, Math.max(own, RECALL_RADIUS_KM)));
  }
  return filter;
}

/**
 * Recall through the matching indexes in Meilisearch: candidates (pseudonymous projection) with
 * any of the offer's codes within reach, offers on the job board with any of the candidate's
 * codes or wished occupations. The score then reads the recalled ids from PostgreSQL.
 */
@Injectable()
export class MeilisearchMatchRecall implements MatchRecall {
  readonly source = 'meilisearch' as const;

  constructor(
    @Inject(SEARCH_INDEX) private readonly searchIndex: SearchIndex,
    private readonly repository: MatchingRepository,
    private readonly towns: TownDirectory,
  ) {}

  async candidatesForOffer(offer: OfferRecallInput, limit: number): Promise<string[]> {
    const radiusTowns = offer.location
      ? await this.towns.within(offer.location, candidateRecallRadiusKm(offer))
      : undefined;
    const tiers = candidateRecallTiers(offer, Date.now(), radiusTowns);
    if (!tiers) return [];
    return this.searchIndex.tieredIds(CANDIDATES_INDEX, tiers, Math.min(limit, INDEX_RECALL_LIMIT));
  }

  async offersForCandidate(candidate: CandidateRecallInput, limit: number): Promise<string[]> {
    const occupations = [
      ...new Set([
        ...candidate.wishedOccupations,
        ...(await this.repository.occupationsWithSkills(candidate.codes, 200)),
      ]),
    ];
    const filter = offerRecallFilter(candidate, occupations, districtToday());
    if (!filter) return [];
    const result = await this.searchIndex.query<{ id: string }>(OFFERS_INDEX, '', {
      filter,
      limit: Math.min(limit, INDEX_RECALL_LIMIT),
      attributesToRetrieve: ['id'],
    });
    return result.hits.map((h) => h.id);
  }
}

/**
 * The recall that runs: the indexes, and PostgreSQL while Meilisearch does not answer (matches
 * stay available during an outage, only slower).
 */
@Injectable()
export class IndexFirstMatchRecall implements MatchRecall {
  private readonly logger = new Logger('MatchRecall');
  readonly source = 'meilisearch' as const;

  constructor(
    private readonly index: MeilisearchMatchRecall,
    private readonly postgres: PostgresMatchRecall,
  ) {}

  private async firstAnswer<T>(fromIndex: () => Promise<T>, fromPostgres: () => Promise<T>): Promise<T> {
    try {
      return await fromIndex();
    } catch (error) {
      this.logger.warn(`match recall from PostgreSQL, the search index failed: ${(error as Error).message}`);
      return fromPostgres();
    }
  }

  candidatesForOffer(offer: OfferRecallInput, limit: number): Promise<string[]> {
    return this.firstAnswer(
      () => this.index.candidatesForOffer(offer, limit),
      () => this.postgres.candidatesForOffer(offer, limit),
    );
  }

  offersForCandidate(candidate: CandidateRecallInput, limit: number): Promise<string[]> {
    return this.firstAnswer(
      () => this.index.offersForCandidate(candidate, limit),
      () => this.postgres.offersForCandidate(candidate, limit),
    );
  }
}
