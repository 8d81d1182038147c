import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  candidateRoute,
  checkPlan,
  editPlan,
  formatClock,
  parseClock,
  planOpenHouse,
  siteVisitors,
  visitPairKey,
  type OpenHouseInstance,
  type OpenHousePlan,
  type PlanConflict,
  type PlanEdit,
  type TimeWindow,
} from '@passgenau/domain';
import type { AuthContext, RequestMeta } from '../../common/auth-context';
import { DomainError, type FieldError } from '../../common/domain-error';
import { AccessLogService } from '../audit/access-log.service';
import { CandidateAccessPolicy } from '../candidates/candidate-access.service';
import type {
  AddOpenHouseSiteDto,
  CandidateRouteResponse,
  CreateOpenHouseDayDto,
  OpenHouseDayForCandidate,
  OpenHouseDayResponse,
  OpenHouseDaySummary,
  OpenHousePlanResponse,
  OpenHouseRegistrationResponse,
  OpenHouseSiteResponse,
  PlanConflictResponse,
  PlanEditDto,
  PlannedVisitResponse,
  RegisterOpenHouseDto,
  RegisterOpenHouseGroupDto,
  SiteVisitorsResponse,
} from './dto/open-house.dto';
import { MatchFits } from './match-fits';
import { OpenHouseMessage } from './open-house.errors';
import {
  OpenHouseRepository,
  type DayRow,
  type GroupRow,
  type RegistrationRow,
  type SiteRow,
  type VisitRow,
} from './open-house.repository';

/** Staff who plan open-house days and job fairs. */
export const PLANNING_ROLES = ['coordinator', 'iba_staff', 'admin'] as const;
export function isPlanner(auth: AuthContext): boolean {
  return (PLANNING_ROLES as readonly string[]).includes(auth.role);
}

/** Default planner budget of a request (the planner runs inline; a day of the size needs ≤ 4 s). */
const DEFAULT_PLAN_MS = 1500;

function invalid(field: string, code: FieldError['code'], message: string): DomainError {
  return new DomainError('VALIDATION_FAILED', `Invalid input: ${field}`, [{ field, code, message }]);
}

function dayNotFound(): DomainError {
  return new DomainError('OPEN_HOUSE_DAY_NOT_FOUND', OpenHouseMessage.DAY_NOT_FOUND, [
    { field: 'id', code: 'NOT_FOUND', message: 'no such open-house day' },
  ]);
}

function siteNotFound(field = 'siteId'): DomainError {
  return new DomainError('OPEN_HOUSE_SITE_NOT_FOUND', OpenHouseMessage.SITE_NOT_FOUND, [
    { field, code: 'NOT_FOUND', message: 'no such site of this day' },
  ]);
}

/** Opening windows from HH:MM, checked: each ends after it starts, none overlap. */
function openings(list: Array<{ start: string; end: string }>, slotMinutes: number): TimeWindow[] {
  const windows = list.map((w) => ({ start: parseClock(w.start), end: parseClock(w.end) }));
  windows.forEach((w, i) => {
    if (w.end <= w.start) throw invalid(`openings.${i}.end`, 'DATE_ORDER', 'end must be after start');
    if (w.end - w.start < slotMinutes)
      throw invalid(`openings.${i}.end`, 'TOO_SMALL', 'the window is shorter than one slot');
  });
  const sorted = [...windows].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++)
    if (sorted[i].start < sorted[i - 1].end)
      throw invalid('openings', 'DUPLICATE', 'opening windows must not overlap');
  return sorted;
}

function available(dto: { availableFrom: string; availableUntil: string }): TimeWindow {
  const window = { start: parseClock(dto.availableFrom), end: parseClock(dto.availableUntil) };
  if (window.end <= window.start)
    throw invalid('availableUntil', 'DATE_ORDER', 'must be after availableFrom');
  return window;
}

interface DayData {
  day: DayRow;
  sites: SiteRow[];
  groups: GroupRow[];
  registrations: RegistrationRow[];
  visits: VisitRow[];
}

/**
 * Open-house days: sites with opening windows and capacities, registrations (alone or as a group
 * from a housing site with a mentor), the plan (the lib planner over matching scores), hand edits
 * with the conflict check at once, the firm's visitors per slot and a candidate's own route.
 */
