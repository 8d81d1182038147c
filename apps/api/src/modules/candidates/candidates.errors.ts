export const CandidatesMessage = {
  CANDIDATE_NOT_FOUND: 'No candidate with this id, or you may not see them.',
  COMPANY_NOT_VERIFIED:
    'Searching candidates opens once IBA staff or a coordinator has checked your company; profile and offers can be kept meanwhile.',
} as const;
