export const CandidatesMessage = {
  CANDIDATE_NOT_FOUND: 'No candidate with this id, or you may not see them.',
} as const;
