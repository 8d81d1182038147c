import { Injectable } from '@nestjs/common';
import { MatchingRepository, type CandidateRecallInput, type OfferRecallInput } from './matching.repository';

/**
 * The first step of matching: which candidates (or offers) are worth scoring at all. Recall is
 * wide (codes OR'ed, a generous radius, "may work"); the score then ranks and the hard rules of
 * the score exclude. Implementations must never return a profile employers may not see.
 */
export interface MatchRecall {
  /** Where recall runs, for the response headers and the report. */
  readonly source: 'postgres' | 'meilisearch';
  candidatesForOffer(offer: OfferRecallInput, limit: number): Promise<string[]>;
  offersForCandidate(candidate: CandidateRecallInput, limit: number): Promise<string[]>;
}

export const MATCH_RECALL = Symbol('MATCH_RECALL');

/** How many candidates or offers recall hands to the score at most. */
export const RECALL_LIMIT = 1000;

/** Recall through PostgreSQL (the source of truth), with the same rules as the search index. */
@Injectable()
export class PostgresMatchRecall implements MatchRecall {
  readonly source = 'postgres' as const;

  constructor(private readonly repository: MatchingRepository) {}

  candidatesForOffer(offer: OfferRecallInput, limit: number): Promise<string[]> {
    return this.repository.recallCandidates(offer, limit);
  }

  offersForCandidate(candidate: CandidateRecallInput, limit: number): Promise<string[]> {
    return this.repository.recallOffers(candidate, limit);
  }
}
