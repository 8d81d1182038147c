// Texts of the shared input fields: language and country pickers, date fields.
export const inputsDe = {
  languagesPlaceholder: 'Sprache suchen …',
  countryPlaceholder: 'Land suchen …',
  noMatch: 'Nichts gefunden',
  dateInvalid: 'Bitte ein Datum wie {{example}} eingeben',
};
