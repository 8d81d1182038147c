import { Inject, Injectable, Logger, type OnModuleInit, type Type } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isUiLanguage, type UiLanguage } from '@passgenau/domain';
import type { AuthContext, RequestMeta } from '../../common/auth-context';
import { AUTH_SETTINGS, type AuthSettings } from '../../common/auth-settings';
import { DomainError } from '../../common/domain-error';
import { createValidationPipe } from '../../common/validation';
import { AccessLogService } from '../audit/access-log.service';
import { CandidateAccessPolicy } from '../candidates/candidate-access.service';
import { CandidateSearchService } from '../candidate-search/candidate-search.service';
import {
  CANDIDATE_SEARCH_MAX_HITS,
  CandidateSearchQuery,
} from '../candidate-search/dto/candidate-search.query';
import type { CandidateSearchResponse } from '../candidate-search/dto/candidate-search.response';
import { JobBoardQuery } from '../companies/job-board/dto/job-board.query';
import type { JobBoardPage } from '../companies/job-board/dto/job-board.response';
import { JobBoardService } from '../companies/job-board/job-board.service';
import { QUEUES } from '../jobs/job-queue';
import { JobsService } from '../jobs/jobs.service';
import { MailService } from '../mail/mail.service';
import { SearchOutboxWorker } from '../matching-index/search-outbox.worker';
import {
  SAVED_SEARCHES_MAX,
  type CreateSavedSearchDto,
  type SavedSearchAlertResponse,
  type SavedSearchResponse,
} from './dto/saved-search.dto';
import { digestBody, SAVED_SEARCH_DIGEST, type DigestSection } from './saved-search-mail-texts';
import type { SavedSearchKind } from './saved-search.entities';
import { SavedSearchesMessage } from './saved-searches.errors';
import { SavedSearchesRepository, type AlertRow, type SavedSearchRow } from './saved-searches.repository';

/** Offer searches look at this many of the newest matching offers per run. */
const OFFER_ALERT_WINDOW = 100;

const validation = createValidationPipe();

function notFound(): DomainError {
  return new DomainError('NOT_FOUND', SavedSearchesMessage.NOT_FOUND, [
    { field: 'id', code: 'NOT_FOUND', message: 'no such saved search' },
  ]);
}

/**
 * Saved searches and their alerts.
 *
 * "New" (decided here): a result is new for a saved search when it is in the search's results at
 * a run of the alert job (the same index query as the search itself, checked against PostgreSQL:
 * visible to employers now, or listed on the job board now) and was in them neither when the
 * search was saved (the baseline) nor at any earlier run. So every candidate or offer alerts a
 * saved search at most once, whether it was just published, became visible again (consent,
 * reconfirmation) or newly matches after a change. Candidate searches look at the 500 newest
 * matching profiles (the search's own limit), offer searches at the 100 newest offers.
 *
 * The job runs hourly from 07:20 to 20:20 (Europe/Berlin). New alerts show in the app at once;
 * the digest mail goes out at the first run of a day that has alerts not yet mailed, so each
 * account gets at most one digest a day (saved_search_digest has one row per account and day).
 */
