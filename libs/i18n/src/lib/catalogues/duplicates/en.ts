import type { duplicatesDe } from './de';

// Texts of Team IBA's duplicates page (possible duplicate records, merge, restore).
export const duplicatesEn: typeof duplicatesDe = {
  nav: 'Duplicate records',
  title: 'Possible duplicate records',
  intro:
    'Same name and birth year: probably the same person. Same phone number: only a hint (families share phones). Every visit to this page is in the access log.',
  empty: 'No possible duplicate records.',
  columns: {
    first: 'Record 1',
    second: 'Record 2',
    match: 'Match',
    actions: 'Actions',
  },
  strength: {
    likely: 'likely',
    hint: 'hint',
  },
  reason: {
    same_name_and_birth_year: 'same name and birth year',
    same_phone: 'same phone number',
  },
  born: 'born {{year}}',
  dismiss: 'Different people',
  mergeOpen: 'Merge …',
  merge: {
    title: 'Merge records',
    explain:
      'What the record that stays lacks is taken over. The other record is removed and can be restored for 30 days. The person gets an e-mail; only then do mentor authorisations move as well.',
    keep: 'Which record stays?',
    reason: 'Reason',
    reasonHelp: 'Required, at most 500 characters. Kept with the merge.',
    confirm: 'Merge',
    cancel: 'Cancel',
    done: 'Merged. The removed record can be restored until {{date}}.',
    notified: 'The person was told by e-mail. Mentor authorisations moved: {{number}}.',
    notNotified: 'The person has no e-mail address, so mentor authorisations were not moved.',
    notFlagged: 'This pair is not (or no longer) in the list and cannot be merged.',
  },
  merges: {
    title: 'Merged records',
    intro: 'A merge can be undone within 30 days; after that the record is deleted.',
    empty: 'No records to restore.',
    removedInto: '“{{removed}}” was merged into “{{kept}}”',
    by: 'by {{name}} on {{date}}',
    until: 'restorable until {{date}}',
    restore: 'Restore',
    restored: 'The record is restored.',
    notRestorable:
      'This record can no longer be restored: older than 30 days, or its e-mail address now belongs to another account.',
  },
};
