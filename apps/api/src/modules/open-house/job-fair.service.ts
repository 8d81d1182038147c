import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  checkPairing,
  pairMentors,
  planFair,
  sameTown,
  sharesLanguage,
  summarisePairing,
  type CandidateFairPlan,
  type ExhibitorFit,
  type FairCandidate,
  type FairMentor,
  type MentorGroupPlan,
  type PairingInput,
} from '@passgenau/domain';
import type { AuthContext, RequestMeta } from '../../common/auth-context';
import { DomainError, type FieldError } from '../../common/domain-error';
import { AccessLogService } from '../audit/access-log.service';
import { CandidateAccessPolicy } from '../candidates/candidate-access.service';
import type {
  AddExhibitorDto,
  AddFairMentorDto,
  CandidateFairPlanResponse,
  CreateJobFairDto,
  ExhibitorResponse,
  FairCandidateResponse,
  FairMentorResponse,
  FairPlansResponse,
  JobFairResponse,
  JobFairSummary,
  MentorGroupPlanResponse,
  MyFairGroupResponse,
  MyFairPlanResponse,
  PairingResponse,
} from './dto/job-fair.dto';
import {
  JobFairRepository,
  type FairCandidateRow,
  type FairMentorRow,
  type FairRow,
} from './job-fair.repository';
import { MatchFits, occupationShowing, type Showing } from './match-fits';
import { OpenHouseMessage } from './open-house.errors';

function invalid(field: string, code: FieldError['code'], message: string): DomainError {
  return new DomainError('VALIDATION_FAILED', `Invalid input: ${field}`, [{ field, code, message }]);
}

function fairNotFound(): DomainError {
  return new DomainError('JOB_FAIR_NOT_FOUND', OpenHouseMessage.FAIR_NOT_FOUND, [
    { field: 'id', code: 'NOT_FOUND', message: 'no such job fair' },
  ]);
}

/** Exhibitors per personal plan. */
const PLAN_EXHIBITORS = 6;

/**
 * Job fairs with fair mentors: exhibitors (registered firms with their offers, or entered by hand
 * with occupations), mentors with languages and capacities, registered candidates, the proposed
 * and hand-edited pairing (lib pairMentors) and the personal plans in booth order (lib planFair).
 */
