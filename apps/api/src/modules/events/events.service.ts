import { randomInt } from 'node:crypto';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  addDays,
  buildSpeedDatingProblem,
  checkSchedule,
  districtToday,
  InstanceFormatError,
  isUiLanguage,
  pairKey,
  planExact,
  planSchedule,
  replanSchedule,
  scoreOf,
  serializeProblem,
  validateSchedule,
  type CefrLevel,
  type EventCandidate,
  type HighsLike,
  type Meeting,
  type ScheduleResult,
  type SpeedDatingProblem,
  type UiLanguage,
} from '@passgenau/domain';
import type { AuthContext, RequestMeta } from '../../common/auth-context';
import { AUTH_SETTINGS, type AuthSettings } from '../../common/auth-settings';
import { DomainError, type FieldError } from '../../common/domain-error';
import { AccessLogService } from '../audit/access-log.service';
import { CandidateAccessPolicy } from '../candidates/candidate-access.service';
import { QUEUES } from '../jobs/job-queue';
import { JobsService } from '../jobs/jobs.service';
import { MailService } from '../mail/mail.service';
import { MatchingService } from '../matching/matching.service';
import type {
  EventAbsentRoundsDto,
  CreateEventDto,
  EventCandidateLabelResponse,
  EventFirmResponse,
  EventResponse,
  EventStatus,
  EventMeetingResponse,
  EventPlanResponse,
  EventRegisterDto,
  EventRegistrationResponse,
  EventRoundTimeResponse,
  EventScheduleResponse,
  UpdateEventDto,
  EventWishesDto,
} from './dto/events.dto';
import { eventMail, readableDay, type EventMailKind } from './event-mail-texts';
import { EventsMessage } from './events.errors';
import {
  EventsRepository,
  type EventRow,
  type EventWrite,
  type MeetingRow,
  type RegistrationRow,
} from './events.repository';

const STAFF: readonly AuthContext['role'][] = ['coordinator', 'iba_staff', 'admin'];
/** draft → open → closed → held, nothing else. */
const NEXT_STATUS: Record<EventStatus, EventStatus | null> = {
  draft: 'open',
  open: 'closed',
  closed: 'held',
  held: null,
};
/** Check-in codes: no 0/O, 1/I/L, so they can be read aloud and typed from paper. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 6;
/**
 * Every pair that may meet is worth this much, the matching score adds the rest: a low-threshold
 * event lets people meet who no offer fits yet (decided here; see docs/events.md).
 */
const BASE_SCORE = 0.1;
/** A candidate who declares German without a level on the profile is taken as conversational. */
const DECLARED_GERMAN: CefrLevel = 'B1';
const MIN_MEETINGS = 1;
const SOLVER_SECONDS = 10;

function isStaff(auth: AuthContext): boolean {
  return STAFF.includes(auth.role);
}

function minutes(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return h * 60 + m;
}

