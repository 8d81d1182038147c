import type { inputsDe } from './de';

// Texts of the shared input fields: language and country pickers, date fields.
export const inputsFa: typeof inputsDe = {
  languagesPlaceholder: 'جستجوی زبان …',
  countryPlaceholder: 'جستجوی کشور …',
  noMatch: 'چیزی پیدا نشد',
  dateInvalid: 'لطفاً تاریخی مانند {{example}} وارد کنید',
};
