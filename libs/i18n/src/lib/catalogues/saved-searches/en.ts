import type { Localized } from '../../catalogue';
import type { savedSearchesDe } from './de';

// Texts of saved searches and their alerts.
export const savedSearchesEn: Localized<typeof savedSearchesDe> = {
  save: 'Save this search',
  saved: 'Saved. New results appear with your saved searches and once a day by e-mail.',
  toList: 'To the saved searches',
  name: 'Name of the search',
  nameHelp: 'For example “Warehouse Waiblingen”.',
  saveSubmit: 'Save',
  title: 'Saved searches',
  intro:
    'Your saved searches and their new results. By e-mail you get at most one message a day, with pseudonyms or offer titles only.',
  listTitle: 'My searches',
  empty: 'You have not saved a search yet. Save one on the search page.',
  kinds: { candidates: 'Search for profiles', offers: 'Search for offers' },
  savedOn: 'saved on {{date}}',
  alertCount: 'New results: {{count}}',
  showResults: 'Show results',
  hideResults: 'Hide results',
  results: 'Results',
  noResults: 'No results at the moment.',
  rename: 'Rename',
  renameSubmit: 'Save name',
  cancel: 'Cancel',
  delete: 'Delete',
  deleteNamed: 'Delete search “{{name}}”',
  alertsTitle: 'New results',
  alertsIntro: 'What newly matches your searches since you saved them.',
  noAlerts: 'No new results yet.',
};
