/**
 * Messages of shortlists, contact requests and outcomes; the codes are feature codes of
 * FeatureErrorCode (common/domain-error.ts) with texts in libs/i18n error-codes and rows in docs/errors.md.
 */
export const ContactsMessage = {
  /** Unknown pseudonym, a profile no longer visible to employers, or a firm the candidate blocked: one neutral answer. */
  CANDIDATE_NOT_FOUND: 'No candidate with this pseudonym.',
  OFFER_NOT_FOUND: 'No offer of your firm with this id.',
  COMPANY_NOT_FOUND: 'No firm with this id.',
  REQUEST_NOT_FOUND: 'No contact request with this id, or you may not see it.',
  SHORTLIST_ENTRY_NOT_FOUND: 'No shortlist entry of your firm with this id.',
  REQUEST_OPEN: 'Your firm already has an open contact request to this candidate for this offer.',
  DAILY_CAP: 'Your firm has sent as many contact requests today as one day allows.',
  REQUEST_NOT_OPEN: 'This contact request is no longer open for this step.',
  NOT_ACCEPTED: 'Outcomes can only be recorded for an accepted contact.',
  OUTCOME_ORDER: 'This stage comes before a stage already recorded, or the contact has ended.',
} as const;
