import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { distanceKm, type GeoPoint } from '@passgenau/domain';
import type { AuthContext, RequestMeta } from '../../common/auth-context';
import { DomainError } from '../../common/domain-error';
import type { FieldErrorCode } from '../../common/field-error-code';
import { CANDIDATES_INDEX, type CandidateDocument, type EvidenceMark } from '../matching-index/documents';
import { SearchOutboxWorker } from '../matching-index/search-outbox.worker';
import { SEARCH_INDEX, type QueryResult, type SearchIndex } from '../../search/search-index';
import { AccessLogService } from '../audit/access-log.service';
import { TownDirectory } from '../towns/town-directory';
import { CandidateAccessPolicy, visibleToEmployersSql } from '../candidates/candidate-access.service';
import {
  candidateFilter,
  labelMatches,
  list,
  pageSlices,
  queryWords,
  quote,
} from './candidate-search.filters';
import { ReportsService } from '../reports/reports.service';
import { CANDIDATE_SEARCH_MAX_HITS, type CandidateSearchQuery } from './dto/candidate-search.query';
import type {
  CandidateSearchFacets,
  CandidateSearchHit,
  CandidateSearchResponse,
  FacetValueResponse,
  MatchedCompetenceResponse,
  SearchOriginResponse,
} from './dto/candidate-search.response';

const EVIDENCE_RANK: Record<EvidenceMark, number> = { self: 0, mentor: 1, assessed: 2, iba: 3 };

const FACETS: Record<keyof CandidateSearchFacets, keyof CandidateDocument> = {
  occupationalField: 'occupationalFields',
  competences: 'competences',
  germanLevel: 'germanLevel',
  evidence: 'evidenceMarks',
  kindOfWork: 'kindsWished',
  mathsLevel: 'mathsLevel',
  computerLevel: 'computerLevel',
  drivingLicence: 'drivingLicences',
  mayWork: 'mayWork',
};

const RETRIEVED: Array<keyof CandidateDocument> = [
  'id',
  'pseudonym',
  'competenceDetails',
  'occupationDetails',
  'germanLevel',
  'mathsLevel',
  'computerLevel',
  'kindsWished',
  'availableFrom',
  'homeTownAgs',
  'homeTownName',
  'travelKm',
  'drivingLicences',
  'mayWork',
];

/** Towns counted per index request (below the index's faceting.maxValuesPerFacet of 100). */
const TOWN_COUNT_CHUNK = 100;

function invalid(field: string, code: FieldErrorCode, message: string): DomainError {
  return new DomainError('VALIDATION_FAILED', `Invalid input: ${field}`, [{ field, code, message }]);
}

export interface SearchOrigin extends GeoPoint {
  kind: 'town' | 'site';
  id: string;
  name: string;
}

/** Candidate ids of one page of an employer search, in rank order, with the totals. */
export interface CandidateSearchPage {
  ids: string[];
  total: number;
}

/**
 * Runs `work` while `check` (an access check) is under way. The check's failure wins over the
 * work's result or error, so a denied caller learns nothing from the work.
 */
async function besideCheck<T>(check: Promise<void>, work: () => Promise<T>): Promise<T> {
  const denied = check.then(
    () => null,
    (error: unknown) => ({ error }),
  );
  let outcome: { value: T } | { failure: unknown };
  try {
    outcome = { value: await work() };
  } catch (failure) {
    outcome = { failure };
  }
  const refusal = await denied;
  if (refusal) throw refusal.error;
  if ('failure' in outcome) throw outcome.failure;
  return outcome.value;
}

/**
 * The employer's candidate search over the candidates index (the pseudonymous projection).
 * Verified firms, IBA staff and coordinators only; every hit shown is logged as an appearance.
 */
