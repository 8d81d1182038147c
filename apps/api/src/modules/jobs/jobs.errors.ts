/** Messages of the job queue; the codes are the common ones (NOT_FOUND, CONFLICT, …). */
export const JobsMessage = {
  JOB_NOT_FOUND: 'No job with this id.',
  JOB_NOT_FAILED: 'Only a failed job can be retried.',
} as const;
