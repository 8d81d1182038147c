import { Injectable } from '@nestjs/common';
import { occupationalField, scoreMatch, type MatchExplanation, type MatchOffer } from '@passgenau/domain';
import { MatchingRepository } from '../matching/matching.repository';
import type { ConceptInfo } from '../taxonomy/concept-labels';

/** Something a firm shows: one of its offers, or an occupation entered by hand for a fair. */
export interface Showing {
  /** Who shows it: an open-house site id or a fair exhibitor id. */
  owner: string;
  offerId: string | null;
  title: string;
  input: MatchOffer;
}

export interface Fit {
  owner: string;
  candidate: string;
  score: number;
  percent: number;
  offerId: string | null;
  title: string;
  explanation: MatchExplanation;
}

/** What a hand-entered occupation stands for: the occupation alone, no competences, place or dates. */
export function occupationShowing(owner: string, concept: ConceptInfo, title: string): Showing {
  return {
    owner,
    offerId: null,
    title,
    input: {
      kind: 'job',
      occupationCode: concept.code,
      field: occupationalField(concept.curatedField, concept.iscoGroup),
      requiredCompetences: [],
      niceToHaveCompetences: [],
      germanMinimum: { overall: null, understanding: null, speaking: null, writing: null },
      germanStrict: false,
      location: null,
      maxDistanceKm: null,
      startsOn: null,
    },
  };
}

/**
 * The one matching score (score-match.ts) between candidates and what firms show: every pair
 * that is not excluded by a hard rule, with its explanation.
 */
@Injectable()
export class MatchFits {
  constructor(private readonly matching: MatchingRepository) {}

  async offerShowings(owners: Array<{ owner: string; offerIds: string[] }>): Promise<Showing[]> {
    const ids = [...new Set(owners.flatMap((o) => o.offerIds))];
    const offers = new Map((await this.matching.offers(ids)).map((o) => [o.id, o]));
    return owners.flatMap((o) =>
      o.offerIds.flatMap((id) => {
        const offer = offers.get(id);
        return offer ? [{ owner: o.owner, offerId: offer.id, title: offer.title, input: offer.input }] : [];
      }),
    );
  }

  async fits(showings: Showing[], candidateIds: string[]): Promise<Fit[]> {
    if (showings.length === 0 || candidateIds.length === 0) return [];
    const candidates = await this.matching.candidates(candidateIds);
    const occupationCodes = showings.flatMap((s) => (s.input.occupationCode ? [s.input.occupationCode] : []));
    const relations = { occupationSkills: await this.matching.occupationSkills(occupationCodes) };
    const fits: Fit[] = [];
    for (const candidate of candidates)
      for (const showing of showings) {
        const result = scoreMatch(showing.input, candidate.input, relations);
        if (result.excluded || result.score <= 0) continue;
        fits.push({
          owner: showing.owner,
          candidate: candidate.candidateId,
          score: result.score,
          percent: result.percent,
          offerId: showing.offerId,
          title: showing.title,
          explanation: result.explanation,
        });
      }
    return fits;
  }
}