@Injectable()
export class SavedSearchesService implements OnModuleInit {
  private readonly logger = new Logger(SavedSearchesService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: SavedSearchesRepository,
    private readonly candidateSearch: CandidateSearchService,
    private readonly board: JobBoardService,
    private readonly access: CandidateAccessPolicy,
    private readonly accessLog: AccessLogService,
    private readonly outbox: SearchOutboxWorker,
    private readonly mail: MailService,
    private readonly jobs: JobsService,
    @Inject(AUTH_SETTINGS) private readonly settings: AuthSettings,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: QUEUES.savedSearchAlerts,
      cron: '20 7-20 * * *',
      handle: async () => void (await this.runAlerts()),
    });
  }

  async list(auth: AuthContext): Promise<SavedSearchResponse[]> {
    return (await this.repository.list(auth.accountId)).map((r) => this.toResponse(r, r.alerts));
  }

  async create(auth: AuthContext, dto: CreateSavedSearchDto): Promise<SavedSearchResponse> {
    this.assertKindForRole(auth, dto.kind);
    let candidateId: string | null = null;
    if (dto.kind === 'candidates') {
      await this.access.assertCanSearch(auth);
      if (dto.candidateId !== undefined)
        throw this.invalid('candidateId', 'NOT_ALLOWED', 'only offer searches are for a candidate');
    } else if (auth.role === 'candidate') {
      if (dto.candidateId !== undefined && dto.candidateId !== auth.candidateId)
        throw this.invalid('candidateId', 'NOT_ALLOWED', 'candidates save searches for themselves');
      candidateId = auth.candidateId;
    } else if (dto.candidateId !== undefined) {
      await this.access.assertCanRead(auth, dto.candidateId);
      candidateId = dto.candidateId;
    }
    const query = await this.storedQuery(dto.kind, dto.query);
    if (dto.kind === 'candidates')
      await this.candidateSearch.origin(auth, query['near'] as string | undefined);
    const row = await this.dataSource.transaction(async (manager) => {
      // One at a time per account, so the limit holds.
      await manager.query(`SELECT 1 FROM account WHERE id = $1 FOR UPDATE`, [auth.accountId]);
      if ((await this.repository.count(auth.accountId, manager)) >= SAVED_SEARCHES_MAX)
        throw new DomainError('SAVED_SEARCH_LIMIT_REACHED', SavedSearchesMessage.LIMIT_REACHED, [
          {
            field: 'name',
            code: 'TOO_MANY',
            message: `at most ${SAVED_SEARCHES_MAX} saved searches`,
            limit: SAVED_SEARCHES_MAX,
          },
        ]);
      return this.repository.insert(
        { accountId: auth.accountId, kind: dto.kind, name: dto.name.trim() || dto.name, query, candidateId },
        manager,
      );
    });
    // What the search finds now is the baseline: never an alert.
    const found = await this.findNow(row, auth);
    if (found) await this.repository.recordFound(row.id, row.kind, found, true);
    return this.toResponse(row, 0);
  }

  async rename(auth: AuthContext, id: string, name: string): Promise<SavedSearchResponse> {
    const row = await this.repository.rename(auth.accountId, id, name.trim() || name);
    if (!row) throw notFound();
    return (await this.list(auth)).find((s) => s.id === id) ?? this.toResponse(row, 0);
  }

  async delete(auth: AuthContext, id: string): Promise<void> {
    if (!(await this.repository.delete(auth.accountId, id))) throw notFound();
  }

  /** Runs a saved candidate search: exactly GET /api/candidate-search with the stored filters. */
  async runCandidates(
    auth: AuthContext,
    id: string,
    page: { page: number; pageSize: number },
    meta: RequestMeta,
  ): Promise<CandidateSearchResponse> {
    const row = await this.own(auth, id, 'candidates');
    const query = await this.validate(CandidateSearchQuery, { ...row.query, ...page }, 'query');
    return this.candidateSearch.search(auth, query, meta);
  }

  /** Runs a saved offer search: exactly GET /api/job-board/offers with the stored filters. */
  async runOffers(
    auth: AuthContext,
    id: string,
    page: { page: number; pageSize: number },
  ): Promise<JobBoardPage> {
    const row = await this.own(auth, id, 'offers');
    const query = await this.validate(JobBoardQuery, { ...row.query, ...page }, 'query');
    return this.board.search(query);
  }

  /** The account's alerts, newest first: pseudonyms and offer titles only; each pseudonym shown is logged. */
  async alerts(auth: AuthContext, meta: RequestMeta): Promise<SavedSearchAlertResponse[]> {
    const rows = await this.repository.alerts(auth.accountId);
    await this.accessLog.recordAppearances(
      auth,
      rows.flatMap((r) => (r.candidate_id ? [r.candidate_id] : [])),
      'list_pseudonymous_profiles',
      meta,
    );
    return rows.map((r) => ({
      savedSearchId: r.saved_search_id,
      savedSearchName: r.saved_search_name,
      kind: r.kind,
      pseudonym: r.pseudonym,
      offerId: r.offer_id,
      offerTitle: r.offer_title,
      foundAt: new Date(r.found_at).toISOString(),
      mailed: r.mailed_at !== null,
    }));
  }

  /**
   * The alert job: runs every saved search for new results, then writes the digests due. Returns
   * how many alerts were found and how many digests written.
   */
  async runAlerts(): Promise<{ alerts: number; digests: number }> {
    // Changes written before the run reach the indexes first (the job may wait; a request would not).
    await this.outbox.caughtUp('candidate', 30_000);
    await this.outbox.caughtUp('offer', 30_000);
    let alerts = 0;
    for (const row of await this.repository.runnable()) {
      const owner: AuthContext = {
        accountId: row.account_id,
        role: row.role as AuthContext['role'],
        displayName: row.display_name,
        sessionId: '',
        companyId: row.company_id,
        companyRole: null,
        candidateId: null,
        via: 'bearer',
      };
      try {
        const found = await this.findNow(row, owner);
        if (found) alerts += (await this.repository.recordFound(row.id, row.kind, found, false)).length;
        await this.repository.markRun(row.id);
      } catch (error) {
        // A stored filter that no longer validates (a deleted site, a changed filter list): skipped.
        this.logger.warn({ err: error, savedSearchId: row.id }, 'saved search not run');
      }
    }
    return { alerts, digests: await this.sendDigests() };
  }

  /** One digest per account and day with every alert not yet mailed. */
  async sendDigests(): Promise<number> {
    let sent = 0;
    for (const recipient of await this.repository.digestRecipients()) {
      const wrote = await this.dataSource.transaction(async (manager) => {
        const rows = await this.repository.unmailedAlerts(recipient.account_id, manager);
        if (rows.length === 0) return false;
        if (!(await this.repository.claimDigest(recipient.account_id, rows.length, manager))) return false;
        const lang: UiLanguage = isUiLanguage(recipient.preferred_language)
          ? recipient.preferred_language
          : 'de';
        await this.mail.write(
          {
            to: recipient.email,
            subject: SAVED_SEARCH_DIGEST[lang].subject,
            body: digestBody(lang, this.sections(rows), `${this.settings.publicUrl}/saved-searches`),
          },
          manager,
        );
        await this.repository.markMailed(recipient.account_id, manager);
        return true;
      });
      if (wrote) sent++;
    }
    return sent;
  }

  private sections(rows: AlertRow[]): DigestSection[] {
    const bySearch = new Map<string, DigestSection>();
    for (const r of rows) {
      const section = bySearch.get(r.saved_search_id) ?? {
        name: r.saved_search_name,
        kind: r.kind,
        items: [],
      };
      bySearch.set(r.saved_search_id, section);
      section.items.push((r.kind === 'candidates' ? r.pseudonym : r.offer_title) ?? '');
    }
    return [...bySearch.values()];
  }

  /** The ids the saved search finds now (visible candidates / listed offers). */
  private async findNow(row: SavedSearchRow, owner: AuthContext): Promise<string[] | null> {
    if (row.kind === 'candidates') {
      const query = await this.validate(CandidateSearchQuery, { ...row.query, sort: 'newest' }, 'query');
      const origin = await this.candidateSearch.origin(owner, query.near);
      const page = await this.candidateSearch.searchIds(query, origin, {
        offset: 0,
        limit: CANDIDATE_SEARCH_MAX_HITS,
      });
      const visible = await this.repository.visibleCandidates(page.ids);
      return page.ids.filter((id) => visible.has(id));
    }
    const query = await this.validate(
      JobBoardQuery,
      { ...row.query, page: 1, pageSize: OFFER_ALERT_WINDOW },
      'query',
    );
    const page = await this.board.search(query);
    return page.items.map((i) => i.id);
  }

  private async own(auth: AuthContext, id: string, kind: SavedSearchKind): Promise<SavedSearchRow> {
    const row = await this.repository.findOwn(auth.accountId, id);
    if (!row || row.kind !== kind) throw notFound();
    return row;
  }

  private assertKindForRole(auth: AuthContext, kind: SavedSearchKind): void {
    const allowed =
      kind === 'candidates' ? auth.role === 'employer' : auth.role === 'candidate' || auth.role === 'mentor';
    if (!allowed)
      throw this.invalid(
        'kind',
        'NOT_ALLOWED',
        kind === 'candidates'
          ? 'candidate searches are for employers'
          : 'offer searches are for candidates and mentors',
      );
  }

  /** The filters validated as the search itself validates them, stored without paging. */
  private async storedQuery(
    kind: SavedSearchKind,
    raw: Record<string, unknown>,
  ): Promise<Record<string, unknown>> {
    if ('page' in raw || 'pageSize' in raw)
      throw this.invalid(
        'page' in raw ? 'query.page' : 'query.pageSize',
        'UNKNOWN_FIELD',
        'a saved search has no page',
      );
    const instance =
      kind === 'candidates'
        ? await this.validate(CandidateSearchQuery, raw, 'query')
        : await this.validate(JobBoardQuery, raw, 'query');
    const plain = JSON.parse(JSON.stringify(instance)) as Record<string, unknown>;
    delete plain['page'];
    delete plain['pageSize'];
    return plain;
  }

  private async validate<T extends object>(
    type: Type<T>,
    value: Record<string, unknown>,
    prefix: string,
  ): Promise<T> {
    try {
      return (await validation.transform(value, { type: 'query', metatype: type, data: '' })) as T;
    } catch (error) {
      if (error instanceof DomainError && error.errors) {
        const errors = error.errors.map((e) => ({ ...e, field: `${prefix}.${e.field}` }));
        throw new DomainError(
          error.code,
          `Invalid input: ${[...new Set(errors.map((e) => e.field))].join(', ')}`,
          errors,
        );
      }
      throw error;
    }
  }

  private invalid(field: string, code: 'NOT_ALLOWED' | 'UNKNOWN_FIELD', message: string): DomainError {
    return new DomainError('VALIDATION_FAILED', `Invalid input: ${field}`, [{ field, code, message }]);
  }

  private toResponse(row: SavedSearchRow, alerts: number): SavedSearchResponse {
    return {
      id: row.id,
      kind: row.kind,
      name: row.name,
      query: row.query,
      candidateId: row.candidate_id,
      createdAt: new Date(row.created_at).toISOString(),
      updatedAt: new Date(row.updated_at).toISOString(),
      alerts,
    };
  }
}
