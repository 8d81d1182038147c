import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { districtDate, isUiLanguage } from '@passgenau/domain';
import type { AuthContext, RequestMeta } from '../../common/auth-context';
import { AUTH_SETTINGS, type AuthSettings } from '../../common/auth-settings';
import { DomainError } from '../../common/domain-error';
import { AccessLogService } from '../audit/access-log.service';
import { CandidateAccessPolicy } from '../candidates/candidate-access.service';
import { CandidatesMessage } from '../candidates/candidates.errors';
import { QUEUES } from '../jobs/job-queue';
import { JobsService } from '../jobs/jobs.service';
import { MailService } from '../mail/mail.service';
import { ProfileLoader } from '../profiles/profile.loader';
import { CONTACT_REQUEST_MAIL, ON_BEHALF_MAIL } from './contact-mail-texts';
import { ContactsMessage } from './contacts.errors';
import { ContactsRepository, type OutcomeRow, type RequestRow } from './contacts.repository';
import type {
  AcceptContactRequestDto,
  AddShortlistEntryDto,
  BrokerQueueResponse,
  ContactSettingsResponse,
  DeclineContactRequestDto,
  DeclineReason,
  EndedReason,
  InboxContactRequestResponse,
  InboxResponse,
  OnBehalfFirmsResponse,
  OutcomeResponse,
  OutcomesResponse,
  OutcomeStage,
  RecordOutcomeDto,
  ReturnContactRequestDto,
  SendContactRequestDto,
  SendOnBehalfContactRequestDto,
  SentContactRequestResponse,
  SentContactRequestsResponse,
  SentRequestsQuery,
  ShortlistEntryResponse,
  ShortlistResponse,
  StaffContactsResponse,
} from './dto/contacts.dto';

export interface ContactSettings {
  /** CONTACT_REQUEST_EXPIRY_DAYS (default 14). */
  expiryDays: number;
  /** CONTACT_REQUESTS_PER_FIRM_PER_DAY (default 20). */
  perFirmPerDay: number;
}

export const CONTACT_SETTINGS = Symbol('CONTACT_SETTINGS');

/** Order of outcome stages: a contact moves forward; both kinds of contract are the same step. */
const STAGE_RANK: Record<OutcomeStage, number> = {
  talk: 1,
  trial: 2,
  apprenticeship_contract: 3,
  employment_contract: 3,
  ended: 4,
};

type EmployerStatus = SentContactRequestResponse['status'];

/** A block shows to the firm as a decline without a reason, so a firm cannot tell it was blocked. */
function employerStatus(status: string): EmployerStatus {
  return (status === 'blocked' ? 'declined' : status) as EmployerStatus;
}

function iso(date: Date | null): string | null {
  return date ? date.toISOString() : null;
}

function toOutcome(row: OutcomeRow): OutcomeResponse {
  return {
    id: row.id,
    stage: row.stage as OutcomeStage,
    occurredOn: row.occurred_on,
    endedReason: row.ended_reason as EndedReason | null,
    recordedByRole: row.recorded_by_role,
    recordedAt: row.created_at.toISOString(),
  };
}

/**
 * From match to placement: shortlists, contact requests (name and chosen contact data reach the
 * firm only once the candidate or an authorised mentor accepts; each such read is logged), blocks,
 * the brokered mode (IBA staff see each request first) and outcomes of accepted contacts.
 */
