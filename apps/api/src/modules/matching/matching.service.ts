import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  scoreMatch,
  type MatchExplanation,
  type MatchOffer,
  type MatchResult,
  type TaxonomyRelations,
} from '@passgenau/domain';
import type { AuthContext, RequestMeta } from '../../common/auth-context';
import { DomainError } from '../../common/domain-error';
import type { PageQuery } from '../../common/page.query';
import { AccessLogService } from '../audit/access-log.service';
import { CandidateAccessPolicy } from '../candidates/candidate-access.service';
import { isCompanyStaff, isEmployerOf } from '../companies/company-access';
import { conceptRef } from '../companies/offers/offers.mapper';
import { loadConcepts } from '../taxonomy/concept-labels';
import type { ConceptRefResponse } from '../companies/offers/dto/offer.response';
import type {
  CandidateMatchItem,
  CandidateMatchesResponse,
  OfferMatchesResponse,
  OfferMatchItem,
} from './dto/match.response';
import { MATCH_RECALL, RECALL_LIMIT, type MatchRecall } from './match-recall';
import { MatchingMessage } from './matching.errors';
import { MatchingRepository, type CandidateForMatching, type OfferForMatching } from './matching.repository';

type Included = Extract<MatchResult, { excluded: false }>;

export interface PrintableOffer {
  id: string;
  title: string;
  occupationCode: string | null;
  place: string | null;
  startsOn: string | null;
}

export interface PrintableMatch {
  candidate: CandidateForMatching;
  result: Included;
  /** The offer the candidate fits (for a firm: the one they fit best). */
  offer: PrintableOffer;
}

/** An offer that exists only for an event: what a firm entered on the spot looks for. */
export interface EventShowing {
  id: string;
  title: string;
  place: string | null;
  input: MatchOffer;
}

export interface PrintableMatches {
  companyId: string;
  companyName: string;
  offers: PrintableOffer[];
  /** How many candidates fit in all. */
  total: number;
  items: PrintableMatch[];
}

function printableOffer(offer: OfferForMatching): PrintableOffer {
  return {
    id: offer.id,
    title: offer.title,
    occupationCode: offer.input.occupationCode,
    place: offer.place,
    startsOn: offer.input.startsOn,
  };
}

/** Codes an explanation mentions, so the response can carry their labels. */
function explanationCodes(explanation: MatchExplanation): string[] {
  return [explanation.required, explanation.niceToHave].flatMap((fit) => [
    ...fit.covered.map((c) => c.code),
    ...fit.related.flatMap((r) => [r.code, r.via]),
    ...fit.missing,
  ]);
}

function byScore<T extends { result: Included }>(key: (item: T) => string) {
  return (a: T, b: T) => b.result.score - a.result.score || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
}

/**
 * Matching both ways: an offer's candidates (its firm, once checked; IBA staff; coordinators)
 * and a candidate's offers (the candidate, authorised mentors, IBA staff). Recall first, then the
 * one score of @passgenau/domain; hard rules drop a match.
 */
