/** Messages of the companies feature; the codes are the common ones (NOT_FOUND, FORBIDDEN, …). */
export const CompaniesMessage = {
  COMPANY_NOT_FOUND: 'No company with this id, or you may not see it.',
  NOT_YOUR_COMPANY: 'You can only change your own company.',
  SITE_NOT_FOUND: 'This company has no site with this id.',
  SITE_IN_USE: 'Draft or open offers use this site; move them to another site first.',
  OFFER_NOT_FOUND: 'No offer with this id, or you may not see it.',
  NO_LOGO: 'This company has no logo.',
  CANDIDATE_REQUIRED: 'Say for which candidate you act.',
  NOT_PENDING: 'This company is not waiting for a check.',
} as const;
