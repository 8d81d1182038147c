import type { inputsDe } from './de';

// Texts of the shared input fields: language and country pickers, date fields.
export const inputsUk: typeof inputsDe = {
  languagesPlaceholder: 'Пошук мови …',
  countryPlaceholder: 'Пошук країни …',
  noMatch: 'Нічого не знайдено',
  dateInvalid: 'Введіть дату у форматі {{example}}',
};