@Injectable()
export class MatchingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: MatchingRepository,
    private readonly access: CandidateAccessPolicy,
    private readonly accessLog: AccessLogService,
    @Inject(MATCH_RECALL) private readonly recall: MatchRecall,
  ) {}

  get recallSource(): MatchRecall['source'] {
    return this.recall.source;
  }

  /** The offer, if the caller may see its matches: another firm's offer is a 404. */
  private async offerFor(auth: AuthContext, offerId: string): Promise<OfferForMatching> {
    const [offer] = await this.repository.offers([offerId]);
    if (!offer || !(isCompanyStaff(auth) || isEmployerOf(auth, offer.companyId)))
      throw new DomainError('NOT_FOUND', MatchingMessage.OFFER_NOT_FOUND);
    await this.access.assertCanSearch(auth);
    return offer;
  }

  private async relationsFor(occupationCodes: Array<string | null>): Promise<TaxonomyRelations> {
    return {
      occupationSkills: await this.repository.occupationSkills(
        occupationCodes.filter((c): c is string => c !== null),
      ),
    };
  }

  private async concepts(codes: Array<string | null>): Promise<ConceptRefResponse[]> {
    const concepts = await loadConcepts(this.dataSource.manager, codes);
    return [...new Set(codes.filter((c): c is string => !!c))]
      .sort()
      .map((code) => conceptRef(code, concepts));
  }

  /** Every candidate that fits, scored and ranked (best first). */
  private async rankCandidates(
    offer: Pick<OfferForMatching, 'companyId' | 'input'>,
  ): Promise<Array<{ candidate: CandidateForMatching; result: Included }>> {
    const relations = await this.relationsFor([offer.input.occupationCode]);
    const related = offer.input.occupationCode
      ? (relations.occupationSkills[offer.input.occupationCode] ?? [])
      : [];
    const ids = await this.recall.candidatesForOffer(
      {
        codes: [
          ...new Set([...offer.input.requiredCompetences, ...offer.input.niceToHaveCompetences, ...related]),
        ],
        required: [...offer.input.requiredCompetences],
        occupationCode: offer.input.occupationCode,
        location: offer.input.location,
        maxDistanceKm: offer.input.maxDistanceKm,
      },
      RECALL_LIMIT,
    );
    // Candidates who blocked the offer's firm are not among its matches (both read at once).
    const [blocked, loaded] = await Promise.all([
      offer.companyId ? this.repository.blockedBy(offer.companyId, ids) : new Set<string>(),
      this.repository.candidates(ids),
    ]);
    return loaded
      .filter((candidate) => !blocked.has(candidate.candidateId))
      .map((candidate) => ({ candidate, result: scoreMatch(offer.input, candidate.input, relations) }))
      .filter((m): m is { candidate: CandidateForMatching; result: Included } => !m.result.excluded)
      .sort(byScore((m) => m.candidate.pseudonym));
  }

  private toCandidateItem(m: { candidate: CandidateForMatching; result: Included }): CandidateMatchItem {
    return {
      pseudonym: m.candidate.pseudonym,
      homeTownName: m.candidate.townName,
      score: m.result.score,
      percent: m.result.percent,
      explanation: m.result.explanation,
    };
  }

  async offerMatches(
    auth: AuthContext,
    offerId: string,
    query: PageQuery,
    meta: RequestMeta,
  ): Promise<OfferMatchesResponse> {
    const offer = await this.offerFor(auth, offerId);
    const ranked = await this.rankCandidates(offer);
    const page = ranked.slice((query.page - 1) * query.pageSize, query.page * query.pageSize);
    const [, concepts] = await Promise.all([
      this.accessLog.recordAppearances(
        auth,
        page.map((m) => m.candidate.candidateId),
        'list_offer_matches',
        meta,
      ),
      this.concepts([
        offer.input.occupationCode,
        ...page.flatMap((m) => explanationCodes(m.result.explanation)),
      ]),
    ]);
    return {
      offerId,
      total: ranked.length,
      page: query.page,
      pageSize: query.pageSize,
      items: page.map((m) => this.toCandidateItem(m)),
      concepts,
    };
  }

  /** One candidate of an offer's matches, opened: a read of the pseudonymous profile, logged. */
  async offerMatch(
    auth: AuthContext,
    offerId: string,
    pseudonym: string,
    meta: RequestMeta,
  ): Promise<CandidateMatchItem & { concepts: ConceptRefResponse[] }> {
    const offer = await this.offerFor(auth, offerId);
    const found = await this.repository.visibleCandidateByPseudonym(pseudonym.toUpperCase());
    const candidateId =
      found && !(await this.repository.blockedBy(offer.companyId, [found])).has(found) ? found : null;
    const [candidate] = candidateId ? await this.repository.candidates([candidateId]) : [];
    const result = candidate
      ? scoreMatch(offer.input, candidate.input, await this.relationsFor([offer.input.occupationCode]))
      : null;
    if (!candidate || !result || result.excluded)
      throw new DomainError('NOT_FOUND', MatchingMessage.MATCH_NOT_FOUND);
    await this.accessLog.record(auth, [candidate.candidateId], 'read_offer_match', meta);
    return {
      ...this.toCandidateItem({ candidate, result }),
      concepts: await this.concepts([offer.input.occupationCode, ...explanationCodes(result.explanation)]),
    };
  }

  /**
   * An offer's best matches for a printout: the same access rule, recall, hard rules and order as
   * the screen. The caller writes the access log (once per printout).
   */
  async printableOfferMatches(auth: AuthContext, offerId: string, limit: number): Promise<PrintableMatches> {
    const offer = await this.offerFor(auth, offerId);
    const ranked = await this.rankCandidates(offer);
    return {
      companyId: offer.companyId,
      companyName: offer.companyName,
      offers: [printableOffer(offer)],
      total: ranked.length,
      items: ranked.slice(0, limit).map((m) => ({ ...m, offer: printableOffer(offer) })),
    };
  }

  /**
   * A firm's best matches across its listed offers (each candidate once, with the offer they fit
   * best): the firm itself, IBA staff and coordinators; another firm is a 404.
   */
  async printableCompanyMatches(auth: AuthContext, companyId: string, limit: number): Promise<PrintableMatches> {
    if (!(isCompanyStaff(auth) || isEmployerOf(auth, companyId)))
      throw new DomainError('NOT_FOUND', MatchingMessage.COMPANY_NOT_FOUND);
    const company = await this.repository.companyWithListedOffers(companyId);
    if (!company) throw new DomainError('NOT_FOUND', MatchingMessage.COMPANY_NOT_FOUND);
    await this.access.assertCanSearch(auth);
    return this.bestAcross(companyId, company.name, await this.repository.offers(company.offerIds), limit);
  }

  /**
   * What a firm brings to an event, for the staff's match lists: a registered firm's chosen
   * offers (still listed), or a firm entered on the spot with synthetic offers (no company, so no
   * blocks apply: a candidate can only block a firm that exists in Passgenau).
   */
  async printableEventFirmMatches(
    auth: AuthContext,
    firm: { companyId: string | null; name: string; offerIds: string[]; showings: EventShowing[] },
    limit: number,
  ): Promise<PrintableMatches> {
    if (!isCompanyStaff(auth)) throw new DomainError('NOT_FOUND', MatchingMessage.COMPANY_NOT_FOUND);
    await this.access.assertCanSearch(auth);
    const offers = firm.companyId
      ? (await this.repository.offers(firm.offerIds)).filter((o) => o.listed && o.companyId === firm.companyId)
      : [];
    const synthetic: OfferForMatching[] = firm.showings.map((s) => ({
      id: s.id,
      companyId: '',
      companyName: firm.name,
      title: s.title,
      place: s.place,
      listed: true,
      input: s.input,
    }));
    return this.bestAcross(firm.companyId ?? '', firm.name, [...offers, ...synthetic], limit);
  }

  /** Each candidate once, with the offer they fit best, best first. */
  private async bestAcross(
    companyId: string,
    companyName: string,
    offers: OfferForMatching[],
    limit: number,
  ): Promise<PrintableMatches> {
    const best = new Map<string, PrintableMatch>();
    const ranked = await Promise.all(offers.map((offer) => this.rankCandidates(offer)));
    offers.forEach((offer, i) => {
      for (const m of ranked[i]) {
        const seen = best.get(m.candidate.candidateId);
        if (!seen || m.result.score > seen.result.score)
          best.set(m.candidate.candidateId, { ...m, offer: printableOffer(offer) });
      }
    });
    const sorted = [...best.values()].sort(byScore((m) => m.candidate.pseudonym));
    return {
      companyId,
      companyName,
      offers: offers.map(printableOffer),
      total: sorted.length,
      items: sorted.slice(0, limit),
    };
  }

  async candidateMatches(
    auth: AuthContext,
    candidateId: string,
    query: PageQuery,
    meta: RequestMeta,
  ): Promise<CandidateMatchesResponse> {
    await this.access.assertCanRead(auth, candidateId);
    const [candidate] = await this.repository.candidates([candidateId]);
    await this.accessLog.record(auth, [candidateId], 'read_candidate_matches', meta);
    const empty = { candidateId, page: query.page, pageSize: query.pageSize };
    if (!candidate) return { ...empty, total: 0, blockedBy: [], items: [], concepts: [] };
    if (candidate.input.workPermit === 'not_permitted')
      return { ...empty, total: 0, blockedBy: ['may_not_work'], items: [], concepts: [] };

    const ids = await this.recall.offersForCandidate(
      {
        codes: candidate.input.competences.map((c) => c.code),
        wishedOccupations: [...candidate.input.wishedOccupations],
        home: candidate.input.home,
        travelKm: candidate.input.travelKm,
      },
      RECALL_LIMIT,
    );
    const offers = (await this.repository.offers(ids)).filter((o) => o.listed);
    const relations = await this.relationsFor(offers.map((o) => o.input.occupationCode));
    const ranked = offers
      .map((offer) => ({ offer, result: scoreMatch(offer.input, candidate.input, relations) }))
      .filter((m): m is { offer: OfferForMatching; result: Included } => !m.result.excluded)
      .sort(byScore((m) => m.offer.id));
    const page = ranked.slice((query.page - 1) * query.pageSize, query.page * query.pageSize);
    const items: OfferMatchItem[] = page.map((m) => ({
      offer: {
        id: m.offer.id,
        title: m.offer.title,
        kind: m.offer.input.kind,
        companyId: m.offer.companyId,
        companyName: m.offer.companyName,
        occupationCode: m.offer.input.occupationCode,
        place: m.offer.place,
        startsOn: m.offer.input.startsOn,
      },
      score: m.result.score,
      percent: m.result.percent,
      explanation: m.result.explanation,
    }));
    return {
      ...empty,
      total: ranked.length,
      blockedBy: [],
      items,
      concepts: await this.concepts(
        page.flatMap((m) => [m.offer.input.occupationCode, ...explanationCodes(m.result.explanation)]),
      ),
    };
  }

  /**
   * Scores of firm–candidate pairs for an event: per pair the best score of the offers the firm
   * brings (hard rules excluding a candidate from an offer leave that offer out). Pairs without any
   * fitting offer are missing from the map. No access check: the caller (events) has done it, and
   * nothing here leaves the server but numbers.
   */
  async pairScores(
    firms: Array<{ key: string; offerIds: string[] }>,
    candidates: Array<{ key: string; candidateId: string }>,
  ): Promise<Map<string, Map<string, number>>> {
    const offers = await this.repository.offers([...new Set(firms.flatMap((f) => f.offerIds))]);
    const byId = new Map(offers.map((o) => [o.id, o]));
    const profiles = new Map(
      (await this.repository.candidates(candidates.map((c) => c.candidateId))).map((c) => [c.candidateId, c]),
    );
    const relations = await this.relationsFor(offers.map((o) => o.input.occupationCode));
    const scores = new Map<string, Map<string, number>>();
    for (const firm of firms) {
      const row = new Map<string, number>();
      for (const candidate of candidates) {
        const profile = profiles.get(candidate.candidateId);
        if (!profile) continue;
        let best = -1;
        for (const id of firm.offerIds) {
          const offer = byId.get(id);
          if (!offer) continue;
          const result = scoreMatch(offer.input, profile.input, relations);
          if (!result.excluded && result.score > best) best = result.score;
        }
        if (best >= 0) row.set(candidate.key, best);
      }
      scores.set(firm.key, row);
    }
    return scores;
  }

  async myMatches(auth: AuthContext, query: PageQuery, meta: RequestMeta): Promise<CandidateMatchesResponse> {
    if (!auth.candidateId) throw new DomainError('NOT_FOUND', MatchingMessage.CANDIDATE_REQUIRED);
    return this.candidateMatches(auth, auth.candidateId, query, meta);
  }
}
