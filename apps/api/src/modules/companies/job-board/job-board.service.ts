import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  CEFR_LEVELS,
  distanceKm,
  occupationalField,
  type CompanySizeBand,
  type OccupationalField,
  type OfferKind,
  type RecordSource,
} from '@passgenau/domain';
import type { AuthContext } from '../../../common/auth-context';
import { DomainError } from '../../../common/domain-error';
import { CandidateAccess } from '../../candidates/candidate-access.service';
import { CompaniesMessage } from '../companies.errors';
import { invalid, notFound } from '../company-access';
import { loadConcepts, type ConceptInfo } from '../../taxonomy/concept-labels';
import { conceptRef, germanMinimumOf, hoursOf, occupationRef } from '../offers/offers.mapper';
import { OffersRepository } from '../offers/offers.repository';
import { logoUrl } from '../profile/companies.mapper';
import { CompaniesService } from '../profile/companies.service';
import type { CandidateInterestItem, OfferInterestResponse } from './dto/interest.dto';
import type { JobBoardQuery } from './dto/job-board.query';
import type { JobBoardOfferDetail, JobBoardOfferItem, JobBoardPage } from './dto/job-board.response';
import { JobBoardRepository, type JobBoardRow } from './job-board.repository';
import { OFFERS_INDEX, type OfferDocument } from '../../matching-index/documents';
import { SearchOutboxWorker } from '../../matching-index/search-outbox.worker';
import { SEARCH_INDEX, type SearchIndex } from '../../../search/search-index';
import { quote } from '../../../search/filter-syntax';

/** The public board answers the same query from memory for this long (not in tests). */
/** How long a board page is kept (off in tests, which read their own writes at once). */
export const BOARD_CACHE_MS = process.env['NODE_ENV'] === 'test' ? 0 : 5_000;
const BOARD_CACHE_ENTRIES = 500;

const BERLIN_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' });

/** Today in the district (Europe/Berlin) as days since 1970-01-01. */
function berlinDay(now = new Date()): number {
  const date = BERLIN_DAY.format(now);
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
}

