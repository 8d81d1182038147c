import type { ParseKeys } from 'i18next';
import type { ApiFieldError } from '../../../lib/api-client';
import { apiFieldErrors } from '../../../lib/form-errors';

/** The fields of the offer form, named as the API names them in its 400 answers. */
export const OFFER_FORM_FIELDS = [
  'kind',
  'title',
  'occupationCode',
  'description',
  'descriptionLang',
  'requiredCompetences',
  'niceToHaveCompetences',
  'germanMinimum.overall',
  'germanMinimum.understanding',
  'germanMinimum.speaking',
  'germanMinimum.writing',
  'helpfulLanguages',
  'suitableForCareerChangers',
  'siteId',
  'startsOn',
  'closesOn',
  'hoursPerWeek',
  'durationWeeks',
  'places',
  'status',
] as const;

export type OfferFormField = (typeof OFFER_FORM_FIELDS)[number];

/** The text for one field the API refused, by field and by what its message says. */
export function offerFieldErrorKey({ field, message }: ApiFieldError): ParseKeys {
  const base = field.replace(/\[\d+\]$/, '');
  switch (base) {
    case 'title':
      return /empty|longer than or equal to 1|must be a string/i.test(message)
        ? 'jobs.form.errors.required'
        : 'jobs.form.errors.invalid';
    case 'occupationCode':
      return 'jobs.form.errors.occupation';
    case 'places':
      return 'jobs.form.errors.places';
    case 'closesOn':
      return /before/i.test(message) ? 'jobs.form.errors.closesOn' : 'jobs.form.errors.date';
    case 'startsOn':
      return 'jobs.form.errors.date';
    case 'hoursPerWeek':
    case 'durationWeeks':
      return 'jobs.form.errors.number';
    case 'siteId':
      return 'jobs.form.errors.site';
    default:
      return 'jobs.form.errors.invalid';
  }
}

/** The API's field errors as catalogue keys, one per form field ("germanMinimum.overall", "places" …). */
export function offerFormErrors(error: unknown): Partial<Record<OfferFormField, ParseKeys>> {
  return apiFieldErrors(error, OFFER_FORM_FIELDS, (fieldError) => offerFieldErrorKey(fieldError)) as Partial<
    Record<OfferFormField, ParseKeys>
  >;
}
