import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import QRCode from 'qrcode';
import { pickLabel, type ConceptLabels, type EvidenceTier, type UiLanguage } from '@passgenau/domain';
import type { LocaleCode } from '@passgenau/i18n';
import { AUTH_SETTINGS, type AuthSettings } from '../../common/auth-settings';
import type { AuthContext, RequestMeta } from '../../common/auth-context';
import { DomainError } from '../../common/domain-error';
import { AccessLogService } from '../audit/access-log.service';
import { CandidateAccessPolicy } from '../candidates/candidate-access.service';
import { EventFirmsService } from '../event-firms/event-firms.service';
import { EventsService } from '../events/events.service';
import { MatchingService, type PrintableMatches } from '../matching/matching.service';
import type { CompetenceResponse } from '../profiles/dto/profile.response';
import type { ConceptLabelsResponse } from '../taxonomy/dto/taxonomy.response';
import { ProfileLoader } from '../profiles/profile.loader';
import { ProfilesRepository } from '../profiles/profiles.repository';
import { loadConcepts } from '../taxonomy/concept-labels';
import { PdfRenderer } from './pdf-renderer.service';
import { formatDay, formatMoment } from './print-format';
import { translator } from './print-texts';
import { PrintMessage } from './print.errors';
import { PrintRepository } from './print.repository';
import { matchListHtml, matchListsHtml, type MatchListView, type PrintLabel } from './templates/match-list.template';
import { profileHtml, type ProfileView } from './templates/profile.template';
import type { Badge } from './templates/badges.template';
import { eventBundleHtml } from './templates/event-bundle.template';
import type { SpeedDatingPlanView } from './templates/speed-dating.template';

export interface Printout {
  filename: string;
  pdf: Buffer;
}

function tierOf(competence: CompetenceResponse): EvidenceTier {
  const tiers = competence.evidence.map((e): EvidenceTier =>
    e.confirmedByIba ? 'confirmed' : e.kind === 'provider' ? 'assessed' : e.kind === 'mentor' ? 'mentor' : 'self',
  );
  const order: EvidenceTier[] = ['confirmed', 'assessed', 'mentor', 'self'];
  return order.find((tier) => tiers.includes(tier)) ?? 'self';
}

function labelFrom(labels: ConceptLabels | ConceptLabelsResponse | undefined, code: string, lang: UiLanguage): PrintLabel {
  const picked = labels ? pickLabel(labels as ConceptLabels, lang) : null;
  return picked ? { text: picked.text, lang: picked.lang } : { text: code, lang: null };
}

/** The candidates on printed match lists, each once. */
function printedCandidates(lists: PrintableMatches[]): string[] {
  return [...new Set(lists.flatMap((l) => l.items.map((m) => m.candidate.candidateId)))];
}

/** File names stay ASCII: the pseudonym or id, never a person's name. */
function fileSafe(value: string): string {
  return value.replace(/[^A-Za-z0-9-]+/g, '-').slice(0, 60);
}

/**
 * Printouts as PDF: match lists for a firm or an offer, and the one-page profile in its
 * pseudonymous and full form. Access is the same as on screen; each printout of personal data is
 * one access-log entry per candidate printed.
 */
