/** Messages of the matching feature; the codes are the common ones (NOT_FOUND, COMPANY_NOT_VERIFIED, …). */
export const MatchingMessage = {
  OFFER_NOT_FOUND: 'No offer with this id, or you may not see it.',
  COMPANY_NOT_FOUND: 'No firm with this id, or you may not see its matches.',
  MATCH_NOT_FOUND: 'This candidate is not among the matches of this offer.',
  CANDIDATE_REQUIRED: 'Only candidates have their own matches; use /api/candidates/{id}/matches.',
} as const;
