export const TaxonomyErrorMessage = {
  CONCEPT_NOT_FOUND: 'No occupation or competence has this code.',
} as const;