/** The public job board (district integration plan 2.7: offers must reach their addressees). */
@Injectable()
export class JobBoardService {
  private fieldGroups: Promise<Map<OccupationalField, string[]>> | null = null;
  private readonly cache = new Map<string, { until: number; page: Promise<JobBoardPage> }>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly board: JobBoardRepository,
    private readonly offers: OffersRepository,
    private readonly companies: CompaniesService,
    private readonly candidateAccess: CandidateAccess,
    @Inject(SEARCH_INDEX) private readonly searchIndex: SearchIndex,
    private readonly outbox: SearchOutboxWorker,
  ) {}

  /** Found in the offers index (words, filters, distance), shown from PostgreSQL; cached a few seconds. */
  search(query: JobBoardQuery): Promise<JobBoardPage> {
    if (BOARD_CACHE_MS === 0) return this.searchNow(query);
    const key = JSON.stringify(query);
    const now = Date.now();
    const cached = this.cache.get(key);
    if (cached && cached.until > now) return cached.page;
    const page = this.searchNow(query);
    if (this.cache.size >= BOARD_CACHE_ENTRIES) this.cache.clear();
    this.cache.set(key, { until: now + BOARD_CACHE_MS, page });
    page.catch(() => this.cache.delete(key));
    return page;
  }

  private async searchNow(query: JobBoardQuery): Promise<JobBoardPage> {
    const near = await this.companies.nearTown(query.nearTown, query.radiusKm);
    await this.outbox.caughtUp('offer');
    const filters = [`closesOnDay >= ${berlinDay()}`];
    if (query.townAgs) filters.push(`siteTownAgs = ${quote(query.townAgs)}`);
    if (query.kind?.length) filters.push(`kind IN [${query.kind.map(quote).join(', ')}]`);
    if (query.field) filters.push(`occupationalField = ${quote(query.field)}`);
    if (query.iscoGroup) filters.push(`iscoGroups = ${quote(query.iscoGroup)}`);
    if (query.occupationCode) filters.push(`occupationCode = ${quote(query.occupationCode)}`);
    if (query.suitableForCareerChangers) filters.push(`suitableForCareerChangers = true`);
    if (query.maxGermanLevel)
      filters.push(`germanMinRank <= ${CEFR_LEVELS.indexOf(query.maxGermanLevel) + 1}`);
    if (near && query.radiusKm !== undefined)
      filters.push(`_geoRadius(${near.lat}, ${near.lon}, ${Math.round(query.radiusKm * 1000)})`);
    const offset = (query.page - 1) * query.pageSize;
    const result = await this.searchIndex.query<OfferDocument>(OFFERS_INDEX, query.q?.trim() ?? '', {
      filter: filters,
      sort: near ? [`_geoPoint(${near.lat}, ${near.lon}):asc`, 'publishedAtTs:desc'] : ['publishedAtTs:desc'],
      offset,
      limit: query.pageSize,
      attributesToRetrieve: ['id'],
    });
    const rows = (await this.board.findListedMany(result.hits.map((h) => h.id))).map((row) => ({
      ...row,
      distance_km:
        near && row.site_lat !== null && row.site_lon !== null
          ? distanceKm(near, { lat: Number(row.site_lat), lon: Number(row.site_lon) })
          : null,
    }));
    const total = result.estimatedTotalHits;
    const concepts = await loadConcepts(
      this.dataSource.manager,
      rows.map((r) => r.occupation_code),
    );
    return {
      total,
      page: query.page,
      pageSize: query.pageSize,
      near: near ? { ags: near.ags, name: near.name } : null,
      items: rows.map((row) => this.toItem(row, concepts, false)),
    };
  }

  async detail(auth: AuthContext | null, offerId: string): Promise<JobBoardOfferDetail> {
    const row = await this.board.findListed(offerId);
    if (!row) throw notFound(CompaniesMessage.OFFER_NOT_FOUND);
    const competences = await this.offers.competences([row.id]);
    const concepts = await loadConcepts(this.dataSource.manager, [
      row.occupation_code,
      ...competences.map((c) => c.skill_code),
    ]);
    const company = await this.board.companyProfile(row.company_id);
    const markedAt =
      auth?.role === 'candidate' && auth.candidateId
        ? await this.board.interestMarkedAt(row.id, auth.candidateId)
        : null;
    return {
      ...this.toItem(row, concepts, true),
      description: row.description,
      descriptionLang: row.description_lang,
      requiredCompetences: competences
        .filter((c) => c.required)
        .map((c) => conceptRef(c.skill_code, concepts)),
      niceToHaveCompetences: competences
        .filter((c) => !c.required)
        .map((c) => conceptRef(c.skill_code, concepts)),
      helpfulLanguages: row.helpful_languages,
      companyProfile: {
        wzSection: company.wz_section,
        sizeBand: company.size_band as CompanySizeBand | null,
        website: company.website,
        languages: company.languages,
        canHostInterpreters: company.can_host_interpreters,
        needsInterpreters: company.needs_interpreters,
      },
      interestMarkedAt: markedAt?.toISOString() ?? null,
    };
  }

  async markInterest(
    auth: AuthContext,
    offerId: string,
    candidateId: string | undefined,
  ): Promise<OfferInterestResponse> {
    const candidate = await this.actingFor(auth, candidateId);
    if (!(await this.board.findListed(offerId))) throw notFound(CompaniesMessage.OFFER_NOT_FOUND);
    const row = await this.board.markInterest(offerId, candidate, auth.accountId);
    const candidateAccount = await this.board.candidateAccountId(candidate);
    return {
      offerId,
      candidateId: candidate,
      markedAt: row.marked_at.toISOString(),
      markedOnBehalf: row.marked_by_account_id !== null && row.marked_by_account_id !== candidateAccount,
    };
  }

  async unmarkInterest(auth: AuthContext, offerId: string, candidateId: string | undefined): Promise<void> {
    const candidate = await this.actingFor(auth, candidateId);
    if (!(await this.board.offerExists(offerId))) throw notFound(CompaniesMessage.OFFER_NOT_FOUND);
    await this.board.unmarkInterest(offerId, candidate);
  }

  async interests(auth: AuthContext, candidateId: string | undefined): Promise<CandidateInterestItem[]> {
    const candidate = await this.actingFor(auth, candidateId);
    const rows = await this.board.interestsOf(candidate);
    return rows.map((r) => ({
      offerId: r.offer_id,
      candidateId: candidate,
      markedAt: r.marked_at.toISOString(),
      markedOnBehalf: r.marked_by_account_id !== null && r.marked_by_account_id !== r.candidate_account_id,
      title: r.title,
      kind: r.kind as OfferKind,
      companyId: r.company_id,
      companyName: r.company_name,
      listed: r.listed,
    }));
  }

  /** Candidates act for themselves; mentors for a candidate who authorised them. */
  private async actingFor(auth: AuthContext, candidateId: string | undefined): Promise<string> {
    const candidate = candidateId ?? (auth.role === 'candidate' ? auth.candidateId : null);
    if (!candidate) {
      if (auth.role === 'mentor')
        throw invalid(
          'candidateId',
          'REQUIRED',
          'candidateId is required when a mentor acts for a candidate',
        );
      throw new DomainError('JOB_BOARD_CANDIDATE_REQUIRED', CompaniesMessage.CANDIDATE_REQUIRED);
    }
    await this.candidateAccess.assert(auth, candidate, 'act');
    return candidate;
  }

  private toItem(row: JobBoardRow, concepts: Map<string, ConceptInfo>, detail: boolean): JobBoardOfferItem {
    return {
      id: row.id,
      kind: row.kind,
      title: row.title,
      company: {
        id: row.company_id,
        name: row.company_name,
        logoUrl: logoUrl(row.company_id, row.company_logo_sha256),
      },
      place:
        row.site_lat === null || row.site_lon === null
          ? null
          : {
              townAgs: row.site_town_ags,
              townName: row.site_town_name,
              locality: row.site_locality,
              postalCode: row.site_postal_code,
              street: detail ? row.site_street : null,
              lat: row.site_lat,
              lon: row.site_lon,
            },
      distanceKm:
        row.distance_km === null || row.distance_km === undefined
          ? null
          : Math.round(row.distance_km * 10) / 10,
      occupation: occupationRef(row.occupation_code, concepts),
      germanMinimum: germanMinimumOf(row),
      startsOn: row.starts_on,
      hoursPerWeek: hoursOf(row),
      durationWeeks: row.duration_weeks,
      places: row.places,
      closesOn: row.closes_on,
      suitableForCareerChangers: row.suitable_for_career_changers,
      source: row.source as RecordSource,
      externalUrl: row.external_url,
      publishedAt: row.published_at?.toISOString() ?? null,
    };
  }

  /** ISCO-08 unit groups per occupational field, for occupations without a curated field. */
  private iscoGroupsByField(): Promise<Map<OccupationalField, string[]>> {
    this.fieldGroups ??= this.board.iscoUnitGroups().then((codes) => {
      const map = new Map<OccupationalField, string[]>();
      for (const code of codes) {
        const field = occupationalField(null, code);
        map.set(field, [...(map.get(field) ?? []), code]);
      }
      return map;
    });
    this.fieldGroups.catch(() => (this.fieldGroups = null));
    return this.fieldGroups;
  }
}
