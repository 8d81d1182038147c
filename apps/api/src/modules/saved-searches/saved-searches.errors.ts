/** Messages of the saved-search feature. */
export const SavedSearchesMessage = {
  NOT_FOUND: 'No saved search with this id, or it is not yours.',
  LIMIT_REACHED: 'You have saved the most searches you can; delete one first.',
} as const;
