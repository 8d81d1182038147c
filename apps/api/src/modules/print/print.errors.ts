/** Messages of the printouts. */
export const PrintMessage = {
  RENDERER_UNAVAILABLE: 'Printouts cannot be made right now (the PDF renderer did not start); try again later.',
  COMPANY_NOT_FOUND: 'No firm with this id, or you may not print its matches.',
  OFFER_NOT_FOUND: 'No offer with this id, or you may not print its matches.',
  PROFILE_NOT_FOUND: 'No profile with this pseudonym that you may see.',
} as const;
