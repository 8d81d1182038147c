export const TaxonomyErrorMessage = {
  CONCEPT_NOT_FOUND: 'No occupation or competence has this code.',
  LABEL_EXISTS: 'This occupation or competence already has this label in this language.',
  LABEL_NOT_FOUND: 'No label with this id.',
  LABEL_NOT_EDITABLE: 'Only labels added by a coordinator can be removed.',
  INDEX_UNAVAILABLE:
    'The change is saved, but the search index could not be updated now; the next label change brings it up to date.',
} as const;
