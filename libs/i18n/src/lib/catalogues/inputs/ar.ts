import type { inputsDe } from './de';

// Texts of the shared input fields: language and country pickers, date fields.
export const inputsAr: typeof inputsDe = {
  languagesPlaceholder: 'ابحث عن لغة …',
  countryPlaceholder: 'ابحث عن بلد …',
  noMatch: 'لم يتم العثور على شيء',
  dateInvalid: 'يرجى إدخال تاريخ مثل {{example}}',
};
