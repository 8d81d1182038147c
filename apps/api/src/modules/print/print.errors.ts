/** Messages of the printouts. */
export const PrintMessage = {
  RENDERER_UNAVAILABLE: 'Printouts cannot be made right now (the PDF renderer did not start); try again later.',
  COMPANY_NOT_FOUND: 'No firm with this id, or you may not print its matches.',
  OFFER_NOT_FOUND: 'No offer with this id, or you may not print its matches.',
  PROFILE_NOT_FOUND: 'No profile with this pseudonym that you may see.',
  JOB_NOT_FOUND: 'No such print job, or it has expired.',
  JOB_NOT_READY: 'The print job has not finished (or it failed): nothing to download yet.',
  STAFF_ONLY: 'Only staff print batches for an event.',
  REQUESTER_GONE: 'The account that asked for this print job may no longer print it.',
} as const;