@Injectable()
export class CandidateSearchService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(SEARCH_INDEX) private readonly searchIndex: SearchIndex,
    private readonly access: CandidateAccessPolicy,
    private readonly accessLog: AccessLogService,
    private readonly outbox: SearchOutboxWorker,
    private readonly towns: TownDirectory,
    private readonly reports: ReportsService,
  ) {}

  /** A town (AGS) or one of the firm's sites (staff: any site) as the point distances start from. */
  async origin(auth: AuthContext, near: string | undefined): Promise<SearchOrigin | null> {
    if (!near) return null;
    if (/^\d{8}$/.test(near)) {
      const town = await this.towns.town(near);
      if (!town) throw invalid('near', 'UNKNOWN_TOWN', 'unknown town');
      return { kind: 'town', id: town.ags, name: town.name, lat: town.lat, lon: town.lon };
    }
    const [site] = await this.dataSource.query(
      `SELECT s.id, s.company_id, coalesce(s.label, t.name, s.locality, c.name) AS name, s.lat, s.lon
         FROM company_site s JOIN company c ON c.id = s.company_id LEFT JOIN town t ON t.ags = s.town_ags
        WHERE s.id = $1`,
      [near.toLowerCase()],
    );
    if (!site || (auth.role === 'employer' && site.company_id !== auth.companyId))
      throw invalid('near', 'NOT_FOUND', 'unknown site of your firm');
    return { kind: 'site', id: site.id, name: site.name, lat: Number(site.lat), lon: Number(site.lon) };
  }

  /** The towns within the query's radius of `origin` (undefined without a radius). */
  private async radiusTowns(
    query: CandidateSearchQuery,
    origin: GeoPoint | null,
  ): Promise<string[] | undefined> {
    return origin && query.radiusKm !== undefined ? this.towns.within(origin, query.radiusKm) : undefined;
  }

  async search(
    auth: AuthContext,
    query: CandidateSearchQuery,
    meta: RequestMeta,
  ): Promise<CandidateSearchResponse> {
    if (query.radiusKm !== undefined && !query.near) throw invalid('radiusKm', 'REQUIRED', 'needs near');
    if (query.sort === 'distance' && !query.near) throw invalid('sort', 'REQUIRED', 'distance needs near');
    // The firm's check runs beside the index query (one round trip less); nothing is shown, logged
    // or counted before it passed, and when it fails its error is the answer, whatever else failed.
    const facetNames = Object.keys(FACETS) as Array<keyof CandidateSearchFacets>;
    const { origin, result } = await besideCheck(this.access.assertCanSearch(auth), async () => {
      const origin = await this.origin(auth, query.near);
      const offset = (query.page - 1) * query.pageSize;
      const window = {
        offset: Math.min(offset, CANDIDATE_SEARCH_MAX_HITS),
        limit:
          offset >= CANDIDATE_SEARCH_MAX_HITS
            ? 0
            : Math.min(query.pageSize, CANDIDATE_SEARCH_MAX_HITS - offset),
      };
      const radiusTowns = await this.radiusTowns(query, origin);
      const q = query.q?.trim() ?? '';
      const filter = candidateFilter(query, origin, Date.now(), radiusTowns);
      const facetsAsked = facetNames.map((f) => FACETS[f]);
      const result =
        query.sort === 'distance' && origin
          ? await this.byDistance(q, filter, facetsAsked, origin, radiusTowns, window)
          : await this.searchIndex.query<CandidateDocument>(CANDIDATES_INDEX, q, {
              filter,
              facets: facetsAsked,
              sort: query.sort === 'newest' ? ['publishedAtTs:desc'] : undefined,
              ...window,
              attributesToRetrieve: RETRIEVED,
            });
      return { origin, result };
    });
    // Counted for the district report (month, town, field only).
    await this.reports.countSearch(auth, query);
    const words = queryWords(query.q);
    const asked = new Set(query.competences ?? []);
    // A profile hidden a moment ago (consent withdrawn, erased, unpublished) is never shown, even
    // before the worker removed its document, nor one whose candidate blocked this firm: the page
    // is checked against PostgreSQL and logged in one statement — only what is shown is counted.
    const companyId = auth.role === 'employer' ? auth.companyId : null;
    const visible = await this.accessLog.showAndRecordAppearances(
      auth,
      result.hits.map((h) => h.id),
      'list_pseudonymous_profiles',
      meta,
      (param) =>
        `${visibleToEmployersSql('p')} AND NOT EXISTS (SELECT 1 FROM contact_block b WHERE b.candidate_id = p.candidate_id AND b.company_id = ${param(companyId)}::uuid)`,
    );
    const shown = result.hits.filter((h) => visible.has(h.id));
    const towns = origin ? await this.towns.all() : null;
    const hits = shown.map((doc) => this.toHit(doc, asked, words, origin, towns));
    const facets = Object.fromEntries(
      facetNames.map((name) => [
        name,
        this.facet(result.facetDistribution[FACETS[name]], name === 'competences' ? 30 : 100),
      ]),
    ) as unknown as CandidateSearchFacets;
    return {
      total: Math.min(result.estimatedTotalHits, CANDIDATE_SEARCH_MAX_HITS),
      page: query.page,
      pageSize: query.pageSize,
      near: origin
        ? ({ kind: origin.kind, id: origin.id, name: origin.name } satisfies SearchOriginResponse)
        : null,
      hits,
      facets,
    };
  }

  /**
   * A page sorted by distance. A candidate's place is their home town's centre, so the order is
   * town by town, nearest first (relevance within a town), and candidates without a known town
   * last. Two requests to the index: the facets with each town's count, then the page's towns.
   */
  private async byDistance(
    q: string,
    filter: string[],
    facets: string[],
    origin: GeoPoint,
    radiusTowns: string[] | undefined,
    window: { offset: number; limit: number },
  ): Promise<QueryResult<CandidateDocument>> {
    const ordered = (await this.towns.byDistance(origin, radiusTowns)).map((t) => t.ags);
    const chunks: string[][] = [];
    for (let i = 0; i < ordered.length; i += TOWN_COUNT_CHUNK)
      chunks.push(ordered.slice(i, i + TOWN_COUNT_CHUNK));
    const elsewhere = [...filter, `NOT homeTownAgs IN ${list(ordered)}`];
    const [main, ...counted] = await this.searchIndex.multiQuery<CandidateDocument>(CANDIDATES_INDEX, [
      { q, params: { filter, facets, limit: 0 } },
      // Facet values per query are capped (faceting.maxValuesPerFacet): towns are counted in chunks.
      ...chunks.map((chunk) => ({
        q,
        params: { filter: [...filter, `homeTownAgs IN ${list(chunk)}`], facets: ['homeTownAgs'], limit: 0 },
      })),
      ...(radiusTowns ? [] : [{ q, params: { filter: elsewhere, limit: 0 } }]),
    ]);
    const counts = new Map<string, number>();
    for (const result of counted.slice(0, chunks.length))
      for (const [ags, count] of Object.entries(result.facetDistribution['homeTownAgs'] ?? {}))
        counts.set(ags, count);
    const groups: Array<{ key: string | null; count: number }> = ordered.map((ags) => ({
      key: ags,
      count: counts.get(ags) ?? 0,
    }));
    if (!radiusTowns) groups.push({ key: null, count: counted[chunks.length]!.estimatedTotalHits });
    const slices = pageSlices(groups, window.offset, window.limit);
    const pages = await this.searchIndex.multiQuery<CandidateDocument>(
      CANDIDATES_INDEX,
      slices.map((slice) => ({
        q,
        params: {
          filter: slice.key === null ? elsewhere : [...filter, `homeTownAgs = ${quote(slice.key)}`],
          offset: slice.offset,
          limit: slice.limit,
          attributesToRetrieve: RETRIEVED,
        },
      })),
    );
    return { ...main, hits: pages.flatMap((page) => page.hits) };
  }

  /**
   * Only the ranked candidate ids of a search, without facets, by relevance or newest first (a
   * saved search's alert run); appearances are the caller's to log.
   */
  async searchIds(
    query: CandidateSearchQuery,
    origin: SearchOrigin | null,
    options: { offset: number; limit: number },
  ): Promise<CandidateSearchPage> {
    const result = await this.searchIndex.query<CandidateDocument>(CANDIDATES_INDEX, query.q?.trim() ?? '', {
      filter: candidateFilter(query, origin, Date.now(), await this.radiusTowns(query, origin)),
      sort: query.sort === 'newest' ? ['publishedAtTs:desc'] : undefined,
      offset: options.offset,
      limit: options.limit,
      attributesToRetrieve: ['id'],
    });
    return { ids: result.hits.map((h) => h.id), total: result.estimatedTotalHits };
  }

  /**
   * The employer list (GET /api/profiles) over the index: by home town and occupation (wished, as
   * a competence, or as work experience), newest confirmation first. Waits briefly for pending
   * changes so a list read right after a change shows it.
   */
  async listIds(filter: {
    town?: string;
    occupation?: string;
    offset: number;
    limit: number;
  }): Promise<CandidateSearchPage> {
    await this.outbox.caughtUp('candidate');
    const filters = [`visibleUntilTs > ${Date.now()}`];
    if (filter.town) filters.push(`homeTownAgs = ${quote(filter.town)}`);
    if (filter.occupation) {
      const code = quote(filter.occupation);
      filters.push(`(occupations = ${code} OR competences = ${code} OR experienceOccupations = ${code})`);
    }
    const result = await this.searchIndex.query<CandidateDocument>(CANDIDATES_INDEX, '', {
      filter: filters,
      // visibleUntilTs is the confirmation plus a fixed period: newest confirmation first.
      sort: ['visibleUntilTs:desc', 'pseudonym:asc'],
      offset: Math.min(filter.offset, CANDIDATE_SEARCH_MAX_HITS),
      limit:
        filter.offset >= CANDIDATE_SEARCH_MAX_HITS
          ? 0
          : Math.min(filter.limit, CANDIDATE_SEARCH_MAX_HITS - filter.offset),
      attributesToRetrieve: ['id'],
    });
    return { ids: result.hits.map((h) => h.id), total: result.estimatedTotalHits };
  }

  private facet(distribution: Record<string, number> | undefined, limit: number): FacetValueResponse[] {
    return Object.entries(distribution ?? {})
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
      .slice(0, limit);
  }

  private toHit(
    doc: CandidateDocument,
    asked: Set<string>,
    words: string[],
    origin: GeoPoint | null,
    towns: ReadonlyMap<string, GeoPoint> | null,
  ): CandidateSearchHit {
    const home = doc.homeTownAgs ? towns?.get(doc.homeTownAgs) : undefined;
    const matched: MatchedCompetenceResponse[] = doc.competenceDetails
      .flatMap((c) => {
        const byFilter = asked.has(c.code);
        const byWords = Object.values(c.labels).some((l) => l && labelMatches(l.text, words));
        return byFilter || byWords
          ? [{ code: c.code, labels: c.labels, evidence: c.evidence, level: c.level, byFilter }]
          : [];
      })
      .sort((a, b) => EVIDENCE_RANK[b.evidence] - EVIDENCE_RANK[a.evidence]);
    return {
      pseudonym: doc.pseudonym,
      matchedCompetences: matched,
      competenceCount: doc.competenceDetails.length,
      wishedOccupations: doc.occupationDetails,
      germanLevel: doc.germanLevel,
      mathsLevel: doc.mathsLevel,
      computerLevel: doc.computerLevel,
      kindsWished: doc.kindsWished,
      availableFrom: doc.availableFrom,
      townName: doc.homeTownName,
      distanceKm: origin && home ? Math.round(distanceKm(origin, home) * 10) / 10 : null,
      travelKm: doc.travelKm,
      drivingLicences: doc.drivingLicences,
      mayWork: doc.mayWork,
    };
  }
}
