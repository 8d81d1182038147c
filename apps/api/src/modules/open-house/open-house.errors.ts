/**
 * Messages of open-house days and job fairs; the codes are feature codes of FeatureErrorCode
 * (common/domain-error.ts) with texts in libs/i18n error-codes and rows in docs/errors.md.
 */
export const OpenHouseMessage = {
  DAY_NOT_FOUND: 'No open-house day with this id.',
  SITE_NOT_FOUND: 'No site of this open-house day with this id, or not yours.',
  ALREADY_REGISTERED: 'This candidate is already registered for this day.',
  VISIT_NOT_FOUND: 'The plan has no such visit.',
  FAIR_NOT_FOUND: 'No job fair with this id.',
  FAIR_ALREADY_REGISTERED: 'This candidate is already registered for this fair.',
  BOOTH_TAKEN: 'Another exhibitor has this booth already.',
  MENTOR_FULL: 'This fair mentor has as many young people as they can take.',
} as const;
