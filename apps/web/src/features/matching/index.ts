export {
  MatchExplanation,
  type MatchExplanationProps,
  type MatchExplanationData,
  type MatchConcept,
} from './match-explanation';