@Injectable()
export class JobFairService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: JobFairRepository,
    private readonly fits: MatchFits,
    private readonly access: CandidateAccessPolicy,
    private readonly accessLog: AccessLogService,
  ) {}

  async create(auth: AuthContext, dto: CreateJobFairDto): Promise<JobFairSummary> {
    return this.summary(
      await this.repository.create(
        dto.title.trim() || dto.title,
        dto.date,
        dto.venue.trim() || dto.venue,
        auth.accountId,
      ),
    );
  }

  async list(auth: AuthContext): Promise<JobFairSummary[]> {
    const rows =
      auth.role === 'mentor' || auth.role === 'candidate'
        ? await this.repository.listFor(auth.accountId, auth.candidateId)
        : await this.repository.list();
    return rows.map((f) => this.summary(f));
  }

  async get(auth: AuthContext, id: string, meta: RequestMeta): Promise<JobFairResponse> {
    const fair = await this.fair(id);
    const [exhibitors, mentors, candidates] = await Promise.all([
      this.repository.exhibitors(id),
      this.repository.mentors(id),
      this.repository.candidates(id),
    ]);
    await this.log(auth, candidates, meta);
    return {
      ...this.summary(fair),
      exhibitors: exhibitors.map((e) => this.exhibitor(e)),
      mentors: mentors.map((m) => this.mentor(m, candidates)),
      candidates: candidates.map((c) => this.candidate(c, mentors)),
    };
  }

  async addExhibitor(id: string, dto: AddExhibitorDto): Promise<ExhibitorResponse> {
    await this.fair(id);
    let values: { company_id: string | null; name: string; offer_ids: string[]; occupations: string[] };
    if (dto.companyId) {
      if (dto.occupations !== undefined)
        throw invalid('occupations', 'NOT_ALLOWED', 'a registered firm brings its offers');
      const company = await this.repository.company(dto.companyId);
      if (!company) throw invalid('companyId', 'NOT_FOUND', 'no such firm');
      const offers = await this.repository.listedOffers(company.id, dto.offerIds ?? null);
      if (dto.offerIds && offers.length !== new Set(dto.offerIds).size)
        throw invalid('offerIds', 'NOT_FOUND', 'an offer that is not a listed offer of this firm');
      values = {
        company_id: company.id,
        name: dto.name?.trim() || company.name,
        offer_ids: offers,
        occupations: [],
      };
    } else {
      if (dto.offerIds !== undefined)
        throw invalid('offerIds', 'NOT_ALLOWED', 'only registered firms bring offers');
      if (!dto.name?.trim()) throw invalid('name', 'REQUIRED', 'a firm entered by hand needs a name');
      const codes = [...new Set(dto.occupations ?? [])];
      if (codes.length === 0)
        throw invalid('occupations', 'TOO_FEW', 'a firm entered by hand needs an occupation');
      const known = await this.repository.occupations(codes);
      const unknown = codes.findIndex((c) => !known.has(c));
      if (unknown >= 0)
        throw invalid(`occupations.${unknown}`, 'UNKNOWN_CODE', 'not an occupation of the taxonomy');
      values = { company_id: null, name: dto.name.trim(), offer_ids: [], occupations: codes };
    }
    const exhibitorId = await this.repository.insertExhibitor({
      fair_id: id,
      booth: dto.booth.trim() || dto.booth,
      ...values,
    });
    if (!exhibitorId)
      throw new DomainError('JOB_FAIR_BOOTH_TAKEN', OpenHouseMessage.BOOTH_TAKEN, [
        { field: 'booth', code: 'TAKEN', message: 'another exhibitor has this booth' },
      ]);
    return this.exhibitor((await this.repository.exhibitors(id)).find((e) => e.id === exhibitorId)!);
  }

  async addMentor(id: string, dto: AddFairMentorDto): Promise<FairMentorResponse> {
    await this.fair(id);
    if (dto.townAgs && !(await this.repository.townExists(dto.townAgs)))
      throw invalid('townAgs', 'UNKNOWN_TOWN', 'not a town of the district');
    if (dto.accountId && !(await this.repository.accountExists(dto.accountId)))
      throw invalid('accountId', 'NOT_FOUND', 'no such account');
    const mentorId = await this.repository.insertMentor({
      fairId: id,
      accountId: dto.accountId ?? null,
      name: dto.name.trim() || dto.name,
      kind: dto.kind,
      languages: [...new Set(dto.languages)],
      capacity: dto.capacity,
      townAgs: dto.townAgs ?? null,
    });
    return this.mentor(
      (await this.repository.mentors(id)).find((m) => m.id === mentorId)!,
      [],
    );
  }

  async registerCandidate(
    auth: AuthContext,
    id: string,
    candidateId: string | undefined,
  ): Promise<FairCandidateResponse> {
    await this.fair(id);
    let target: string;
    if (auth.role === 'candidate') {
      if (candidateId !== undefined && candidateId !== auth.candidateId)
        throw invalid('candidateId', 'NOT_ALLOWED', 'candidates register themselves');
      target = auth.candidateId!;
    } else {
      if (!candidateId) throw invalid('candidateId', 'REQUIRED', 'which candidate');
      const allowed =
        auth.role === 'mentor'
          ? await this.access.can(auth, candidateId, 'edit')
          : (await this.dataSource.query(`SELECT 1 FROM candidate WHERE id = $1`, [candidateId])).length > 0;
      if (!allowed) throw invalid('candidateId', 'NOT_FOUND', 'no such candidate');
      target = candidateId;
    }
    if (!(await this.repository.insertCandidate(id, target, auth.accountId)))
      throw new DomainError('JOB_FAIR_ALREADY_REGISTERED', OpenHouseMessage.FAIR_ALREADY_REGISTERED, [
        { field: 'candidateId', code: 'DUPLICATE', message: 'registered for this fair already' },
      ]);
    const [mentors, candidates] = await Promise.all([
      this.repository.mentors(id),
      this.repository.candidates(id),
    ]);
    return this.candidate(
      candidates.find((c) => c.candidate_id === target)!,
      mentors,
    );
  }

  /** Proposes the pairing (language first, then town, then balanced groups); pairs fixed by hand are kept. */
  async propose(auth: AuthContext, id: string, meta: RequestMeta): Promise<PairingResponse> {
    await this.fair(id);
    return this.dataSource.transaction(async (manager) => {
      await this.repository.lockFair(id, manager);
      const [mentors, candidates] = await Promise.all([
        this.repository.mentors(id, manager),
        this.repository.candidates(id, manager),
      ]);
      const input = this.pairingInput(mentors, candidates);
      const result = pairMentors(input);
      const fixed = new Set(candidates.filter((c) => c.fixed).map((c) => c.candidate_id));
      const mentorOf = new Map(result.pairs.map((p) => [p.candidate, p.mentor]));
      await this.repository.setPairs(
        id,
        candidates.map((c) => ({
          candidate: c.candidate_id,
          mentor: mentorOf.get(c.candidate_id) ?? null,
          fixed: fixed.has(c.candidate_id) && mentorOf.get(c.candidate_id) === c.mentor_id,
        })),
        manager,
      );
      await this.log(auth, candidates, meta);
      return this.pairingResponse(mentors, await this.repository.candidates(id, manager));
    });
  }

  /** Pairs a candidate with a mentor by hand (or with none); kept when the pairing is proposed again. */
  async editPair(
    auth: AuthContext,
    id: string,
    candidateId: string,
    mentorId: string | null,
    meta: RequestMeta,
  ): Promise<PairingResponse> {
    await this.fair(id);
    return this.dataSource.transaction(async (manager) => {
      await this.repository.lockFair(id, manager);
      const [mentors, candidates] = await Promise.all([
        this.repository.mentors(id, manager),
        this.repository.candidates(id, manager),
      ]);
      if (!candidates.some((c) => c.candidate_id === candidateId))
        throw invalid('candidateId', 'NOT_FOUND', 'not registered for this fair');
      if (mentorId !== null) {
        if (!mentors.some((m) => m.id === mentorId))
          throw invalid('mentorId', 'NOT_FOUND', 'no such mentor of this fair');
        const pairs = candidates
          .map((c) => ({
            candidate: c.candidate_id,
            mentor: c.candidate_id === candidateId ? mentorId : c.mentor_id,
          }))
          .filter((p): p is { candidate: string; mentor: string } => p.mentor !== null);
        const conflicts = checkPairing(this.pairingInput(mentors, candidates), pairs);
        if (conflicts.some((c) => c.code === 'over_capacity' && c.mentor === mentorId))
          throw new DomainError('JOB_FAIR_MENTOR_FULL', OpenHouseMessage.MENTOR_FULL, [
            { field: 'mentorId', code: 'TOO_MANY', message: 'the mentor’s group is full' },
          ]);
      }
      await this.repository.setPairs(
        id,
        [{ candidate: candidateId, mentor: mentorId, fixed: mentorId !== null }],
        manager,
      );
      await this.log(auth, candidates, meta);
      return this.pairingResponse(mentors, await this.repository.candidates(id, manager));
    });
  }

  /** Every group's plans (planning staff). */
  async plans(auth: AuthContext, id: string, meta: RequestMeta): Promise<FairPlansResponse> {
    const fair = await this.fair(id);
    const built = await this.build(id);
    await this.log(auth, built.candidates, meta);
    const paired = new Set(built.groups.flatMap((g) => g.candidates));
    return {
      fair: this.summary(fair),
      groups: built.groups.map((g) => this.group(g, built)),
      unpaired: built.plans.filter((p) => !paired.has(p.candidate)).map((p) => this.plan(p, built)),
    };
  }

  /** A fair mentor's own group (the fair mentor linked to the caller's account). */
  async myGroup(auth: AuthContext, id: string, meta: RequestMeta): Promise<MyFairGroupResponse> {
    const fair = await this.fair(id);
    const built = await this.build(id);
    const mine = built.mentors.find((m) => m.account_id === auth.accountId);
    if (!mine) throw fairNotFound();
    const group = built.groups.find((g) => g.mentor === mine.id) ?? {
      mentor: mine.id,
      candidates: [],
      plans: [],
      booths: [],
    };
    await this.log(
      auth,
      built.candidates.filter((c) => group.candidates.includes(c.candidate_id)),
      meta,
    );
    return { fair: this.summary(fair), group: this.group(group, built) };
  }

  async myPlan(auth: AuthContext, id: string): Promise<MyFairPlanResponse> {
    const fair = await this.fair(id);
    const built = await this.build(id);
    const plan = built.plans.find((p) => p.candidate === auth.candidateId);
    if (!plan) throw fairNotFound();
    return { fair: this.summary(fair), plan: this.plan(plan, built) };
  }

  // --- helpers

  private async fair(id: string): Promise<FairRow> {
    const fair = await this.repository.fair(id);
    if (!fair) throw fairNotFound();
    return fair;
  }

  private async log(auth: AuthContext, candidates: FairCandidateRow[], meta: RequestMeta): Promise<void> {
    await this.accessLog.recordAppearances(
      auth,
      candidates.map((c) => c.candidate_id),
      'list_open_house',
      meta,
    );
  }

  private pairingInput(mentors: FairMentorRow[], candidates: FairCandidateRow[]): PairingInput {
    return {
      mentors: mentors.map((m) => this.fairMentor(m)),
      candidates: candidates.map((c) => this.fairCandidate(c)),
      fixed: Object.fromEntries(
        candidates.filter((c) => c.fixed && c.mentor_id).map((c) => [c.candidate_id, c.mentor_id!]),
      ),
    };
  }

  private fairMentor(m: FairMentorRow): FairMentor {
    return { id: m.id, languages: m.languages, capacity: m.capacity, town: m.town_name };
  }

  private fairCandidate(c: FairCandidateRow): FairCandidate {
    return { id: c.candidate_id, languages: c.languages, town: c.town_name };
  }

  private async build(id: string) {
    const [exhibitors, mentors, candidates] = await Promise.all([
      this.repository.exhibitors(id),
      this.repository.mentors(id),
      this.repository.candidates(id),
    ]);
    const occupations = await this.repository.occupations(exhibitors.flatMap((e) => e.occupations));
    const showings: Showing[] = [
      ...(await this.fits.offerShowings(exhibitors.map((e) => ({ owner: e.id, offerIds: e.offer_ids })))),
      ...exhibitors.flatMap((e) =>
        e.occupations.flatMap((code) => {
          const concept = occupations.get(code);
          return concept ? [occupationShowing(e.id, concept, concept.labels.de?.text ?? code)] : [];
        }),
      ),
    ];
    const fits: ExhibitorFit[] = (
      await this.fits.fits(
        showings,
        candidates.map((c) => c.candidate_id),
      )
    ).map((f) => ({
      exhibitor: f.owner,
      candidate: f.candidate,
      score: f.score,
      offer: { id: f.offerId ?? `occupation:${f.title}`, title: f.title },
      explanation: f.explanation,
    }));
    const pairs = candidates
      .filter((c) => c.mentor_id)
      .map((c) => ({ candidate: c.candidate_id, mentor: c.mentor_id! }));
    const pairing = summarisePairing(
      this.pairingInput(mentors, candidates),
      pairs.map((p) => {
        const mentor = mentors.find((m) => m.id === p.mentor)!;
        const candidate = candidates.find((c) => c.candidate_id === p.candidate)!;
        return {
          ...p,
          languageMatch: sharesLanguage(this.fairCandidate(candidate), this.fairMentor(mentor)),
          townMatch: sameTown(this.fairCandidate(candidate), this.fairMentor(mentor)),
        };
      }),
      candidates.filter((c) => !c.mentor_id).map((c) => c.candidate_id),
    );
    const result = planFair(
      exhibitors.map((e) => ({ id: e.id, name: e.name, booth: e.booth })),
      fits,
      pairing,
      candidates.map((c) => c.candidate_id),
      { topExhibitors: PLAN_EXHIBITORS },
    );
    return { exhibitors, mentors, candidates, plans: result.candidates, groups: result.groups };
  }

  private pseudonymOf(built: { candidates: FairCandidateRow[] }, candidateId: string): string {
    return (
      built.candidates.find((c) => c.candidate_id === candidateId)?.pseudonym ?? `#${candidateId.slice(0, 8)}`
    );
  }

  private plan(
    p: CandidateFairPlan,
    built: { candidates: FairCandidateRow[]; mentors: FairMentorRow[] },
  ): CandidateFairPlanResponse {
    return {
      candidateId: p.candidate,
      pseudonym: built.candidates.find((c) => c.candidate_id === p.candidate)?.pseudonym ?? null,
      mentorName: built.mentors.find((m) => m.id === p.mentor)?.name ?? null,
      items: p.items.map((item) => ({
        exhibitor: item.exhibitor,
        name: item.name,
        booth: item.booth,
        score: Math.round(item.score * 1000) / 1000,
        offers: item.offers.map((o) => ({
          offerId: o.offer?.id.startsWith('occupation:') ? null : (o.offer?.id ?? null),
          title: o.offer?.title ?? '',
          score: Math.round(o.score * 1000) / 1000,
          percent: Math.round(o.score * 100),
          explanation:
            o.explanation as CandidateFairPlanResponse['items'][number]['offers'][number]['explanation'],
        })),
      })),
    };
  }

  private group(
    g: MentorGroupPlan,
    built: { candidates: FairCandidateRow[]; mentors: FairMentorRow[] },
  ): MentorGroupPlanResponse {
    return {
      mentorId: g.mentor,
      mentorName: built.mentors.find((m) => m.id === g.mentor)?.name ?? '',
      plans: g.plans.map((p) => this.plan(p, built)),
      booths: g.booths.map((b) => ({
        booth: b.booth,
        name: b.name,
        candidates: b.candidates.map((c) => this.pseudonymOf(built, c)),
      })),
    };
  }

  private pairingResponse(mentors: FairMentorRow[], candidates: FairCandidateRow[]): PairingResponse {
    const rows = candidates.map((c) => this.candidate(c, mentors));
    const sizes = new Map<string, number>();
    for (const c of candidates) if (c.mentor_id) sizes.set(c.mentor_id, (sizes.get(c.mentor_id) ?? 0) + 1);
    return {
      candidates: rows,
      unpaired: rows.filter((r) => !r.mentorId).map((r) => r.candidateId),
      languageMatches: rows.filter((r) => r.languageMatch).length,
      townMatches: rows.filter((r) => r.townMatch).length,
      imbalance: [...sizes.values()].reduce((sum, g) => sum + g * g, 0),
    };
  }

  private summary(f: FairRow): JobFairSummary {
    return { id: f.id, title: f.title, date: f.day, venue: f.venue };
  }

  private exhibitor(e: {
    id: string;
    name: string;
    booth: string;
    company_id: string | null;
    offer_ids: string[];
    occupations: string[];
  }): ExhibitorResponse {
    return {
      id: e.id,
      name: e.name,
      booth: e.booth,
      companyId: e.company_id,
      offerIds: e.offer_ids,
      occupations: e.occupations,
    };
  }

  private mentor(m: FairMentorRow, candidates: FairCandidateRow[]): FairMentorResponse {
    return {
      id: m.id,
      name: m.name,
      kind: m.kind,
      languages: m.languages,
      capacity: m.capacity,
      townName: m.town_name,
      accountId: m.account_id,
      groupSize: candidates.filter((c) => c.mentor_id === m.id).length,
    };
  }

  private candidate(c: FairCandidateRow, mentors: FairMentorRow[]): FairCandidateResponse {
    const mentor = mentors.find((m) => m.id === c.mentor_id);
    return {
      candidateId: c.candidate_id,
      pseudonym: c.pseudonym,
      languages: c.languages,
      townName: c.town_name,
      mentorId: c.mentor_id,
      fixed: c.fixed,
      languageMatch: mentor ? sharesLanguage(this.fairCandidate(c), this.fairMentor(mentor)) : false,
      townMatch: mentor ? sameTown(this.fairCandidate(c), this.fairMentor(mentor)) : false,
    };
  }
}