@Injectable()
export class ContactsService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ContactsRepository,
    private readonly access: CandidateAccessPolicy,
    private readonly accessLog: AccessLogService,
    private readonly loader: ProfileLoader,
    private readonly mail: MailService,
    private readonly jobs: JobsService,
    @Inject(AUTH_SETTINGS) private readonly authSettings: AuthSettings,
    @Inject(CONTACT_SETTINGS) private readonly settings: ContactSettings,
  ) {}

  /** Every hour (at minute 20, Europe/Berlin) open requests past their time are marked expired. */
  onModuleInit(): void {
    this.jobs.register({
      name: QUEUES.contactRequestExpiry,
      cron: '20 * * * *',
      handle: async () => void (await this.repository.expireDue()),
    });
  }

  expireDue(): Promise<number> {
    return this.repository.expireDue();
  }

  // ---------- shortlist ----------

  private async employerCandidate(auth: AuthContext, pseudonym: string): Promise<string> {
    await this.access.assertCanSearch(auth);
    const candidateId = await this.repository.visibleCandidate(pseudonym.toUpperCase(), auth.companyId!);
    if (!candidateId)
      throw new DomainError('CONTACT_CANDIDATE_NOT_FOUND', ContactsMessage.CANDIDATE_NOT_FOUND);
    return candidateId;
  }

  private async ownOffer(
    auth: AuthContext,
    offerId: string | null | undefined,
  ): Promise<{ id: string; title: string } | null> {
    if (!offerId) return null;
    const offer = await this.repository.offerOf(offerId.toLowerCase(), auth.companyId!);
    if (!offer)
      throw new DomainError('CONTACT_OFFER_NOT_FOUND', ContactsMessage.OFFER_NOT_FOUND, [
        { field: 'offerId', code: 'NOT_FOUND', message: 'not an offer of your firm' },
      ]);
    return offer;
  }

  async addToShortlist(
    auth: AuthContext,
    dto: AddShortlistEntryDto,
    meta: RequestMeta,
  ): Promise<{ entry: ShortlistEntryResponse; created: boolean }> {
    const candidateId = await this.employerCandidate(auth, dto.pseudonym);
    const offer = await this.ownOffer(auth, dto.offerId);
    const { id, created } = await this.repository.upsertShortlist({
      companyId: auth.companyId!,
      candidateId,
      offerId: offer?.id ?? null,
      note: dto.note ?? null,
      accountId: auth.accountId,
    });
    const [entry] = await this.shortlistItems(auth, { entryId: id }, meta);
    return { entry: entry!, created };
  }

  async updateShortlistNote(
    auth: AuthContext,
    id: string,
    note: string | null,
    meta: RequestMeta,
  ): Promise<ShortlistEntryResponse> {
    await this.access.assertCanSearch(auth);
    if (!(await this.repository.updateShortlistNote(id, auth.companyId!, note)))
      throw new DomainError('SHORTLIST_ENTRY_NOT_FOUND', ContactsMessage.SHORTLIST_ENTRY_NOT_FOUND);
    const [entry] = await this.shortlistItems(auth, { entryId: id }, meta);
    if (!entry) throw new DomainError('SHORTLIST_ENTRY_NOT_FOUND', ContactsMessage.SHORTLIST_ENTRY_NOT_FOUND);
    return entry;
  }

  async removeFromShortlist(auth: AuthContext, id: string): Promise<void> {
    await this.access.assertCanSearch(auth);
    if (!(await this.repository.removeShortlist(id, auth.companyId!)))
      throw new DomainError('SHORTLIST_ENTRY_NOT_FOUND', ContactsMessage.SHORTLIST_ENTRY_NOT_FOUND);
  }

  async shortlist(
    auth: AuthContext,
    offer: string | undefined,
    meta: RequestMeta,
  ): Promise<ShortlistResponse> {
    await this.access.assertCanSearch(auth);
    const filter =
      offer === 'general'
        ? { general: true }
        : offer
          ? { offerId: (await this.ownOffer(auth, offer))!.id }
          : {};
    return { items: await this.shortlistItems(auth, filter, meta) };
  }

  private async shortlistItems(
    auth: AuthContext,
    filter: { offerId?: string; general?: boolean; entryId?: string },
    meta: RequestMeta,
  ): Promise<ShortlistEntryResponse[]> {
    await this.repository.expireDue();
    const rows = await this.repository.shortlist(auth.companyId!, filter);
    const profiles = new Map(
      (await this.loader.loadMany([...new Set(rows.map((r) => r.candidate_id))])).map((p) => [
        p.candidate.id,
        this.loader.toPseudonymous(p),
      ]),
    );
    const shown = rows.filter((r) => profiles.has(r.candidate_id));
    await this.accessLog.recordAppearances(
      auth,
      shown.map((r) => r.candidate_id),
      'list_shortlist',
      meta,
    );
    return shown.map((r) => ({
      id: r.id,
      offerId: r.offer_id,
      offerTitle: r.offer_title,
      note: r.note,
      addedAt: r.created_at.toISOString(),
      profile: profiles.get(r.candidate_id)!,
      requestStatus: r.request_status ? employerStatus(r.request_status) : null,
    }));
  }

  // ---------- sending ----------

  async send(
    auth: AuthContext,
    dto: SendContactRequestDto,
    meta: RequestMeta,
  ): Promise<SentContactRequestResponse> {
    const candidateId = await this.employerCandidate(auth, dto.pseudonym);
    const offer = await this.ownOffer(auth, dto.offerId);
    const id = await this.insert(
      { companyId: auth.companyId!, candidateId, offerId: offer?.id ?? null, message: dto.message },
      { accountId: auth.accountId, staffAccountId: null },
    );
    return this.sentOne(auth, id, meta);
  }

  /**
   * IBA staff send for a firm (issue 12: a firm finds a candidate on a printed match list at an
   * event). Every rule of the firm's own send applies to that firm: its check, the candidate's
   * visibility to it (its blocks), its offers, the one open request, its daily cap, brokered mode.
   * The firm's people get a mail that a request went out in their name.
   */
  async sendOnBehalf(
    auth: AuthContext,
    dto: SendOnBehalfContactRequestDto,
    meta: RequestMeta,
  ): Promise<SentContactRequestResponse> {
    const companyId = dto.companyId.toLowerCase();
    const firm = await this.repository.firm(companyId);
    if (!firm)
      throw new DomainError('CONTACT_COMPANY_NOT_FOUND', ContactsMessage.COMPANY_NOT_FOUND, [
        { field: 'companyId', code: 'NOT_FOUND', message: 'no firm with this id' },
      ]);
    if (firm.verification_status !== 'verified')
      throw new DomainError('COMPANY_NOT_VERIFIED', CandidatesMessage.COMPANY_NOT_VERIFIED, [
        firm.verification_status === 'rejected'
          ? { code: 'CHECK_REFUSED', field: 'companyId', message: 'check refused' }
          : { code: 'AWAITING_CHECK', field: 'companyId', message: 'check pending' },
      ]);
    const candidateId = await this.repository.visibleCandidate(dto.pseudonym.toUpperCase(), companyId);
    if (!candidateId)
      throw new DomainError('CONTACT_CANDIDATE_NOT_FOUND', ContactsMessage.CANDIDATE_NOT_FOUND);
    let offerId: string | null = null;
    if (dto.offerId) {
      const offer = await this.repository.offerOf(dto.offerId.toLowerCase(), companyId);
      if (!offer)
        throw new DomainError('CONTACT_OFFER_NOT_FOUND', ContactsMessage.OFFER_NOT_FOUND, [
          { field: 'offerId', code: 'NOT_FOUND', message: 'not an offer of this firm' },
        ]);
      offerId = offer.id;
    }
    const id = await this.insert(
      { companyId, candidateId, offerId, message: dto.message },
      { accountId: null, staffAccountId: auth.accountId },
    );
    const row = (await this.repository.request(id))!;
    const [item] = await this.toSent(auth, [row], meta);
    return item!;
  }

  /** Verified firms IBA staff may send for, by name (at most 1,000). */
  async onBehalfFirms(q: string | undefined): Promise<OnBehalfFirmsResponse> {
    return { items: await this.repository.verifiedFirms(q?.trim() || undefined, 1000) };
  }

  /** One request of the firm, under its lock: the one-open rule, the daily cap, brokered mode, the mails. */
  private async insert(
    request: { companyId: string; candidateId: string; offerId: string | null; message: string },
    sender: { accountId: string | null; staffAccountId: string | null },
  ): Promise<string> {
    const { companyId, candidateId, offerId } = request;
    return this.dataSource.transaction(async (manager) => {
      await this.repository.lockCompany(companyId, manager);
      await this.repository.expireDue(manager);
      if (await this.repository.hasPending(companyId, candidateId, offerId, manager))
        throw new DomainError('CONTACT_REQUEST_OPEN', ContactsMessage.REQUEST_OPEN);
      if ((await this.repository.sentToday(companyId, manager)) >= this.settings.perFirmPerDay)
        throw new DomainError('CONTACT_REQUEST_DAILY_CAP', ContactsMessage.DAILY_CAP);
      const brokered = await this.repository.brokered(manager);
      const requestId = await this.repository.insertRequest(
        {
          companyId,
          candidateId,
          offerId,
          accountId: sender.accountId,
          staffAccountId: sender.staffAccountId,
          // Stored as written (only line endings are as sent; nothing is trimmed inside).
          message: request.message,
          brokered,
          expiryDays: this.settings.expiryDays,
        },
        manager,
      );
      if (!brokered) await this.notifyCandidate(requestId, manager);
      if (sender.staffAccountId) await this.notifyFirm(requestId, manager);
      return requestId;
    });
  }

  /** Mails each of the firm's people, in their account language, that IBA staff sent a request in its name. */
  private async notifyFirm(requestId: string, manager: EntityManager): Promise<void> {
    const request = (await this.repository.request(requestId, manager))!;
    for (const person of await this.repository.firmPeople(request.company_id, manager)) {
      const text = ON_BEHALF_MAIL[isUiLanguage(person.preferred_language) ? person.preferred_language : 'de'];
      await this.mail.write(
        {
          to: person.email,
          subject: text.subject,
          body: text.body({
            company: request.company_name,
            staffName: request.sent_by_staff_name ?? '',
            pseudonym: request.pseudonym ?? '',
            offerTitle: request.offer_title,
            message: request.message,
            brokered: request.status === 'awaiting_broker',
            link: `${this.authSettings.publicUrl}/contact-requests/sent`,
          }),
        },
        manager,
      );
    }
  }

  /** Mails the candidate and every authorised mentor, each in their account language. */
  private async notifyCandidate(requestId: string, manager: EntityManager): Promise<void> {
    const request = (await this.repository.request(requestId, manager))!;
    const recipients = await this.repository.recipients(request.candidate_id, manager);
    for (const r of recipients) {
      const text = CONTACT_REQUEST_MAIL[isUiLanguage(r.preferred_language) ? r.preferred_language : 'de'];
      await this.mail.write(
        {
          to: r.email,
          subject: text.subject,
          body: text.body({
            company: request.company_name,
            offerTitle: request.offer_title,
            message: request.message,
            candidateName: r.candidate_name,
            expiresOn: request.expires_at ? districtDate(request.expires_at) : '',
            link: `${this.authSettings.publicUrl}/contact-requests`,
          }),
        },
        manager,
      );
    }
  }

  // ---------- the firm's view ----------

  async sent(
    auth: AuthContext,
    query: SentRequestsQuery,
    meta: RequestMeta,
  ): Promise<SentContactRequestsResponse> {
    await this.repository.expireDue();
    const statuses =
      query.status === 'declined' ? ['declined', 'blocked'] : query.status ? [query.status] : undefined;
    const { total, rows } = await this.repository.sentBy(auth.companyId!, {
      statuses,
      offset: (query.page - 1) * query.pageSize,
      limit: query.pageSize,
    });
    return { total, page: query.page, pageSize: query.pageSize, items: await this.toSent(auth, rows, meta) };
  }

  async sentOne(auth: AuthContext, id: string, meta: RequestMeta): Promise<SentContactRequestResponse> {
    await this.repository.expireDue();
    const row = await this.repository.request(id);
    if (!row || row.company_id !== auth.companyId)
      throw new DomainError('CONTACT_REQUEST_NOT_FOUND', ContactsMessage.REQUEST_NOT_FOUND);
    const [item] = await this.toSent(auth, [row], meta);
    return item!;
  }

  /** Name and chosen contact data only for accepted requests; each request whose data is shown is logged once. */
  private async toSent(
    auth: AuthContext,
    rows: RequestRow[],
    meta: RequestMeta,
  ): Promise<SentContactRequestResponse[]> {
    const accepted = rows.filter((r) => r.status === 'accepted');
    const contacts = await this.repository.contactData(accepted.map((r) => r.candidate_id));
    const outcomes = await this.repository.outcomes(accepted.map((r) => r.id));
    for (const r of accepted) await this.accessLog.record(auth, [r.candidate_id], 'read_contact_data', meta);
    return rows.map((r) => {
      const data = r.status === 'accepted' ? contacts.get(r.candidate_id) : undefined;
      return {
        id: r.id,
        pseudonym: r.pseudonym ?? '',
        offerId: r.offer_id,
        offerTitle: r.offer_title,
        message: r.message,
        status: employerStatus(r.status),
        declineReason: r.status === 'declined' ? (r.decline_reason as DeclineReason | null) : null,
        brokerComment: r.status === 'returned' ? r.broker_comment : null,
        createdAt: r.created_at.toISOString(),
        expiresAt: iso(r.expires_at),
        answeredAt: iso(r.answered_at),
        sentByStaffName: r.sent_by_staff_account_id ? (r.sent_by_staff_name ?? '') : null,
        contact: data
          ? {
              givenName: data.given_name,
              familyName: data.family_name,
              email: r.share_email ? data.email : null,
              phone: r.share_phone ? data.phone : null,
            }
          : null,
        outcomes: (outcomes.get(r.id) ?? []).map(toOutcome),
      };
    });
  }

  // ---------- the candidate's and mentors' view ----------

  async inbox(auth: AuthContext, candidateId: string | undefined, meta: RequestMeta): Promise<InboxResponse> {
    await this.repository.expireDue();
    let candidates: string[];
    if (auth.role === 'candidate') candidates = auth.candidateId ? [auth.candidateId] : [];
    else candidates = await this.repository.mentoredCandidates(auth.accountId);
    if (candidateId) {
      if (!candidates.includes(candidateId.toLowerCase()))
        throw new DomainError('NOT_FOUND', 'No candidate with this id, or you may not act for them.');
      candidates = [candidateId.toLowerCase()];
    }
    const rows = await this.repository.inbox(candidates);
    await this.accessLog.recordAppearances(
      auth,
      rows.map((r) => r.candidate_id),
      'list_mentor_candidates',
      meta,
    );
    const outcomes = await this.repository.outcomes(rows.map((r) => r.id));
    return { items: rows.map((r) => this.toInbox(r, outcomes.get(r.id) ?? [])) };
  }

  private toInbox(r: RequestRow, outcomes: OutcomeRow[]): InboxContactRequestResponse {
    return {
      id: r.id,
      candidateId: r.candidate_id,
      candidateName: r.candidate_name,
      companyName: r.company_name,
      offerId: r.offer_id,
      offerTitle: r.offer_title,
      message: r.message,
      status: r.status as InboxContactRequestResponse['status'],
      declineReason: r.decline_reason as DeclineReason | null,
      shareEmail: r.share_email,
      sharePhone: r.share_phone,
      receivedAt: (r.delivered_at ?? r.created_at).toISOString(),
      expiresAt: iso(r.expires_at),
      answeredAt: iso(r.answered_at),
      outcomes: outcomes.map(toOutcome),
    };
  }

  /** The request, locked, if the caller may answer for its candidate (the candidate or an authorised mentor). */
  private async answerable(auth: AuthContext, id: string, manager: EntityManager): Promise<RequestRow> {
    await this.repository.expireDue(manager);
    const row = await this.repository.request(id, manager, true);
    if (
      !row ||
      row.status === 'awaiting_broker' ||
      row.status === 'returned' ||
      !(await this.access.can(auth, row.candidate_id, 'edit', manager))
    )
      throw new DomainError('CONTACT_REQUEST_NOT_FOUND', ContactsMessage.REQUEST_NOT_FOUND);
    if (row.status !== 'open')
      throw new DomainError('CONTACT_REQUEST_NOT_OPEN', ContactsMessage.REQUEST_NOT_OPEN);
    return row;
  }

  private async answered(id: string): Promise<InboxContactRequestResponse> {
    const row = (await this.repository.request(id))!;
    const outcomes = await this.repository.outcomes([id]);
    return this.toInbox(row, outcomes.get(id) ?? []);
  }

  async accept(
    auth: AuthContext,
    id: string,
    dto: AcceptContactRequestDto,
  ): Promise<InboxContactRequestResponse> {
    await this.dataSource.transaction(async (manager) => {
      await this.answerable(auth, id, manager);
      await this.repository.answer(
        id,
        {
          status: 'accepted',
          accountId: auth.accountId,
          shareEmail: dto.shareEmail,
          sharePhone: dto.sharePhone,
        },
        manager,
      );
    });
    return this.answered(id);
  }

  async decline(
    auth: AuthContext,
    id: string,
    dto: DeclineContactRequestDto,
  ): Promise<InboxContactRequestResponse> {
    await this.dataSource.transaction(async (manager) => {
      await this.answerable(auth, id, manager);
      await this.repository.answer(
        id,
        { status: 'declined', accountId: auth.accountId, declineReason: dto.reason },
        manager,
      );
    });
    return this.answered(id);
  }

  async block(auth: AuthContext, id: string): Promise<InboxContactRequestResponse> {
    await this.dataSource.transaction(async (manager) => {
      const row = await this.answerable(auth, id, manager);
      await this.repository.answer(id, { status: 'blocked', accountId: auth.accountId }, manager);
      await this.repository.block(row.company_id, row.candidate_id, auth.accountId, manager);
    });
    return this.answered(id);
  }

  // ---------- brokered mode ----------

  async queue(): Promise<BrokerQueueResponse> {
    const rows = await this.repository.queue();
    return {
      items: rows.map((r) => ({
        id: r.id,
        pseudonym: r.pseudonym ?? '',
        companyId: r.company_id,
        companyName: r.company_name,
        offerTitle: r.offer_title,
        message: r.message,
        createdAt: r.created_at.toISOString(),
      })),
    };
  }

  /** Accepted contacts for IBA staff to follow and record outcomes for (pseudonymous; the latest 200). */
  async acceptedContacts(): Promise<StaffContactsResponse> {
    const rows = await this.repository.accepted(200);
    const outcomes = await this.repository.outcomes(rows.map((r) => r.id));
    return {
      items: rows.map((r) => ({
        id: r.id,
        pseudonym: r.pseudonym ?? '',
        companyId: r.company_id,
        companyName: r.company_name,
        offerTitle: r.offer_title,
        message: r.message,
        createdAt: r.created_at.toISOString(),
        answeredAt: iso(r.answered_at),
        outcomes: (outcomes.get(r.id) ?? []).map(toOutcome),
      })),
    };
  }

  private async queued(id: string, manager: EntityManager): Promise<RequestRow> {
    const row = await this.repository.request(id, manager, true);
    if (!row) throw new DomainError('CONTACT_REQUEST_NOT_FOUND', ContactsMessage.REQUEST_NOT_FOUND);
    if (row.status !== 'awaiting_broker')
      throw new DomainError('CONTACT_REQUEST_NOT_OPEN', ContactsMessage.REQUEST_NOT_OPEN);
    return row;
  }

  async passOn(auth: AuthContext, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.queued(id, manager);
      await this.repository.deliver(id, auth.accountId, this.settings.expiryDays, manager);
      await this.notifyCandidate(id, manager);
    });
  }

  async returnToFirm(auth: AuthContext, id: string, dto: ReturnContactRequestDto): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.queued(id, manager);
      await this.repository.returnToFirm(id, auth.accountId, dto.comment.trim(), manager);
    });
  }

  async settingsFor(): Promise<ContactSettingsResponse> {
    return {
      brokered: await this.repository.brokered(),
      expiryDays: this.settings.expiryDays,
      requestsPerFirmPerDay: this.settings.perFirmPerDay,
    };
  }

  async setBrokered(auth: AuthContext, brokered: boolean): Promise<ContactSettingsResponse> {
    await this.repository.setBrokered(brokered, auth.accountId);
    return this.settingsFor();
  }

  // ---------- outcomes ----------

  /**
   * The request, if the caller may see its outcomes: the firm that sent it, IBA staff, the
   * candidate, authorised mentors (record: all of these but the candidate; the route's roles decide).
   */
  private async forOutcomes(auth: AuthContext, id: string, manager?: EntityManager): Promise<RequestRow> {
    const row = await this.repository.request(id, manager, manager !== undefined);
    const allowed =
      row &&
      (auth.role === 'iba_staff' ||
        (auth.role === 'employer' && row.company_id === auth.companyId) ||
        ((auth.role === 'mentor' || auth.role === 'candidate') &&
          row.status !== 'awaiting_broker' &&
          row.status !== 'returned' &&
          (await this.access.can(auth, row.candidate_id, 'edit', manager))));
    if (!row || !allowed)
      throw new DomainError('CONTACT_REQUEST_NOT_FOUND', ContactsMessage.REQUEST_NOT_FOUND);
    return row;
  }

  async outcomes(auth: AuthContext, id: string): Promise<OutcomesResponse> {
    const row = await this.forOutcomes(auth, id);
    const outcomes = await this.repository.outcomes([row.id]);
    return { items: (outcomes.get(row.id) ?? []).map(toOutcome) };
  }

  async recordOutcome(auth: AuthContext, id: string, dto: RecordOutcomeDto): Promise<OutcomesResponse> {
    await this.dataSource.transaction(async (manager) => {
      const row = await this.forOutcomes(auth, id, manager);
      if (row.status !== 'accepted')
        throw new DomainError('CONTACT_NOT_ACCEPTED', ContactsMessage.NOT_ACCEPTED);
      const previous = (await this.repository.outcomes([row.id], manager)).get(row.id) ?? [];
      const last = previous.reduce((max, o) => Math.max(max, STAGE_RANK[o.stage as OutcomeStage]), 0);
      if (last === STAGE_RANK.ended || STAGE_RANK[dto.stage] < last)
        throw new DomainError('CONTACT_OUTCOME_ORDER', ContactsMessage.OUTCOME_ORDER, [
          {
            field: 'stage',
            code: 'WRONG_STATE',
            message: 'stage before the last recorded one, or contact ended',
          },
        ]);
      await this.repository.insertOutcome(
        {
          requestId: row.id,
          stage: dto.stage,
          occurredOn: dto.occurredOn,
          endedReason: dto.stage === 'ended' ? (dto.endedReason ?? null) : null,
          accountId: auth.accountId,
          role: auth.role,
        },
        manager,
      );
    });
    return this.outcomes(auth, id);
  }
}