@Injectable()
export class OpenHouseService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: OpenHouseRepository,
    private readonly fits: MatchFits,
    private readonly access: CandidateAccessPolicy,
    private readonly accessLog: AccessLogService,
  ) {}

  async create(auth: AuthContext, dto: CreateOpenHouseDayDto): Promise<OpenHouseDaySummary> {
    return this.summary(
      await this.repository.createDay(dto.title.trim() || dto.title, dto.date, auth.accountId),
    );
  }

  async list(): Promise<OpenHouseDaySummary[]> {
    return (await this.repository.listDays()).map((d) => this.summary(d));
  }

  /** Days a candidate (or a mentor's authorised candidate) is registered for. */
  async daysOf(auth: AuthContext, candidateId: string | undefined): Promise<OpenHouseDayForCandidate[]> {
    const id = await this.candidateOf(auth, candidateId, 'read');
    return (await this.repository.daysOfCandidate(id)).map((d) => ({
      id: d.id,
      title: d.title,
      date: d.day,
    }));
  }

  async get(auth: AuthContext, id: string, meta: RequestMeta): Promise<OpenHouseDayResponse> {
    const data = await this.load(id);
    await this.logAppearances(auth, data.registrations, meta);
    return {
      ...this.summary(data.day),
      siteList: data.sites.map((s) => this.site(s)),
      groups: data.groups.map((g) => ({
        id: g.id,
        housingSiteId: g.housing_site_id,
        mentorName: g.mentor_name,
        companions: g.companions,
        candidateIds: data.registrations.filter((r) => r.group_id === g.id).map((r) => r.candidate_id),
        travelMode: g.travel_mode,
      })),
    };
  }

  async addSite(id: string, dto: AddOpenHouseSiteDto): Promise<OpenHouseSiteResponse> {
    const day = await this.repository.day(id);
    if (!day) throw dayNotFound();
    const windows = openings(dto.openings, dto.slotMinutes);
    let values: {
      companyId: string | null;
      companySiteId: string | null;
      name: string;
      townAgs: string;
      lat: number;
      lon: number;
    };
    if (dto.kind === 'firm') {
      if (!dto.companySiteId) throw invalid('companySiteId', 'REQUIRED', 'a firm site needs companySiteId');
      if (dto.townAgs !== undefined) throw invalid('townAgs', 'NOT_ALLOWED', 'a firm site has its own town');
      const site = await this.repository.companySite(dto.companySiteId);
      if (!site) throw invalid('companySiteId', 'NOT_FOUND', 'no such firm site');
      if (!site.town_ags)
        throw invalid('companySiteId', 'UNKNOWN_TOWN', 'the firm site lies in no town of the district');
      values = {
        companyId: site.company_id,
        companySiteId: dto.companySiteId,
        name: dto.name?.trim() || site.company_name,
        townAgs: site.town_ags,
        lat: site.lat,
        lon: site.lon,
      };
    } else {
      if (dto.companySiteId !== undefined) throw invalid('companySiteId', 'NOT_ALLOWED', 'only firm sites');
      if (!dto.name?.trim()) throw invalid('name', 'REQUIRED', 'a housing site needs a name');
      if (!dto.townAgs) throw invalid('townAgs', 'REQUIRED', 'a housing site needs a town');
      const town = await this.repository.town(dto.townAgs);
      if (!town) throw invalid('townAgs', 'UNKNOWN_TOWN', 'not a town of the district');
      values = {
        companyId: null,
        companySiteId: null,
        name: dto.name.trim(),
        townAgs: town.ags,
        lat: town.lat,
        lon: town.lon,
      };
    }
    const siteId = await this.repository.insertSite({
      dayId: id,
      kind: dto.kind,
      ...values,
      openings: windows,
      capacity: dto.capacity,
      slotMinutes: dto.slotMinutes,
    });
    return this.site((await this.repository.sites(id)).find((s) => s.id === siteId)!);
  }

  async register(
    auth: AuthContext,
    id: string,
    dto: RegisterOpenHouseDto,
  ): Promise<OpenHouseRegistrationResponse> {
    if (!(await this.repository.day(id))) throw dayNotFound();
    const candidateId = await this.candidateOf(auth, dto.candidateId, 'edit');
    const window = available(dto);
    let start: { ags: string; lat: number; lon: number } | null;
    if (dto.startTownAgs) {
      start = await this.repository.town(dto.startTownAgs);
      if (!start) throw invalid('startTownAgs', 'UNKNOWN_TOWN', 'not a town of the district');
    } else {
      start = await this.repository.homeTown(candidateId);
      if (!start)
        throw invalid('startTownAgs', 'REQUIRED', 'the profile has no home town; give startTownAgs');
    }
    const registrationId = await this.repository.insertRegistration({
      dayId: id,
      candidateId,
      groupId: null,
      registeredBy: auth.accountId,
      travelMode: dto.travelMode,
      radiusKm: dto.radiusKm,
      startLat: start.lat,
      startLon: start.lon,
      startTownAgs: start.ags,
      availableStart: window.start,
      availableEnd: window.end,
      maxVisits: dto.maxVisits,
      needsInterpreter: dto.needsInterpreter ?? false,
      interpreterLanguage: dto.interpreterLanguage ?? null,
      showFirstName: dto.showFirstName ?? false,
    });
    if (!registrationId) throw this.alreadyRegistered('candidateId');
    const row = (await this.repository.registrations(id)).find((r) => r.id === registrationId)!;
    return this.registration(row);
  }

  async registerGroup(
    auth: AuthContext,
    id: string,
    dto: RegisterOpenHouseGroupDto,
  ): Promise<{ id: string; registrations: OpenHouseRegistrationResponse[] }> {
    if (!(await this.repository.day(id))) throw dayNotFound();
    const window = available(dto);
    const housing = (await this.repository.sites(id)).find((s) => s.id === dto.housingSiteId);
    if (!housing || housing.kind !== 'housing') throw siteNotFound('housingSiteId');
    if (new Set(dto.candidateIds).size !== dto.candidateIds.length)
      throw invalid('candidateIds', 'DUPLICATE', 'a candidate twice');
    for (const [i, candidateId] of dto.candidateIds.entries())
      await this.candidateOf(auth, candidateId, 'edit', `candidateIds.${i}`);
    const groupId = await this.dataSource.transaction(async (manager) => {
      const groupId = await this.repository.insertGroup(
        {
          dayId: id,
          housingSiteId: housing.id,
          mentorAccountId: auth.role === 'mentor' ? auth.accountId : null,
          companions: dto.companions ?? 1,
          travelMode: dto.travelMode,
          radiusKm: dto.radiusKm,
          availableStart: window.start,
          availableEnd: window.end,
          maxVisits: dto.maxVisits,
        },
        manager,
      );
      for (const [i, candidateId] of dto.candidateIds.entries()) {
        const inserted = await this.repository.insertRegistration(
          {
            dayId: id,
            candidateId,
            groupId,
            registeredBy: auth.accountId,
            travelMode: dto.travelMode,
            radiusKm: dto.radiusKm,
            startLat: housing.lat,
            startLon: housing.lon,
            startTownAgs: housing.town_ags,
            availableStart: window.start,
            availableEnd: window.end,
            maxVisits: dto.maxVisits,
            needsInterpreter: dto.needsInterpreter ?? false,
            interpreterLanguage: dto.interpreterLanguage ?? null,
            showFirstName: dto.showFirstName ?? false,
          },
          manager,
        );
        // Nothing half-written: the whole group is refused.
        if (!inserted) throw this.alreadyRegistered(`candidateIds.${i}`);
      }
      return groupId;
    });
    const rows = (await this.repository.registrations(id)).filter((r) => r.group_id === groupId);
    return { id: groupId, registrations: rows.map((r) => this.registration(r)) };
  }

  async registrations(
    auth: AuthContext,
    id: string,
    meta: RequestMeta,
  ): Promise<OpenHouseRegistrationResponse[]> {
    if (!(await this.repository.day(id))) throw dayNotFound();
    const rows = await this.repository.registrations(id);
    await this.logAppearances(auth, rows, meta);
    return rows.map((r) => this.registration(r));
  }

  /** Runs the planner over the day and stores its visits (hand edits are replaced). */
  async plan(
    auth: AuthContext,
    id: string,
    timeLimitMs: number | undefined,
    meta: RequestMeta,
  ): Promise<OpenHousePlanResponse> {
    const data = await this.load(id);
    const instance = this.instance(data, await this.scores(data));
    const result = planOpenHouse(instance, { timeLimitMs: timeLimitMs ?? DEFAULT_PLAN_MS });
    const visits = this.visitRows(instance, result.plan, new Map());
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.repository.lockDay(id, manager))) throw dayNotFound();
      await this.repository.replaceVisits(id, visits, manager);
      await this.repository.savePlanFigures(
        id,
        { score: result.score, bound: result.bound, status: result.status, reached: result.coverage.reached },
        manager,
        true,
      );
    });
    return this.storedPlan(auth, id, meta);
  }

  async storedPlan(auth: AuthContext, id: string, meta: RequestMeta): Promise<OpenHousePlanResponse> {
    const data = await this.load(id);
    await this.logAppearances(auth, data.registrations, meta);
    return this.planResponse(data);
  }

  /** A hand edit (move, add, remove a visit): stored, and every conflict of the new plan returned at once. */
  async edit(
    auth: AuthContext,
    id: string,
    dto: PlanEditDto,
    meta: RequestMeta,
  ): Promise<OpenHousePlanResponse> {
    const data = await this.load(id);
    const siteOf = (siteId: string, field: string) => {
      const site = data.sites.find((s) => s.id === siteId);
      if (!site) throw siteNotFound(field);
      return site;
    };
    const parties = new Set([
      ...data.registrations.map((r) => r.candidate_id),
      ...data.groups.map((g) => g.id),
    ]);
    if (!parties.has(dto.party))
      throw new DomainError('OPEN_HOUSE_VISIT_NOT_FOUND', OpenHouseMessage.VISIT_NOT_FOUND, [
        { field: 'party', code: 'NOT_FOUND', message: 'not registered for this day' },
      ]);
    const site = siteOf(dto.site, 'site');
    const start = parseClock(dto.start);
    let edit: PlanEdit;
    if (dto.op === 'add') {
      edit = { op: 'add', party: dto.party, visit: { site: site.id, start, end: start + site.slot_minutes } };
    } else if (dto.op === 'remove') {
      edit = { op: 'remove', party: dto.party, site: site.id, start };
    } else {
      if (dto.toSite === undefined && dto.toStart === undefined)
        throw invalid('toStart', 'REQUIRED', 'a move needs toSite or toStart');
      const target = dto.toSite ? siteOf(dto.toSite, 'toSite') : site;
      const toStart = dto.toStart ? parseClock(dto.toStart) : start;
      edit = {
        op: 'move',
        party: dto.party,
        site: site.id,
        start,
        to: { site: target.id, start: toStart, end: toStart + target.slot_minutes },
      };
    }
    const before = this.plannedOf(data.visits);
    let after: OpenHousePlan;
    try {
      after = editPlan(before, edit);
    } catch {
      throw new DomainError('OPEN_HOUSE_VISIT_NOT_FOUND', OpenHouseMessage.VISIT_NOT_FOUND, [
        {
          field: 'start',
          code: 'NOT_FOUND',
          message: 'the plan has no visit of this party at this site and time',
        },
      ]);
    }
    const instance = this.instance(data, await this.scores(data));
    const manual = new Map(data.visits.map((v) => [`${v.party}|${v.site_id}|${v.start_minute}`, v.manual]));
    const visits = this.visitRows(instance, after, manual, true);
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.repository.lockDay(id, manager))) throw dayNotFound();
      await this.repository.replaceVisits(id, visits, manager);
      const parties = new Set(visits.map((v) => v.party));
      await this.repository.savePlanFigures(
        id,
        {
          score: visits.reduce((sum, v) => sum + v.score, 0),
          bound: null,
          status: null,
          reached: this.reached(data, parties),
        },
        manager,
        false,
      );
    });
    return this.storedPlan(auth, id, meta);
  }

  /** A site's visitors per slot: its firm's employers (their own sites only) and planning staff. */
  async siteVisitors(
    auth: AuthContext,
    id: string,
    siteId: string,
    meta: RequestMeta,
  ): Promise<SiteVisitorsResponse> {
    const data = await this.load(id).catch((e: unknown) => {
      throw e instanceof DomainError && auth.role === 'employer' ? siteNotFound() : e;
    });
    const site = data.sites.find((s) => s.id === siteId);
    if (!site || (auth.role === 'employer' && site.company_id !== auth.companyId)) throw siteNotFound();
    const instance = this.instance(data, {});
    const slots = siteVisitors(instance, this.plannedOf(data.visits), site.id);
    const byCandidate = new Map(data.registrations.map((r) => [r.candidate_id, r]));
    await this.logAppearances(
      auth,
      slots.flatMap((s) => s.candidates.flatMap((c) => byCandidate.get(c) ?? [])),
      meta,
    );
    return {
      site: this.site(site),
      dayTitle: data.day.title,
      date: data.day.day,
      slots: slots.map((slot) => ({
        start: formatClock(slot.start),
        end: formatClock(slot.end),
        people: slot.people,
        capacity: slot.capacity,
        visitors: slot.candidates.flatMap((c) => {
          const r = byCandidate.get(c);
          if (!r) return [];
          return [
            {
              name:
                (r.show_first_name ? r.given_name : null) ?? r.pseudonym ?? `#${r.candidate_id.slice(0, 8)}`,
              languages: r.languages,
              needsInterpreter: r.needs_interpreter,
              interpreterLanguage: r.interpreter_language,
              inGroup: r.group_id !== null,
            },
          ];
        }),
      })),
    };
  }

  /** The candidate's own route (a mentor: an authorised candidate's, or a member of their group). */
  async route(
    auth: AuthContext,
    id: string,
    candidateId: string | undefined,
    meta: RequestMeta,
  ): Promise<CandidateRouteResponse> {
    const data = await this.load(id);
    const registration = await this.routeRegistration(auth, data, candidateId);
    if (!registration) throw dayNotFound();
    await this.accessLog.recordAppearances(auth, [registration.candidate_id], 'list_open_house', meta);
    const instance = this.instance(data, {});
    const route = candidateRoute(instance, this.plannedOf(data.visits), registration.candidate_id);
    const group = data.groups.find((g) => g.id === registration.group_id);
    const stored = new Map(data.visits.map((v) => [`${v.party}|${v.site_id}|${v.start_minute}`, v]));
    const party = group?.id ?? registration.candidate_id;
    return {
      dayId: data.day.id,
      dayTitle: data.day.title,
      date: data.day.day,
      pseudonym: registration.pseudonym,
      groupId: registration.group_id,
      travelMode: group?.travel_mode ?? registration.travel_mode,
      visits: (route?.visits ?? []).map((v) =>
        this.visit(
          data,
          stored.get(`${party}|${v.site}|${v.start}`) ?? {
            party,
            site_id: v.site,
            start_minute: v.start,
            end_minute: v.end,
            score: 0,
            manual: false,
          },
        ),
      ),
    };
  }

  private async routeRegistration(
    auth: AuthContext,
    data: DayData,
    candidateId: string | undefined,
  ): Promise<RegistrationRow | undefined> {
    if (auth.role === 'candidate') {
      if (candidateId !== undefined && candidateId !== auth.candidateId) return undefined;
      return data.registrations.find((r) => r.candidate_id === auth.candidateId);
    }
    if (!candidateId) throw invalid('candidateId', 'REQUIRED', 'which candidate’s route');
    const registration = data.registrations.find((r) => r.candidate_id === candidateId);
    if (!registration) return undefined;
    if (auth.role === 'mentor') {
      const ownGroup = data.groups.some(
        (g) => g.id === registration.group_id && g.mentor_account_id === auth.accountId,
      );
      if (!ownGroup && !(await this.access.can(auth, candidateId, 'read'))) return undefined;
    }
    return registration;
  }

  // --- helpers

  private async candidateOf(
    auth: AuthContext,
    candidateId: string | undefined,
    intent: 'read' | 'edit',
    field = 'candidateId',
  ): Promise<string> {
    if (auth.role === 'candidate') {
      if (candidateId !== undefined && candidateId !== auth.candidateId)
        throw invalid(field, 'NOT_ALLOWED', 'candidates act for themselves');
      return auth.candidateId!;
    }
    if (!candidateId) throw invalid(field, 'REQUIRED', 'which candidate');
    if (auth.role === 'mentor') {
      if (!(await this.access.can(auth, candidateId, intent)))
        throw invalid(field, 'NOT_FOUND', 'no such candidate among those you are authorised for');
      return candidateId;
    }
    if (!(await this.repository.candidateExists(candidateId)))
      throw invalid(field, 'NOT_FOUND', 'no such candidate');
    return candidateId;
  }

  private alreadyRegistered(field: string): DomainError {
    return new DomainError('OPEN_HOUSE_ALREADY_REGISTERED', OpenHouseMessage.ALREADY_REGISTERED, [
      { field, code: 'DUPLICATE', message: 'registered for this day already' },
    ]);
  }

  private async load(id: string): Promise<DayData> {
    const day = await this.repository.day(id);
    if (!day) throw dayNotFound();
    const [sites, groups, registrations, visits] = await Promise.all([
      this.repository.sites(id),
      this.repository.groups(id),
      this.repository.registrations(id),
      this.repository.visits(id),
    ]);
    return { day, sites, groups, registrations, visits };
  }

  private async logAppearances(auth: AuthContext, rows: RegistrationRow[], meta: RequestMeta): Promise<void> {
    await this.accessLog.recordAppearances(
      auth,
      rows.map((r) => r.candidate_id),
      'list_open_house',
      meta,
    );
  }

  /** Match quality per (firm site, candidate): the best score over the firm's listed offers. Housing sites score nothing. */
  private async scores(data: DayData): Promise<Record<string, number>> {
    const firmSites = data.sites.filter((s) => s.kind === 'firm' && s.company_id);
    const offers = await this.repository.listedOffersOf([...new Set(firmSites.map((s) => s.company_id!))]);
    const showings = await this.fits.offerShowings(
      firmSites.map((s) => ({
        owner: s.id,
        offerIds: offers.filter((o) => o.company_id === s.company_id).map((o) => o.id),
      })),
    );
    const scores: Record<string, number> = {};
    for (const fit of await this.fits.fits(
      showings,
      data.registrations.map((r) => r.candidate_id),
    )) {
      const key = visitPairKey(fit.owner, fit.candidate);
      scores[key] = Math.max(scores[key] ?? 0, fit.score);
    }
    return scores;
  }

  private instance(data: DayData, scores: Record<string, number>): OpenHouseInstance {
    const travel = (
      t: {
        travel_mode: GroupRow['travel_mode'];
        radius_km: number;
        available_start: number;
        available_end: number;
        max_visits: number;
      },
      start: { lat: number; lon: number },
    ) => ({
      start,
      mode: t.travel_mode,
      radiusKm: t.radius_km,
      available: { start: t.available_start, end: t.available_end },
      maxVisits: t.max_visits,
    });
    return {
      sites: data.sites.map((s) => ({
        id: s.id,
        kind: s.kind,
        location: { lat: s.lat, lon: s.lon },
        town: s.town_name,
        openings: s.openings,
        capacity: s.capacity,
        slotMinutes: s.slot_minutes,
      })),
      candidates: data.registrations.map((r) =>
        r.group_id
          ? { id: r.candidate_id }
          : { id: r.candidate_id, travel: travel(r, { lat: r.start_lat, lon: r.start_lon }) },
      ),
      groups: data.groups
        .map((g) => ({
          id: g.id,
          members: data.registrations.filter((r) => r.group_id === g.id).map((r) => r.candidate_id),
          companions: g.companions,
          housingSiteId: g.housing_site_id,
          travel: travel(g, { lat: g.lat, lon: g.lon }),
        }))
        .filter((g) => g.members.length > 0),
      scores,
    };
  }

  private plannedOf(visits: VisitRow[]): OpenHousePlan {
    const routes = new Map<string, OpenHousePlan['routes'][number]>();
    for (const v of visits) {
      const route = routes.get(v.party) ?? { party: v.party, visits: [] };
      route.visits.push({ site: v.site_id, start: v.start_minute, end: v.end_minute });
      routes.set(v.party, route);
    }
    for (const route of routes.values()) route.visits.sort((a, b) => a.start - b.start);
    return { routes: [...routes.values()] };
  }

  private visitRows(
    instance: OpenHouseInstance,
    plan: OpenHousePlan,
    manual: Map<string, boolean>,
    newIsManual = false,
  ): VisitRow[] {
    const groups = new Map((instance.groups ?? []).map((g) => [g.id, g.members]));
    return plan.routes.flatMap((route) =>
      route.visits.map((v) => {
        const members = groups.get(route.party) ?? [route.party];
        const key = `${route.party}|${v.site}|${v.start}`;
        return {
          party: route.party,
          site_id: v.site,
          start_minute: v.start,
          end_minute: v.end,
          score: members.reduce((sum, m) => sum + (instance.scores[visitPairKey(v.site, m)] ?? 0), 0),
          manual: manual.get(key) ?? newIsManual,
        };
      }),
    );
  }

  private reached(data: DayData, parties: Set<string>): number {
    return data.registrations.filter((r) => parties.has(r.group_id ?? r.candidate_id)).length;
  }

  private planResponse(data: DayData): OpenHousePlanResponse {
    const instance = this.instance(data, {});
    const plan = this.plannedOf(data.visits);
    const conflicts = checkPlan(instance, plan);
    const byParty = new Map<string, VisitRow[]>();
    for (const v of data.visits) byParty.set(v.party, [...(byParty.get(v.party) ?? []), v]);
    const registrations = new Map(data.registrations.map((r) => [r.candidate_id, r]));
    const routes = [...byParty.entries()].map(([party, visits]) => {
      const group = data.groups.find((g) => g.id === party);
      const members = group
        ? data.registrations.filter((r) => r.group_id === group.id)
        : [registrations.get(party)].filter((r) => !!r);
      return {
        party,
        kind: group ? ('group' as const) : ('candidate' as const),
        pseudonyms: members.map((r) => r!.pseudonym ?? `#${r!.candidate_id.slice(0, 8)}`),
        visits: visits.sort((a, b) => a.start_minute - b.start_minute).map((v) => this.visit(data, v)),
      };
    });
    const parties = new Set(data.visits.map((v) => v.party));
    return {
      dayId: data.day.id,
      plannedAt: data.day.planned_at ? new Date(data.day.planned_at).toISOString() : null,
      score: data.visits.reduce((sum, v) => sum + v.score, 0),
      bound: data.day.plan_bound,
      status: data.day.plan_status,
      reached: this.reached(data, parties),
      candidates: data.registrations.length,
      routes,
      conflicts: conflicts.map((c) => this.conflict(c)),
    };
  }

  private conflict(c: PlanConflict): PlanConflictResponse {
    return {
      code: c.code,
      party: c.party ?? null,
      site: c.site ?? null,
      start: c.start === undefined ? null : formatClock(c.start),
      detail: c.detail,
      needed: c.needed ?? null,
      available: c.available ?? null,
    };
  }

  private visit(data: DayData, v: VisitRow): PlannedVisitResponse {
    const site = data.sites.find((s) => s.id === v.site_id);
    return {
      site: v.site_id,
      siteName: site?.name ?? '',
      townName: site?.town_name ?? '',
      start: formatClock(v.start_minute),
      end: formatClock(v.end_minute),
      score: Math.round(v.score * 1000) / 1000,
      manual: v.manual,
    };
  }

  private summary(d: DayRow): OpenHouseDaySummary {
    return {
      id: d.id,
      title: d.title,
      date: d.day,
      sites: d.sites,
      registrations: d.registrations,
      plannedAt: d.planned_at ? new Date(d.planned_at).toISOString() : null,
    };
  }

  private site(s: SiteRow): OpenHouseSiteResponse {
    return {
      id: s.id,
      kind: s.kind,
      name: s.name,
      companyId: s.company_id,
      townAgs: s.town_ags,
      townName: s.town_name,
      lat: s.lat,
      lon: s.lon,
      openings: s.openings.map((w) => ({ start: formatClock(w.start), end: formatClock(w.end) })),
      capacity: s.capacity,
      slotMinutes: s.slot_minutes,
    };
  }

  private registration(r: RegistrationRow): OpenHouseRegistrationResponse {
    return {
      id: r.id,
      candidateId: r.candidate_id,
      pseudonym: r.pseudonym,
      firstName: r.show_first_name ? r.given_name : null,
      groupId: r.group_id,
      travelMode: r.travel_mode,
      radiusKm: r.radius_km,
      startTownName: r.start_town_name,
      availableFrom: formatClock(r.available_start),
      availableUntil: formatClock(r.available_end),
      maxVisits: r.max_visits,
      languages: r.languages,
      needsInterpreter: r.needs_interpreter,
      interpreterLanguage: r.interpreter_language,
    };
  }
}