@Injectable()
export class PrintService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly renderer: PdfRenderer,
    private readonly matching: MatchingService,
    private readonly access: CandidateAccessPolicy,
    private readonly accessLog: AccessLogService,
    private readonly profiles: ProfilesRepository,
    private readonly loader: ProfileLoader,
    private readonly repository: PrintRepository,
    private readonly events: EventsService,
    private readonly eventFirms: EventFirmsService,
    @Inject(AUTH_SETTINGS) private readonly settings: AuthSettings,
  ) {}

  private async language(auth: AuthContext, lang: UiLanguage | undefined): Promise<LocaleCode> {
    return lang ?? (await this.repository.preferredLanguage(auth.accountId));
  }

  async companyMatchList(
    auth: AuthContext,
    companyId: string,
    query: { top: number; lang?: UiLanguage },
    meta: RequestMeta,
  ): Promise<Printout> {
    const matches = await this.matching.printableCompanyMatches(auth, companyId, query.top);
    const pdf = await this.matchList(auth, matches, null, await this.language(auth, query.lang), meta);
    return { filename: `matches-company-${fileSafe(companyId.slice(0, 8))}.pdf`, pdf };
  }

  async offerMatchList(
    auth: AuthContext,
    offerId: string,
    query: { top: number; lang?: UiLanguage },
    meta: RequestMeta,
  ): Promise<Printout> {
    const matches = await this.matching.printableOfferMatches(auth, offerId, query.top);
    const pdf = await this.matchList(auth, matches, matches.offers[0]?.title ?? null, await this.language(auth, query.lang), meta);
    return { filename: `matches-offer-${fileSafe(offerId.slice(0, 8))}.pdf`, pdf };
  }

  private async matchList(
    auth: AuthContext,
    matches: PrintableMatches,
    offerTitle: string | null,
    lang: LocaleCode,
    meta: RequestMeta,
  ): Promise<Buffer> {
    const view = await this.matchListView(auth, matches, offerTitle, lang, null);
    const pdf = await this.renderer.render(matchListHtml(translator(lang), view));
    // One entry per candidate on the paper, written once the printout exists.
    await this.accessLog.record(auth, printedCandidates([matches]), 'print_match_list', meta);
    return pdf;
  }

  private async matchListView(
    auth: AuthContext,
    matches: PrintableMatches,
    offerTitle: string | null,
    lang: LocaleCode,
    event: { title: string; day: string; firmCompanyId: string | null } | null,
  ): Promise<MatchListView> {
    const codes = matches.items.flatMap((m) => {
      const e = m.result.explanation;
      return [e.required, e.niceToHave].flatMap((fit) => [
        ...fit.covered.map((c) => c.code),
        ...fit.related.flatMap((r) => [r.code, r.via]),
        ...fit.missing,
      ]);
    });
    const concepts = await loadConcepts(this.dataSource.manager, codes);
    // At an event, the QR of a registered firm's list opens the profile with that firm chosen, so
    // staff can send the firm's contact request from the paper.
    const firmQuery = event?.firmCompanyId ? `?firm=${encodeURIComponent(event.firmCompanyId)}` : '';
    const entries = await Promise.all(
      matches.items.map(async (m, i) => {
        const profileUrl = `${this.settings.publicUrl}/profiles/${encodeURIComponent(m.candidate.pseudonym)}${firmQuery}`;
        return {
          rank: i + 1,
          pseudonym: m.candidate.pseudonym,
          percent: m.result.percent,
          offerTitle: m.offer.title,
          germanOverall: m.candidate.input.german?.overall ?? null,
          townName: m.candidate.townName,
          explanation: m.result.explanation,
          profileUrl,
          qrSvg: await QRCode.toString(profileUrl, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' }),
        };
      }),
    );
    return {
      lang,
      event: event ? { title: event.title, day: event.day } : null,
      companyName: matches.companyName,
      offerTitle,
      offerTitles: offerTitle ? [] : matches.offers.map((o) => o.title),
      printedAt: formatMoment(new Date(), lang),
      printedBy: auth.displayName,
      total: matches.total,
      entries,
      label: (code) => labelFrom(concepts.get(code)?.labels, code, lang),
    };
  }

  /** One firm's match list at an event (staff): the event on top, the offers it brings or what it looks for. */
  async eventFirmMatchList(
    auth: AuthContext,
    eventId: string,
    firmId: string,
    query: { top: number; lang?: UiLanguage },
    meta: RequestMeta,
  ): Promise<Printout> {
    const { event, firm } = await this.eventFirms.firmForPrint(auth, eventId, firmId);
    const lang = await this.language(auth, query.lang);
    const matches = await this.matching.printableEventFirmMatches(auth, firm, query.top);
    const view = await this.matchListView(auth, matches, null, lang, {
      title: event.title,
      day: formatDay(event.day, lang),
      firmCompanyId: firm.companyId,
    });
    const pdf = await this.renderer.render(matchListHtml(translator(lang), view));
    await this.accessLog.record(auth, printedCandidates([matches]), 'print_match_list', meta);
    return { filename: `matches-event-${fileSafe(eventId.slice(0, 8))}-${fileSafe(firmId.slice(0, 8))}.pdf`, pdf };
  }

  /**
   * Every firm's match list of an event in one PDF, each list from a new page (the job queue's
   * batch). Nothing is logged here: the batch is logged when someone downloads it.
   */
  async eventMatchLists(
    auth: AuthContext,
    eventId: string,
    query: { top: number; lang?: UiLanguage },
    progress: (done: number, total: number) => Promise<void>,
  ): Promise<Printout & { candidateIds: string[] }> {
    const { event, firms } = await this.eventFirms.firmsForPrint(auth, eventId);
    const lang = await this.language(auth, query.lang);
    const day = formatDay(event.day, lang);
    const lists: PrintableMatches[] = [];
    const views: MatchListView[] = [];
    await progress(0, firms.length + 1);
    for (const firm of firms) {
      const matches = await this.matching.printableEventFirmMatches(auth, firm, query.top);
      lists.push(matches);
      views.push(await this.matchListView(auth, matches, null, lang, { title: event.title, day, firmCompanyId: firm.companyId }));
      await progress(views.length, firms.length + 1);
    }
    const pdf = await this.renderer.render(matchListsHtml(translator(lang), lang, event.title, views));
    await progress(firms.length + 1, firms.length + 1);
    return { filename: `matches-event-${fileSafe(eventId.slice(0, 8))}.pdf`, pdf, candidateIds: printedCandidates(lists) };
  }

  /**
   * Everything for a speed-dating event in one PDF (staff): a page per table, a page per candidate
   * in the candidate's language, the wall plan and the badges of everyone in the schedule. The
   * schedule is read through the events feature, which writes the access log of this read.
   */
  async eventEverything(
    auth: AuthContext,
    eventId: string,
    query: { lang?: UiLanguage },
    meta: RequestMeta,
  ): Promise<Printout> {
    const event = await this.events.get(auth, eventId);
    const schedule = await this.events.schedule(auth, eventId, meta);
    const lang = await this.language(auth, query.lang);
    const registrations = new Map((await this.repository.eventRegistrations(eventId)).map((r) => [r.id, r]));
    // Round times come as "HH:MM" (district time); a full timestamp is shown in district time too.
    const hhmm = (value: string) => {
      if (/^\d{1,2}:\d{2}/.test(value)) return value.slice(0, 5);
      const date = new Date(value);
      return Number.isNaN(date.getTime())
        ? value
        : new Intl.DateTimeFormat('de-DE', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Berlin' }).format(date);
    };
    const rounds = [...new Map(schedule.meetings.map((m) => [m.round, m])).values()]
      .sort((a, b) => a.round - b.round)
      .map((m) => ({ index: m.round - 1, start: hhmm(m.startsAt), end: hhmm(m.endsAt) }));
    const tables = [...new Map(schedule.meetings.map((m) => [m.tableNumber, m])).values()]
      .sort((a, b) => a.tableNumber - b.tableNumber)
      .map((first) => ({
        number: first.tableNumber,
        firm: first.firmName,
        registrationId: first.firmRegistrationId,
        meetings: schedule.meetings
          .filter((m) => m.tableNumber === first.tableNumber)
          .map((m) => ({ round: m.round - 1, candidate: m.candidateLabel, interpreter: m.interpreterName ?? m.language })),
      }));
    const candidateIds = [...new Set(schedule.meetings.map((m) => m.candidateRegistrationId))];
    const candidates = candidateIds.map((id) => {
      const mine = schedule.meetings.filter((m) => m.candidateRegistrationId === id);
      return {
        registrationId: id,
        label: mine[0].candidateLabel,
        lang: registrations.get(id)?.language ?? lang,
        meetings: mine.map((m) => ({ round: m.round - 1, table: m.tableNumber, firm: m.firmName, interpreter: m.interpreterName ?? m.language })),
      };
    });
    const plan: SpeedDatingPlanView = {
      lang,
      eventTitle: event.title,
      eventDay: formatDay(event.day, lang),
      rounds,
      tables,
      candidates,
    };
    const people = [
      ...candidates.map((c) => ({ registrationId: c.registrationId, name: c.label, role: 'candidate' as const, organisation: null })),
      ...tables.map((f) => ({ registrationId: f.registrationId, name: f.firm, role: 'firm' as const, organisation: null })),
    ];
    const badges: Badge[] = await Promise.all(
      people.map(async (person) => {
        const registration = registrations.get(person.registrationId);
        const code = registration?.code ?? '';
        return {
          name: person.name,
          role: person.role,
          organisation: person.organisation,
          languages: (registration?.languages ?? []).slice(0, 6),
          checkInCode: code,
          qrSvg: await QRCode.toString(code || '-', { type: 'svg', margin: 0, errorCorrectionLevel: 'M' }),
        };
      }),
    );
    const t = translator(lang);
    const pdf = await this.renderer.render(
      eventBundleHtml(t, plan, { lang, eventTitle: event.title, eventDay: plan.eventDay, badges }),
    );
    return { filename: `event-${fileSafe(eventId.slice(0, 8))}.pdf`, pdf };
  }

  /** The pseudonymous one-page profile: whoever may open the employer view of this pseudonym. */
  async pseudonymousProfile(
    auth: AuthContext,
    pseudonym: string,
    query: { lang?: UiLanguage },
    meta: RequestMeta,
  ): Promise<Printout> {
    await this.access.assertCanSearch(auth);
    const candidateId = await this.profiles.findVisibleByPseudonym(
      pseudonym.toUpperCase(),
      auth.role === 'employer' ? auth.companyId : null,
    );
    if (!candidateId) throw new DomainError('NOT_FOUND', PrintMessage.PROFILE_NOT_FOUND);
    const lang = await this.language(auth, query.lang);
    const p = this.loader.toPseudonymous(await this.loader.load(candidateId));
    const t = translator(lang);
    const view: ProfileView = {
      ...this.commonView(p, lang),
      form: 'pseudonymous',
      person: null,
      homeTownName: p.homeTownName,
      workPermit: t(`profiles.mayWork.${p.mayWork}`),
      drivingLicences: p.drivingLicences,
      travelKm: p.travelKm,
      travelMinutes: p.travelMinutes,
      texts: p.texts.map((x) => ({ subject: x.subject, text: x.text, lang: x.lang })),
      mentors: null,
      printedBy: auth.displayName,
    };
    const pdf = await this.renderer.render(profileHtml(t, view));
    await this.accessLog.record(auth, [candidateId], 'print_profile', meta);
    return { filename: `profile-${fileSafe(p.pseudonym)}.pdf`, pdf };
  }

  /** The full one-page profile ("pass"): the candidate and the mentors they authorised only. */
  async fullProfile(
    auth: AuthContext,
    candidateId: string,
    query: { lang?: UiLanguage },
    meta: RequestMeta,
  ): Promise<Printout> {
    const self = auth.role === 'candidate' && auth.candidateId === candidateId;
    if (!self && auth.role !== 'mentor') throw new DomainError('NOT_FOUND', PrintMessage.PROFILE_NOT_FOUND);
    await this.access.assertCanRead(auth, candidateId);
    const lang = await this.language(auth, query.lang);
    const p = this.loader.toFull(await this.loader.load(candidateId));
    const t = translator(lang);
    const [email, mentors] = await Promise.all([
      this.repository.candidateEmail(candidateId),
      this.repository.activeMentors(candidateId),
    ]);
    const view: ProfileView = {
      ...this.commonView(p, lang),
      form: 'full',
      person: {
        name: `${p.givenName} ${p.familyName}`.trim(),
        birthYear: p.birthYear,
        phone: p.phone,
        email,
        home: [p.mobility.homePlace, p.mobility.homeTownName].filter(Boolean).join(', ') || null,
      },
      homeTownName: p.mobility.homeTownName,
      workPermit: t(`profiles.permits.${p.workPermit}`),
      drivingLicences: p.mobility.drivingLicences,
      travelKm: p.mobility.travelKm,
      travelMinutes: p.mobility.travelMinutes,
      // As the person wrote it; a mentor's tidied version where there is no original.
      texts: p.texts.flatMap((x) => {
        const shown = x.original ?? x.tidied;
        return shown ? [{ subject: x.subject, text: shown.text, lang: shown.lang }] : [];
      }),
      mentors: mentors.map((m) => ({ name: m.name, since: formatDay(m.since.toISOString(), lang) })),
      printedBy: auth.displayName,
    };
    const pdf = await this.renderer.render(profileHtml(t, view));
    await this.accessLog.record(auth, [candidateId], 'print_profile', meta);
    return { filename: `profile-${fileSafe(p.pseudonym)}-full.pdf`, pdf };
  }

  private commonView(
    p: {
      pseudonym: string;
      languages: ProfileView['languages'];
      germanCertificates: ProfileView['germanCertificates'];
      schooling: ProfileView['schooling'];
      mathsLevel: string | null;
      computerLevel: string | null;
      education: Array<{ kind: string; title: string; titleLang: string; occupationCode: string | null; occupationLabels?: ConceptLabelsResponse; yearCompleted: number | null; recognition: string }>;
      experience: Array<{ occupationCode: string; occupationLabels: ConceptLabelsResponse; years: number; country: string | null }>;
      competences: CompetenceResponse[];
      wishes: { occupations: Array<{ code: string; labels: ConceptLabelsResponse }>; kinds: string[]; hoursPerWeek: number | null; earliestStart: string | null };
    },
    lang: LocaleCode,
  ): Omit<ProfileView, 'form' | 'person' | 'homeTownName' | 'workPermit' | 'drivingLicences' | 'travelKm' | 'travelMinutes' | 'texts' | 'mentors' | 'printedBy'> {
    return {
      lang,
      pseudonym: p.pseudonym,
      languages: p.languages.map((l) => ({ language: l.language, native: l.native, overall: l.overall })),
      germanCertificates: p.germanCertificates.map((c) => ({ kind: c.kind, level: c.level, issuedOn: c.issuedOn })),
      schooling: p.schooling,
      mathsLevel: p.mathsLevel,
      computerLevel: p.computerLevel,
      education: p.education.map((e) => ({
        kind: e.kind,
        title: e.title,
        titleLang: e.titleLang,
        occupation: e.occupationCode ? labelFrom(e.occupationLabels, e.occupationCode, lang) : null,
        year: e.yearCompleted,
        recognition: e.recognition,
      })),
      experience: p.experience.map((e) => ({
        occupation: labelFrom(e.occupationLabels, e.occupationCode, lang),
        years: e.years,
        country: e.country,
      })),
      competences: p.competences.map((c) => ({ label: labelFrom(c.labels, c.code, lang), tier: tierOf(c) })),
      wishes: {
        occupations: p.wishes.occupations.map((o) => labelFrom(o.labels, o.code, lang)),
        kinds: p.wishes.kinds,
        hoursPerWeek: p.wishes.hoursPerWeek,
        earliestStart: p.wishes.earliestStart,
      },
      printedAt: formatMoment(new Date(), lang),
    };
  }
}

