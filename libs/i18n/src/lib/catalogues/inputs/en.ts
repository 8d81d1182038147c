import type { inputsDe } from './de';

// Texts of the shared input fields: language and country pickers, date fields.
export const inputsEn: typeof inputsDe = {
  languagesPlaceholder: 'Search a language …',
  countryPlaceholder: 'Search a country …',
  noMatch: 'Nothing found',
  dateInvalid: 'Please enter a date like {{example}}',
};
