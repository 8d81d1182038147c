export {
  MatchExplanation,
  type MatchExplanationProps,
  type MatchExplanationData,
  type MatchConcept,
} from './match-explanation';
export {
  useCandidateMatches,
  useOfferMatch,
  useOfferMatches,
  type CandidateMatches,
  type MatchPage,
  type OfferMatch,
  type OfferMatches,
} from './api';