function clock(total: number): string {
  const h = Math.floor(total / 60) % 24;
  return `${String(h).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

function invalid(field: string, code: FieldError['code'], message: string): DomainError {
  return new DomainError('VALIDATION_FAILED', `Invalid input: ${field}`, [{ field, code, message }]);
}

function notFound(): DomainError {
  return new DomainError('NOT_FOUND', EventsMessage.NOT_FOUND, [
    { field: 'id', code: 'NOT_FOUND', message: 'no such event' },
  ]);
}

function registrationNotFound(): DomainError {
  return new DomainError('NOT_FOUND', EventsMessage.REGISTRATION_NOT_FOUND, [
    { field: 'registrationId', code: 'NOT_FOUND', message: 'no such registration' },
  ]);
}

/** Now in the district: day and HH:MM. */
function districtNow(at: Date = new Date()): { day: string; minutes: number } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Berlin',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { day: districtToday(at), minutes: get('hour') * 60 + get('minute') };
}

interface BuiltEvent {
  problem: SpeedDatingProblem;
  unreachable: string[];
  byCode: Map<string, RegistrationRow>;
  interpreterNames: Map<string, string>;
}

/**
 * Events and speed dating: the events, registrations with waiting list, wishes, the schedule
 * (generate, export/import, publish, re-plan), check-in and the plans.
 */
@Injectable()
export class EventsService implements OnModuleInit {
  private readonly logger = new Logger(EventsService.name);
  private highs: Promise<HighsLike | null> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: EventsRepository,
    private readonly matching: MatchingService,
    private readonly access: CandidateAccessPolicy,
    private readonly accessLog: AccessLogService,
    private readonly mail: MailService,
    private readonly jobs: JobsService,
    @Inject(AUTH_SETTINGS) private readonly settings: AuthSettings,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: QUEUES.eventReminders,
      cron: '0 9 * * *',
      handle: async () => void (await this.sendReminders()),
    });
  }

  // ---------- events ----------

  async list(auth: AuthContext, status?: EventStatus): Promise<EventResponse[]> {
    const rows = await this.repository.list({ includeDrafts: isStaff(auth), status });
    return rows.map((r) => this.toEvent(r, [], false));
  }

  async get(auth: AuthContext, id: string): Promise<EventResponse> {
    const event = await this.visible(auth, id);
    return this.toEvent(event, isStaff(auth) ? await this.repository.interpreters(id) : [], isStaff(auth));
  }

  async create(auth: AuthContext, dto: CreateEventDto): Promise<EventResponse> {
    const values = await this.checkedWrite({
      kind: dto.kind,
      title: dto.title.trim(),
      description: dto.description ?? '',
      townAgs: dto.townAgs,
      venue: dto.venue ?? '',
      day: dto.day,
      startsAt: dto.startsAt,
      endsAt: dto.endsAt,
      rounds: dto.rounds ?? null,
      roundMinutes: dto.roundMinutes ?? null,
      breakMinutes: dto.breakMinutes ?? 0,
      firmCapacity: dto.firmCapacity,
      candidateCapacity: dto.candidateCapacity,
      languages: dto.languages ?? ['de'],
      registrationOpensOn: dto.registrationOpensOn ?? null,
      registrationClosesOn: dto.registrationClosesOn ?? null,
      interpreters: dto.interpreters ?? [],
    });
    const id = await this.dataSource.transaction((m) => this.repository.insert(values, auth.accountId, m));
    return this.get(auth, id);
  }

  async update(auth: AuthContext, id: string, dto: UpdateEventDto): Promise<EventResponse> {
    await this.dataSource.transaction(async (manager) => {
      const event = await this.repository.find(id, manager, true);
      if (!event) throw notFound();
      if (event.status === 'held') throw new DomainError('EVENT_HELD', EventsMessage.EVENT_LOCKED);
      const interpreters = await this.repository.interpreters(id, manager);
      const values = await this.checkedWrite({
        kind: dto.kind ?? event.kind,
        title: dto.title?.trim() ?? event.title,
        description: dto.description ?? event.description,
        townAgs: dto.townAgs ?? event.town_ags,
        venue: dto.venue ?? event.venue,
        day: dto.day ?? event.day,
        startsAt: dto.startsAt ?? event.starts_at,
        endsAt: dto.endsAt ?? event.ends_at,
        rounds: dto.rounds ?? event.rounds,
        roundMinutes: dto.roundMinutes ?? event.round_minutes,
        breakMinutes: dto.breakMinutes ?? event.break_minutes,
        firmCapacity: dto.firmCapacity ?? event.firm_capacity,
        candidateCapacity: dto.candidateCapacity ?? event.candidate_capacity,
        languages: dto.languages ?? event.languages,
        registrationOpensOn:
          dto.registrationOpensOn !== undefined ? dto.registrationOpensOn : event.registration_opens_on,
        registrationClosesOn:
          dto.registrationClosesOn !== undefined ? dto.registrationClosesOn : event.registration_closes_on,
        interpreters:
          dto.interpreters ??
          interpreters.map((i) => ({
            name: i.name,
            languages: i.languages,
            fromTime: i.from_time,
            toTime: i.to_time,
          })),
      });
      if (event.schedule_generated_at && values.rounds !== event.rounds)
        throw invalid('rounds', 'WRONG_STATE', 'the event has a schedule; its number of rounds is fixed');
      await this.repository.update(id, values, manager);
    });
    return this.get(auth, id);
  }

  async setStatus(auth: AuthContext, id: string, status: EventStatus): Promise<EventResponse> {
    await this.dataSource.transaction(async (manager) => {
      const event = await this.repository.find(id, manager, true);
      if (!event) throw notFound();
      if (NEXT_STATUS[event.status] !== status)
        throw new DomainError('EVENT_STATUS_TRANSITION', EventsMessage.STATUS_TRANSITION, [
          { field: 'status', code: 'WRONG_STATE', message: `${event.status} cannot become ${status}` },
        ]);
      await this.repository.setStatus(id, status, manager);
    });
    return this.get(auth, id);
  }

  /** The rules the DTO cannot check alone: times, rounds fitting the time window, dates, the town. */
  private async checkedWrite(values: EventWrite): Promise<EventWrite> {
    const errors: FieldError[] = [];
    const start = minutes(values.startsAt);
    const end = minutes(values.endsAt);
    if (end <= start)
      errors.push({ field: 'endsAt', code: 'DATE_ORDER', message: 'endsAt must be after startsAt' });
    if (values.kind === 'speed_dating') {
      if (values.rounds === null)
        errors.push({ field: 'rounds', code: 'REQUIRED', message: 'a speed-dating event needs rounds' });
      if (values.roundMinutes === null)
        errors.push({
          field: 'roundMinutes',
          code: 'REQUIRED',
          message: 'a speed-dating event needs minutes per round',
        });
      if (values.rounds !== null && values.roundMinutes !== null && end > start) {
        const needed = values.rounds * values.roundMinutes + (values.rounds - 1) * values.breakMinutes;
        if (needed > end - start)
          errors.push({
            field: 'rounds',
            code: 'TOO_LARGE',
            message: `${values.rounds} rounds need ${needed} minutes; the event lasts ${end - start}`,
          });
      }
    }
    if (
      values.registrationOpensOn &&
      values.registrationClosesOn &&
      values.registrationClosesOn < values.registrationOpensOn
    )
      errors.push({
        field: 'registrationClosesOn',
        code: 'DATE_ORDER',
        message: 'registrationClosesOn must not be before registrationOpensOn',
      });
    if (values.registrationClosesOn && values.registrationClosesOn > values.day)
      errors.push({
        field: 'registrationClosesOn',
        code: 'DATE_ORDER',
        message: 'registration must close on the day of the event or before',
      });
    values.interpreters.forEach((i, n) => {
      if (minutes(i.toTime) <= minutes(i.fromTime))
        errors.push({
          field: `interpreters.${n}.toTime`,
          code: 'DATE_ORDER',
          message: 'toTime must be after fromTime',
        });
    });
    if (!(await this.repository.townExists(values.townAgs)))
      errors.push({ field: 'townAgs', code: 'UNKNOWN_TOWN', message: 'not a town of the district' });
    if (errors.length)
      throw new DomainError(
        'VALIDATION_FAILED',
        `Invalid input: ${[...new Set(errors.map((e) => e.field))].join(', ')}`,
        errors,
      );
    if (values.kind !== 'speed_dating')
      return { ...values, rounds: null, roundMinutes: null, breakMinutes: 0 };
    return values;
  }

  private async visible(
    auth: AuthContext,
    id: string,
    manager?: EntityManager,
    lock = false,
  ): Promise<EventRow> {
    const event = await this.repository.find(id, manager, lock);
    if (!event || (event.status === 'draft' && !isStaff(auth))) throw notFound();
    return event;
  }

  private roundTimes(event: EventRow): EventRoundTimeResponse[] {
    if (event.rounds === null || event.round_minutes === null) return [];
    const start = minutes(event.starts_at);
    return Array.from({ length: event.rounds }, (_, r) => {
      const from = start + r * (event.round_minutes! + event.break_minutes);
      return { round: r + 1, startsAt: clock(from), endsAt: clock(from + event.round_minutes!) };
    });
  }

  private registrationOpen(event: EventRow): boolean {
    const today = districtToday();
    return (
      event.status === 'open' &&
      today <= event.day &&
      (!event.registration_opens_on || today >= event.registration_opens_on) &&
      (!event.registration_closes_on || today <= event.registration_closes_on)
    );
  }

  private toEvent(
    r: EventRow,
    interpreters: Awaited<ReturnType<EventsRepository['interpreters']>>,
    staff: boolean,
  ): EventResponse {
    return {
      id: r.id,
      kind: r.kind,
      title: r.title,
      description: r.description,
      townAgs: r.town_ags,
      townName: r.town_name,
      venue: r.venue,
      day: r.day,
      startsAt: r.starts_at,
      endsAt: r.ends_at,
      rounds: r.rounds,
      roundMinutes: r.round_minutes,
      breakMinutes: r.break_minutes,
      firmCapacity: r.firm_capacity,
      candidateCapacity: r.candidate_capacity,
      languages: r.languages,
      interpreters: staff
        ? interpreters.map((i) => ({
            id: i.id,
            name: i.name,
            languages: i.languages,
            fromTime: i.from_time,
            toTime: i.to_time,
          }))
        : [],
      registrationOpensOn: r.registration_opens_on,
      registrationClosesOn: r.registration_closes_on,
      status: r.status,
      firmsConfirmed: r.firms_confirmed,
      candidatesConfirmed: r.candidates_confirmed,
      firmsWaiting: r.firms_waiting,
      candidatesWaiting: r.candidates_waiting,
      registrationOpen: this.registrationOpen(r),
      schedulePublishedAt: r.schedule_published_at ? new Date(r.schedule_published_at).toISOString() : null,
      roundTimes: this.roundTimes(r),
    };
  }

  // ---------- registrations ----------

  async register(
    auth: AuthContext,
    eventId: string,
    dto: EventRegisterDto,
  ): Promise<EventRegistrationResponse> {
    let kind: 'firm' | 'candidate';
    let companyId: string | null = null;
    let candidateId: string | null = null;
    let offerIds: string[] = [];
    if (auth.role === 'employer') {
      kind = 'firm';
      companyId = auth.companyId;
      if (dto.candidateId !== undefined)
        throw invalid('candidateId', 'NOT_ALLOWED', 'firms register themselves');
      if (dto.showFirstName !== undefined)
        throw invalid('showFirstName', 'NOT_ALLOWED', 'only for candidates');
      const status = await this.repository.companyVerification(companyId!);
      if (status !== 'verified')
        throw new DomainError('COMPANY_NOT_VERIFIED', 'The firm has not been checked yet.', [
          status === 'rejected'
            ? { code: 'CHECK_REFUSED', field: 'company', message: 'check refused' }
            : { code: 'AWAITING_CHECK', field: 'company', message: 'check pending' },
        ]);
      offerIds = dto.offerIds ?? [];
      const open = new Set((await this.repository.openOffersOf(companyId!, offerIds)).map((o) => o.id));
      const bad = offerIds.findIndex((id) => !open.has(id));
      if (bad >= 0) throw invalid(`offerIds.${bad}`, 'NOT_FOUND', 'not an open offer of your firm');
    } else {
      kind = 'candidate';
      if (dto.offerIds !== undefined) throw invalid('offerIds', 'NOT_ALLOWED', 'only firms bring offers');
      if (auth.role === 'candidate') {
        if (dto.candidateId !== undefined && dto.candidateId !== auth.candidateId)
          throw invalid('candidateId', 'NOT_ALLOWED', 'candidates register themselves');
        candidateId = auth.candidateId;
      } else {
        if (dto.candidateId === undefined)
          throw invalid('candidateId', 'REQUIRED', 'mentors name the candidate');
        await this.access.assertCanEdit(auth, dto.candidateId);
        candidateId = dto.candidateId;
      }
    }
    const id = await this.dataSource.transaction(async (manager) => {
      const event = await this.visible(auth, eventId, manager, true);
      if (!this.registrationOpen(event))
        throw new DomainError('EVENT_REGISTRATION_CLOSED', EventsMessage.REGISTRATION_CLOSED);
      if (
        await this.repository.liveRegistrationOf(
          eventId,
          { companyId: companyId ?? undefined, candidateId: candidateId ?? undefined },
          manager,
        )
      )
        throw new DomainError('EVENT_ALREADY_REGISTERED', EventsMessage.ALREADY_REGISTERED);
      const confirmed = await this.repository.countLive(eventId, kind, 'confirmed', manager);
      const capacity = kind === 'firm' ? event.firm_capacity : event.candidate_capacity;
      const status = confirmed < capacity ? 'confirmed' : 'waiting';
      const newId = await this.repository.insertRegistration(
        {
          eventId,
          kind,
          companyId,
          candidateId,
          registeredBy: auth.accountId,
          status,
          code: await this.newCode(eventId, manager),
          offerIds,
          languages: dto.languages ?? (kind === 'firm' ? ['de'] : []),
          showFirstName: dto.showFirstName ?? false,
          walkIn: false,
          checkedIn: false,
        },
        manager,
      );
      await this.notify(event, [newId], status === 'confirmed' ? 'confirmed' : 'waiting', manager);
      return newId;
    });
    return this.registrationFor(auth, eventId, id);
  }

  private async newCode(eventId: string, manager: EntityManager): Promise<string> {
    for (;;) {
      const code = Array.from(
        { length: CODE_LENGTH },
        () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)],
      ).join('');
      if (!(await this.repository.codeTaken(eventId, code, manager))) return code;
    }
  }

  /** The caller's own registrations for the event (their firm's, their own, their mentees'). */
  async mine(auth: AuthContext, eventId: string): Promise<EventRegistrationResponse[]> {
    await this.visible(auth, eventId);
    const rows = await this.repository.mine(eventId, {
      companyId: auth.role === 'employer' ? auth.companyId : null,
      candidateId: auth.role === 'candidate' ? auth.candidateId : null,
      mentorAccountId: auth.role === 'mentor' ? auth.accountId : null,
    });
    return rows.map((r) => this.toRegistration(r, auth, this.labels(rows)));
  }

  /** Staff: every registration with names (a read of the candidates' names, logged once). */
  async registrations(
    auth: AuthContext,
    eventId: string,
    q: string | undefined,
    meta: RequestMeta,
  ): Promise<EventRegistrationResponse[]> {
    await this.visible(auth, eventId);
    const rows = await this.repository.registrations(eventId);
    const labels = this.labels(rows);
    const needle = q?.trim().toLowerCase();
    const shown = needle
      ? rows.filter((r) =>
          [
            r.code,
            r.company_name,
            r.given_name,
            r.family_name,
            r.pseudonym,
            `${r.given_name} ${r.family_name}`,
          ]
            .filter((v): v is string => !!v)
            .some((v) => v.toLowerCase().includes(needle)),
        )
      : rows;
    await this.accessLog.record(
      auth,
      [...new Set(shown.flatMap((r) => (r.candidate_id ? [r.candidate_id] : [])))],
      'read_event_participants',
      meta,
    );
    return shown.map((r) => this.toRegistration(r, auth, labels));
  }

  private async registrationFor(
    auth: AuthContext,
    eventId: string,
    id: string,
  ): Promise<EventRegistrationResponse> {
    const rows = await this.repository.registrations(eventId);
    const row = rows.find((r) => r.id === id);
    if (!row) throw registrationNotFound();
    return this.toRegistration(row, auth, this.labels(rows));
  }

  /** May the caller act for this registration? Staff always; the firm's employers; the candidate; their mentors. */
  private async mayActFor(auth: AuthContext, r: RegistrationRow): Promise<boolean> {
    if (isStaff(auth)) return true;
    if (r.kind === 'firm') return auth.role === 'employer' && auth.companyId === r.company_id;
    if (auth.role === 'candidate') return auth.candidateId === r.candidate_id;
    if (auth.role === 'mentor') return this.repository.mentorOf(auth.accountId, r.candidate_id!);
    return false;
  }

  private async ownRegistration(
    auth: AuthContext,
    eventId: string,
    registrationId: string,
    manager?: EntityManager,
  ): Promise<RegistrationRow> {
    const row = await this.repository.registration(eventId, registrationId, manager);
    if (!row || row.status === 'cancelled' || !(await this.mayActFor(auth, row)))
      throw registrationNotFound();
    return row;
  }

  /** Cancels; the first on the waiting list of the same kind moves up in the same transaction. */
  async cancel(auth: AuthContext, eventId: string, registrationId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const event = await this.visible(auth, eventId, manager, true);
      const row = await this.ownRegistration(auth, eventId, registrationId, manager);
      if (event.status === 'held') throw new DomainError('EVENT_HELD', EventsMessage.EVENT_LOCKED);
      await this.repository.setRegistrationStatus(row.id, 'cancelled', manager);
      await this.repository.deleteMeetingsOf(row.id, manager);
      if (row.status !== 'confirmed') return;
      const next = await this.repository.firstWaiting(eventId, row.kind, manager);
      if (!next) return;
      await this.repository.setRegistrationStatus(next, 'confirmed', manager);
      await this.notify(event, [next], 'movedUp', manager);
    });
  }

  async setWishes(
    auth: AuthContext,
    eventId: string,
    registrationId: string,
    dto: EventWishesDto,
  ): Promise<EventRegistrationResponse> {
    await this.visible(auth, eventId);
    const row = await this.ownRegistration(auth, eventId, registrationId);
    const rows = await this.repository.registrations(eventId);
    const live = rows.filter((r) => r.status !== 'cancelled');
    if (row.kind === 'candidate') {
      if (dto.mustNot !== undefined)
        throw invalid('mustNot', 'NOT_ALLOWED', 'firms name whom they will not meet');
      const firms = new Set(live.filter((r) => r.kind === 'firm').map((r) => r.company_id));
      const list = dto.mustMeet ?? [];
      const bad = list.findIndex((id) => !firms.has(id));
      if (bad >= 0) throw invalid(`mustMeet.${bad}`, 'NOT_FOUND', 'not a firm registered for this event');
      await this.repository.setWishes(row.id, 'must_meet', list);
    } else {
      if (dto.mustMeet !== undefined)
        throw invalid('mustMeet', 'NOT_ALLOWED', 'candidates name whom they want to meet');
      const labels = this.labels(rows);
      const byLabel = new Map(
        live
          .filter((r) => r.kind === 'candidate')
          .map((r) => [labels.get(r.id)!.toUpperCase(), r.candidate_id!]),
      );
      const list = dto.mustNot ?? [];
      const bad = list.findIndex((l) => !byLabel.has(l.trim().toUpperCase()));
      if (bad >= 0) throw invalid(`mustNot.${bad}`, 'NOT_FOUND', 'not a candidate registered for this event');
      await this.repository.setWishes(
        row.id,
        'must_not',
        list.map((l) => byLabel.get(l.trim().toUpperCase())!),
      );
    }
    return this.registrationFor(auth, eventId, row.id);
  }

  async setAbsent(
    auth: AuthContext,
    eventId: string,
    registrationId: string,
    dto: EventAbsentRoundsDto,
  ): Promise<EventRegistrationResponse> {
    const event = await this.visible(auth, eventId);
    const row = await this.ownRegistration(auth, eventId, registrationId);
    const rounds = event.rounds ?? 0;
    const bad = dto.rounds.findIndex((r) => r > rounds);
    if (bad >= 0) throw invalid(`rounds.${bad}`, 'TOO_LARGE', `the event has ${rounds} rounds`);
    await this.repository.setAbsent(
      row.id,
      [...dto.rounds].sort((a, b) => a - b).map((r) => r - 1),
    );
    return this.registrationFor(auth, eventId, row.id);
  }

  /** Registered firms (name and the titles of the offers they bring), for must-meet wishes. */
  async firms(auth: AuthContext, eventId: string): Promise<EventFirmResponse[]> {
    await this.visible(auth, eventId);
    const rows = (await this.repository.registrations(eventId)).filter(
      (r) => r.kind === 'firm' && r.status === 'confirmed',
    );
    const titles = new Map(
      (await this.repository.offerTitles([...new Set(rows.flatMap((r) => r.offer_ids))])).map((o) => [
        o.id,
        o.title,
      ]),
    );
    return rows.map((r) => ({
      companyId: r.company_id!,
      name: r.company_name ?? '',
      offerTitles: r.offer_ids.map((id) => titles.get(id) ?? '').filter(Boolean),
    }));
  }

  /** Registered candidates by pseudonym, for a registered firm's must-not (each shown is counted in the log). */
  async candidateLabels(
    auth: AuthContext,
    eventId: string,
    meta: RequestMeta,
  ): Promise<EventCandidateLabelResponse[]> {
    await this.visible(auth, eventId);
    const rows = await this.repository.registrations(eventId);
    if (
      auth.role === 'employer' &&
      !rows.some((r) => r.kind === 'firm' && r.status !== 'cancelled' && r.company_id === auth.companyId)
    )
      throw registrationNotFound();
    const labels = this.labels(rows, true);
    const shown = rows.filter((r) => r.kind === 'candidate' && r.status === 'confirmed');
    await this.accessLog.recordAppearances(
      auth,
      shown.map((r) => r.candidate_id!),
      'list_event_candidates',
      meta,
    );
    return shown.map((r) => ({ label: labels.get(r.id)! })).sort((a, b) => a.label.localeCompare(b.label));
  }

  /**
   * What others may call a candidate: the pseudonym (the first name instead when the candidate
   * allowed it and `firstNames`), or `#n` (the registration number) without a published profile.
   */
  private labels(rows: RegistrationRow[], firstNames = true): Map<string, string> {
    const labels = new Map(
      rows.map((r) => [
        r.id,
        r.kind === 'firm'
          ? (r.company_name ?? '')
          : firstNames && r.show_first_name && r.given_name
            ? r.given_name
            : (r.pseudonym ?? `#${r.seq || r.code}`),
      ]),
    );
    // must-not lists hold candidate ids: the label of the candidate's live registration
    for (const r of rows)
      if (r.kind === 'candidate' && r.status !== 'cancelled')
        labels.set(`candidate:${r.candidate_id}`, labels.get(r.id)!);
    return labels;
  }

  private toRegistration(
    r: RegistrationRow,
    auth: AuthContext,
    labels: Map<string, string>,
  ): EventRegistrationResponse {
    const fullName =
      r.kind === 'candidate' &&
      (isStaff(auth) || auth.role === 'mentor' || auth.candidateId === r.candidate_id)
        ? `${r.given_name ?? ''} ${r.family_name ?? ''}`.trim()
        : null;
    return {
      id: r.id,
      eventId: r.event_id,
      kind: r.kind,
      status: r.status,
      waitingPosition: r.waiting_position,
      code: r.code,
      companyId: r.company_id,
      candidateId: r.candidate_id,
      name: fullName ?? labels.get(r.id) ?? '',
      offerIds: r.offer_ids,
      languages: r.languages,
      showFirstName: r.show_first_name,
      mustMeet: r.must_meet,
      mustNot: r.must_not.map((id) => labels.get(`candidate:${id}`) ?? ''),
      absentRounds: r.absent_rounds.map((x) => x + 1),
      walkIn: r.walk_in,
      checkedInAt: r.checked_in_at ? new Date(r.checked_in_at).toISOString() : null,
      noShowAt: r.no_show_at ? new Date(r.no_show_at).toISOString() : null,
      tableNumber: r.kind === 'firm' && r.status === 'confirmed' ? r.seq : null,
    };
  }

  // ---------- schedule ----------

  private async loadHighs(): Promise<HighsLike | null> {
    this.highs ??= (async () => {
      try {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        return (await require('highs')()) as HighsLike;
      } catch (error) {
        this.logger.warn(
          { err: error },
          'HiGHS did not load; schedules are planned by flow and local repair',
        );
        return null;
      }
    })();
    return this.highs;
  }

  private async staffEvent(auth: AuthContext, eventId: string, manager?: EntityManager): Promise<EventRow> {
    const event = await this.visible(auth, eventId, manager, !!manager);
    if (event.kind !== 'speed_dating' || !event.rounds)
      throw new DomainError('EVENT_NOT_SPEED_DATING', EventsMessage.NOT_SPEED_DATING);
    return event;
  }

  /**
   * The planning problem of the event: confirmed firms (tables) and candidates, ids are their
   * check-in codes (no names in an exported file); scores from the matching function; interpreters
   * free in the rounds that lie inside their time window; wishes; absent rounds.
   */
  private async buildProblem(event: EventRow, options: { withNoShows: boolean }): Promise<BuiltEvent> {
    const rows = (await this.repository.registrations(event.id)).filter(
      (r) => r.status === 'confirmed' && (options.withNoShows || !r.no_show_at),
    );
    const firms = rows.filter((r) => r.kind === 'firm');
    const candidates = rows.filter((r) => r.kind === 'candidate');
    const scores = await this.matching.pairScores(
      firms.map((f) => ({ key: f.code, offerIds: f.offer_ids })),
      candidates.map((c) => ({ key: c.code, candidateId: c.candidate_id! })),
    );
    const languages = new Map<string, Array<{ language: string; native: boolean; overall: string | null }>>();
    for (const l of await this.repository.candidateLanguages(candidates.map((c) => c.candidate_id!))) {
      const list = languages.get(l.candidate_id) ?? [];
      list.push(l);
      languages.set(l.candidate_id, list);
    }
    const mustNot = new Set<string>();
    const mustMeet = new Set<string>();
    const pairScores: Record<string, number> = {};
    for (const f of firms)
      for (const c of candidates) {
        const key = pairKey(f.code, c.code);
        if (f.must_not.includes(c.candidate_id!)) mustNot.add(key);
        if (c.must_meet.includes(f.company_id!)) mustMeet.add(key);
        const fit = scores.get(f.code)?.get(c.code);
        pairScores[key] = Math.round((BASE_SCORE + (1 - BASE_SCORE) * (fit ?? 0)) * 1e6) / 1e6;
      }
    const times = this.roundTimes(event);
    const interpreters = await this.repository.interpreters(event.id);
    const eventCandidates: EventCandidate[] = candidates.map((c) => {
      const profile = languages.get(c.candidate_id!) ?? [];
      const german = profile.find((l) => l.language === 'de')?.overall as CefrLevel | null | undefined;
      const spoken = c.languages.length ? c.languages : profile.map((l) => l.language);
      return {
        id: c.code,
        languages: spoken,
        germanLevel: german ?? (spoken.includes('de') ? DECLARED_GERMAN : null),
        unavailable: c.absent_rounds,
      };
    });
    const built = buildSpeedDatingProblem({
      rounds: event.rounds!,
      firms: firms.map((f) => ({ id: f.code, languages: f.languages, unavailable: f.absent_rounds })),
      candidates: eventCandidates,
      scores: Object.fromEntries(Object.entries(pairScores).filter(([k]) => !mustNot.has(k))),
      interpreters: interpreters.map((i) => ({
        id: i.id,
        languages: i.languages,
        rounds: times
          .filter(
            (t) => minutes(t.startsAt) >= minutes(i.from_time) && minutes(t.endsAt) <= minutes(i.to_time),
          )
          .map((t) => t.round - 1),
      })),
      mustMeet: [...mustMeet].filter((k) => !mustNot.has(k)),
      mustNot: [...mustNot],
      minMeetings: Math.min(MIN_MEETINGS, event.rounds!),
    });
    return {
      problem: built.problem,
      unreachable: built.unreachable,
      byCode: new Map(rows.map((r) => [r.code, r])),
      interpreterNames: new Map(interpreters.map((i) => [i.id, i.name])),
    };
  }

  private toRows(built: BuiltEvent, meetings: Meeting[]): MeetingRow[] {
    return meetings.map((m) => ({
      round: m.round,
      firm_registration_id: built.byCode.get(m.firm)!.id,
      candidate_registration_id: built.byCode.get(m.candidate)!.id,
      score: built.problem.scores[pairKey(m.firm, m.candidate)] ?? 0,
      language: m.language ?? null,
      interpreter: m.interpreter ?? null,
    }));
  }

  private toMeetings(built: BuiltEvent, rows: MeetingRow[]): Meeting[] {
    const code = new Map([...built.byCode.values()].map((r) => [r.id, r.code]));
    return rows
      .filter((m) => code.has(m.firm_registration_id) && code.has(m.candidate_registration_id))
      .map((m) => ({
        firm: code.get(m.firm_registration_id)!,
        candidate: code.get(m.candidate_registration_id)!,
        round: m.round,
        ...(m.language ? { language: m.language } : {}),
        ...(m.interpreter ? { interpreter: m.interpreter } : {}),
      }));
  }

  private libraryError(error: unknown): never {
    if (error instanceof InstanceFormatError)
      throw new DomainError(
        'EVENT_SCHEDULE_INVALID',
        EventsMessage.SCHEDULE_INVALID,
        error.issues.map((i) => ({ field: i.field, code: 'INVALID', message: i.message })),
      );
    throw error;
  }

  async generate(auth: AuthContext, eventId: string, meta: RequestMeta): Promise<EventScheduleResponse> {
    const event = await this.staffEvent(auth, eventId);
    this.assertPlannable(event);
    if (event.schedule_published_at)
      throw new DomainError('EVENT_SCHEDULE_PUBLISHED', EventsMessage.SCHEDULE_PUBLISHED);
    const built = await this.buildProblem(event, { withNoShows: false });
    if (built.problem.firms.length === 0 || built.problem.candidates.length === 0)
      throw new DomainError('EVENT_SCHEDULE_EMPTY', EventsMessage.SCHEDULE_EMPTY);
    let result: ScheduleResult;
    try {
      result = planSchedule(built.problem, {
        highs: (await this.loadHighs()) ?? undefined,
        timeLimitSeconds: SOLVER_SECONDS,
      });
    } catch (error) {
      this.libraryError(error);
    }
    if (result.status === 'infeasible')
      throw new DomainError(
        'EVENT_SCHEDULE_INFEASIBLE',
        EventsMessage.SCHEDULE_INFEASIBLE,
        (result.reasons ?? []).map((reason) => ({ field: 'mustMeet', code: 'CONFLICTING', message: reason })),
      );
    await this.dataSource.transaction(async (manager) => {
      await this.repository.find(eventId, manager, true);
      await this.repository.replaceMeetings(eventId, this.toRows(built, result.meetings), manager);
      await this.repository.setScheduleResult(
        eventId,
        {
          score: result.score,
          bound: result.bound,
          status: result.status,
          method: result.method,
          published: 'clear',
        },
        manager,
      );
    });
    return this.schedule(auth, eventId, meta, {
      unreachable: built.unreachable,
      warnings: result.warnings ?? [],
      moved: null,
    });
  }

  private assertPlannable(event: EventRow): void {
    if (event.status === 'draft' || event.status === 'held')
      throw new DomainError('EVENT_STATUS_TRANSITION', EventsMessage.STATUS_TRANSITION, [
        { field: 'status', code: 'WRONG_STATE', message: `a ${event.status} event cannot be planned` },
      ]);
  }

  /** Staff: the whole schedule with names as participants see them; the candidates shown are logged once. */
  async schedule(
    auth: AuthContext,
    eventId: string,
    meta: RequestMeta,
    extra: { unreachable: string[]; warnings: string[]; moved: number | null } = {
      unreachable: [],
      warnings: [],
      moved: null,
    },
  ): Promise<EventScheduleResponse> {
    const event = await this.staffEvent(auth, eventId);
    const rows = await this.repository.registrations(eventId);
    const meetings = await this.describe(event, rows, await this.repository.meetings(eventId));
    await this.accessLog.record(
      auth,
      [...new Set(meetings.map((m) => rows.find((r) => r.id === m.candidateRegistrationId)!.candidate_id!))],
      'read_event_participants',
      meta,
    );
    return {
      eventId,
      meetings,
      score: event.schedule_score,
      bound: event.schedule_bound,
      status: event.schedule_status,
      method: event.schedule_method,
      generatedAt: event.schedule_generated_at ? new Date(event.schedule_generated_at).toISOString() : null,
      publishedAt: event.schedule_published_at ? new Date(event.schedule_published_at).toISOString() : null,
      ...extra,
    };
  }

  private async describe(
    event: EventRow,
    rows: RegistrationRow[],
    meetings: MeetingRow[],
  ): Promise<EventMeetingResponse[]> {
    const byId = new Map(rows.map((r) => [r.id, r]));
    const labels = this.labels(rows);
    const names = new Map((await this.repository.interpreters(event.id)).map((i) => [i.id, i.name]));
    const times = this.roundTimes(event);
    return meetings.map((m) => ({
      round: m.round + 1,
      startsAt: times[m.round]?.startsAt ?? '',
      endsAt: times[m.round]?.endsAt ?? '',
      tableNumber: byId.get(m.firm_registration_id)?.seq ?? 0,
      firmRegistrationId: m.firm_registration_id,
      firmName: labels.get(m.firm_registration_id) ?? '',
      candidateRegistrationId: m.candidate_registration_id,
      candidateLabel: labels.get(m.candidate_registration_id) ?? '',
      score: m.score,
      language: m.language,
      interpreterName: m.interpreter ? (names.get(m.interpreter) ?? m.interpreter) : null,
    }));
  }

  /** The planning problem as an instance file (docs/speed-dating-format.md); ids are check-in codes. */
  async exportInstance(auth: AuthContext, eventId: string): Promise<Record<string, unknown>> {
    const event = await this.staffEvent(auth, eventId);
    const built = await this.buildProblem(event, { withNoShows: false });
    return JSON.parse(serializeProblem(built.problem)) as Record<string, unknown>;
  }

  /** A schedule planned offline: validated against the event's problem, then stored (not published). */
  async importSchedule(
    auth: AuthContext,
    eventId: string,
    raw: unknown[],
    meta: RequestMeta,
  ): Promise<EventScheduleResponse> {
    const event = await this.staffEvent(auth, eventId);
    this.assertPlannable(event);
    if (event.schedule_published_at)
      throw new DomainError('EVENT_SCHEDULE_PUBLISHED', EventsMessage.SCHEDULE_PUBLISHED);
    const built = await this.buildProblem(event, { withNoShows: false });
    const issues = validateSchedule(raw, built.problem);
    if (issues.length)
      throw new DomainError(
        'EVENT_SCHEDULE_INVALID',
        EventsMessage.SCHEDULE_INVALID,
        issues.map((i) => ({
          field: `meetings${i.field.startsWith('[') ? '' : '.'}${i.field}`,
          code: 'INVALID',
          message: i.message,
        })),
      );
    const meetings = raw as Meeting[];
    const problems = checkSchedule(built.problem, meetings);
    if (problems.length)
      throw new DomainError(
        'EVENT_SCHEDULE_INVALID',
        EventsMessage.SCHEDULE_INVALID,
        problems.slice(0, 50).map((message) => ({ field: 'meetings', code: 'INVALID', message })),
      );
    const score = scoreOf(built.problem, meetings);
    const bound = this.flowBound(built.problem);
    await this.dataSource.transaction(async (manager) => {
      await this.repository.find(eventId, manager, true);
      await this.repository.replaceMeetings(eventId, this.toRows(built, meetings), manager);
      await this.repository.setScheduleResult(
        eventId,
        { score, bound: Math.max(bound, score), status: 'imported', method: 'import', published: 'clear' },
        manager,
      );
    });
    return this.schedule(auth, eventId, meta, { unreachable: built.unreachable, warnings: [], moved: null });
  }

  /** The optimum without interpreters, availability and wishes: an upper bound for any schedule. */
  private flowBound(problem: SpeedDatingProblem): number {
    const mustNot = new Set(problem.mustNot ?? []);
    return planExact({
      rounds: problem.rounds,
      firms: problem.firms,
      candidates: problem.candidates,
      scores: Object.fromEntries(Object.entries(problem.scores).filter(([k]) => !mustNot.has(k))),
    }).score;
  }

  async publish(auth: AuthContext, eventId: string, meta: RequestMeta): Promise<EventScheduleResponse> {
    await this.dataSource.transaction(async (manager) => {
      const event = await this.staffEvent(auth, eventId, manager);
      const meetings = await this.repository.meetings(eventId, manager);
      if (!event.schedule_generated_at)
        throw new DomainError('EVENT_SCHEDULE_MISSING', EventsMessage.SCHEDULE_MISSING);
      await this.repository.publish(eventId, manager);
      const rows = (await this.repository.registrations(eventId, manager)).filter(
        (r) => r.status === 'confirmed',
      );
      await this.notify(
        event,
        rows.map((r) => r.id),
        event.schedule_published_at ? 'changed' : 'published',
        manager,
      );
      void meetings;
    });
    return this.schedule(auth, eventId, meta);
  }

  /**
   * Re-plans the rounds not yet started after no-shows and walk-ins: finished rounds stay, as few
   * published meetings as possible move; participants whose plan changed are told.
   */
  async replan(
    auth: AuthContext,
    eventId: string,
    fromRound: number | undefined,
    meta: RequestMeta,
  ): Promise<EventScheduleResponse> {
    const event = await this.staffEvent(auth, eventId);
    this.assertPlannable(event);
    if (!event.schedule_published_at)
      throw new DomainError('EVENT_SCHEDULE_NOT_PUBLISHED', EventsMessage.SCHEDULE_NOT_PUBLISHED);
    const from = fromRound !== undefined ? fromRound - 1 : this.currentRound(event);
    if (from > event.rounds!) throw invalid('fromRound', 'TOO_LARGE', `the event has ${event.rounds} rounds`);
    const built = await this.buildProblem(event, { withNoShows: true });
    const stored = await this.repository.meetings(eventId);
    const previous = this.toMeetings(built, stored);
    const noShows = [...built.byCode.values()].filter((r) => r.no_show_at).map((r) => r.code);
    let result: ScheduleResult;
    try {
      result = replanSchedule(
        { problem: built.problem, previous, fromRound: from, noShows },
        { highs: (await this.loadHighs()) ?? undefined, timeLimitSeconds: SOLVER_SECONDS },
      );
    } catch (error) {
      this.libraryError(error);
    }
    if (result.status === 'infeasible')
      throw new DomainError(
        'EVENT_SCHEDULE_INFEASIBLE',
        EventsMessage.SCHEDULE_INFEASIBLE,
        (result.reasons ?? []).map((reason) => ({ field: 'mustMeet', code: 'CONFLICTING', message: reason })),
      );
    const next = this.toRows(built, result.meetings);
    const plan = (list: MeetingRow[], id: string) =>
      list
        .filter((m) => m.firm_registration_id === id || m.candidate_registration_id === id)
        .map((m) => `${m.round}:${m.firm_registration_id}:${m.candidate_registration_id}`)
        .sort()
        .join(',');
    const changed = [...built.byCode.values()]
      .filter((r) => plan(stored, r.id) !== plan(next, r.id))
      .map((r) => r.id);
    await this.dataSource.transaction(async (manager) => {
      await this.repository.find(eventId, manager, true);
      await this.repository.replaceMeetings(eventId, next, manager);
      await this.repository.setScheduleResult(
        eventId,
        {
          score: result.score,
          bound: result.bound,
          status: result.status,
          method: result.method,
          published: 'now',
        },
        manager,
      );
      await this.notify(event, changed, 'changed', manager);
    });
    return this.schedule(auth, eventId, meta, {
      unreachable: built.unreachable,
      warnings: result.warnings ?? [],
      moved: result.moved ?? 0,
    });
  }

  /** The first round that has not started, by the event's times in the district (0 before the day). */
  private currentRound(event: EventRow, at: Date = new Date()): number {
    const now = districtNow(at);
    if (now.day < event.day) return 0;
    if (now.day > event.day) return event.rounds!;
    return this.roundTimes(event).filter((t) => minutes(t.startsAt) <= now.minutes).length;
  }

  // ---------- check-in ----------

  async checkInByCode(auth: AuthContext, eventId: string, code: string): Promise<EventRegistrationResponse> {
    await this.visible(auth, eventId);
    const rows = await this.repository.registrations(eventId);
    const row = rows.find((r) => r.status === 'confirmed' && r.code === code.trim().toUpperCase());
    if (!row)
      throw new DomainError('EVENT_CODE_NOT_FOUND', EventsMessage.CODE_NOT_FOUND, [
        { field: 'code', code: 'NOT_FOUND', message: 'no participant with this code' },
      ]);
    await this.repository.setAttendance(row.id, 'check_in');
    return this.registrationFor(auth, eventId, row.id);
  }

  async attendance(
    auth: AuthContext,
    eventId: string,
    registrationId: string,
    what: 'check_in' | 'no_show',
  ): Promise<EventRegistrationResponse> {
    await this.visible(auth, eventId);
    const row = await this.repository.registration(eventId, registrationId);
    if (!row || row.status !== 'confirmed') throw registrationNotFound();
    await this.repository.setAttendance(row.id, what);
    return this.registrationFor(auth, eventId, row.id);
  }

  /** A candidate registered on the spot: confirmed and checked in, whatever the capacity. */
  async walkIn(
    auth: AuthContext,
    eventId: string,
    candidateId: string,
    languages: string[] | undefined,
  ): Promise<EventRegistrationResponse> {
    if (!(await this.repository.candidateExists(candidateId)))
      throw invalid('candidateId', 'NOT_FOUND', 'no such candidate');
    const id = await this.dataSource.transaction(async (manager) => {
      const event = await this.visible(auth, eventId, manager, true);
      if (event.status === 'draft' || event.status === 'held')
        throw new DomainError('EVENT_REGISTRATION_CLOSED', EventsMessage.REGISTRATION_CLOSED);
      if (await this.repository.liveRegistrationOf(eventId, { candidateId }, manager))
        throw new DomainError('EVENT_ALREADY_REGISTERED', EventsMessage.ALREADY_REGISTERED);
      return this.repository.insertRegistration(
        {
          eventId,
          kind: 'candidate',
          companyId: null,
          candidateId,
          registeredBy: auth.accountId,
          status: 'confirmed',
          code: await this.newCode(eventId, manager),
          offerIds: [],
          languages: languages ?? [],
          showFirstName: false,
          walkIn: true,
          checkedIn: true,
        },
        manager,
      );
    });
    return this.registrationFor(auth, eventId, id);
  }

  // ---------- plans ----------

  /**
   * One participant's plan. A table's plan: its firm's employers and staff; a candidate's plan: the
   * candidate, their mentors and staff (a read by someone else is logged). Anyone else: 404.
   * Participants see entries only once the schedule is published.
   */
  async plan(
    auth: AuthContext,
    eventId: string,
    registrationId: string,
    meta: RequestMeta,
  ): Promise<EventPlanResponse> {
    const event = await this.visible(auth, eventId);
    const rows = await this.repository.registrations(eventId);
    const row = rows.find((r) => r.id === registrationId && r.status === 'confirmed');
    if (!row || !(await this.mayActFor(auth, row))) throw registrationNotFound();
    const published = !!event.schedule_published_at;
    const visible = published || isStaff(auth);
    const meetings = visible
      ? (await this.repository.meetings(eventId)).filter((m) =>
          row.kind === 'firm' ? m.firm_registration_id === row.id : m.candidate_registration_id === row.id,
        )
      : [];
    const described = await this.describe(event, rows, meetings);
    const candidateIds =
      row.kind === 'firm'
        ? described.map((m) => rows.find((r) => r.id === m.candidateRegistrationId)!.candidate_id!)
        : [row.candidate_id!];
    if (row.kind === 'firm')
      await this.accessLog.recordAppearances(auth, candidateIds, 'list_event_candidates', meta);
    else await this.accessLog.record(auth, candidateIds, 'read_event_participants', meta);
    const labels = this.labels(rows);
    return {
      eventId,
      eventTitle: event.title,
      day: event.day,
      venue: event.venue,
      registrationId: row.id,
      kind: row.kind,
      name:
        row.kind === 'firm'
          ? (row.company_name ?? '')
          : `${row.given_name ?? ''} ${row.family_name ?? ''}`.trim() || labels.get(row.id)!,
      code: row.code,
      tableNumber: row.kind === 'firm' ? row.seq : null,
      published,
      entries: described
        .sort((a, b) => a.round - b.round)
        .map((m) => ({
          round: m.round,
          startsAt: m.startsAt,
          endsAt: m.endsAt,
          tableNumber: m.tableNumber,
          with: row.kind === 'firm' ? m.candidateLabel : m.firmName,
          interpreterName: m.interpreterName,
          language: m.language,
        })),
    };
  }

  // ---------- notifications ----------

  /** Mails in the recipient's language through the outbox, in the caller's transaction. */
  private async notify(
    event: EventRow,
    registrationIds: string[],
    kind: EventMailKind,
    manager: EntityManager,
  ) {
    for (const r of await this.repository.recipients(registrationIds, manager)) {
      const lang: UiLanguage = isUiLanguage(r.preferred_language) ? r.preferred_language : 'de';
      const mail = eventMail(lang, kind, {
        title: event.title,
        day: readableDay(event.day),
        startsAt: event.starts_at,
        venue: event.venue,
        link: `${this.settings.publicUrl}/events/${event.id}`,
      });
      await this.mail.write({ to: r.email, ...mail }, manager);
    }
  }

  /** The daily job: reminds the confirmed participants of tomorrow's events, once per event. */
  async sendReminders(now: Date = new Date()): Promise<number> {
    const tomorrow = addDays(districtToday(now), 1);
    return this.dataSource.transaction(async (manager) => {
      let sent = 0;
      for (const { id } of await this.repository.dueReminders(tomorrow, manager)) {
        const event = (await this.repository.find(id, manager))!;
        const rows = (await this.repository.registrations(id, manager)).filter(
          (r) => r.status === 'confirmed',
        );
        await this.notify(
          event,
          rows.map((r) => r.id),
          'reminder',
          manager,
        );
        await this.repository.markReminded(id, manager);
        sent++;
      }
      return sent;
    });
  }
}
