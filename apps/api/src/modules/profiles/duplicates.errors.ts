/** Messages of duplicate detection and merging (codes: common ones plus DUPLICATE_PAIR_NOT_FLAGGED, MERGE_NOT_RESTORABLE). */
export const DuplicatesMessage = {
  SAME_CANDIDATE: 'Two different candidates are needed.',
  CANDIDATE_NOT_FOUND: 'No candidate with this id.',
  PAIR_NOT_FLAGGED: 'Only a pair listed as a possible duplicate (and not dismissed) can be merged.',
  ARCHIVE_NOT_FOUND: 'No merged record with this id.',
  NOT_RESTORABLE: 'This merged record can no longer be restored.',
  IDENTIFIER_TAKEN: 'Another account now uses the e-mail or login name of the merged record.',
} as const;
