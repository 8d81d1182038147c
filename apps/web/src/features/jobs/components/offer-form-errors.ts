import type { ParseKeys } from 'i18next';
import type { ApiFieldError } from '../../../lib/api-client';
import { apiFieldErrors, fieldCodeKey } from '../../../lib/form-errors';

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
  'germanStrict',
  'maxDistanceKm',
  'siteId',
  'startsOn',
  'closesOn',
  'hoursPerWeek',
  'durationWeeks',
  'places',
  'status',
] as const;

export type OfferFormField = (typeof OFFER_FORM_FIELDS)[number];

/** The text for one field the API refused, by field and by its field code. */
export function offerFieldErrorKey({ field, code }: ApiFieldError): ParseKeys {
  const base = field.replace(/\[\d+\]$/, '');
  switch (base) {
    case 'title':
      return code === 'REQUIRED' || code === 'TOO_SHORT' || code === 'NOT_A_STRING'
        ? 'jobs.form.errors.required'
        : fieldCodeKey(code);
    case 'occupationCode':
      return code === 'REQUIRED' ? 'jobs.form.errors.required' : 'jobs.form.errors.occupation';
    case 'places':
      return 'jobs.form.errors.places';
    case 'closesOn':
      return code === 'DATE_ORDER' ? 'jobs.form.errors.closesOn' : 'jobs.form.errors.date';
    case 'startsOn':
      return 'jobs.form.errors.date';
    case 'hoursPerWeek':
    case 'durationWeeks':
    case 'maxDistanceKm':
      return 'jobs.form.errors.number';
    case 'siteId':
      return 'jobs.form.errors.site';
    default:
      return code === 'INVALID' ? 'jobs.form.errors.invalid' : fieldCodeKey(code);
  }
}

/** The API's field errors as catalogue keys, one per form field ("germanMinimum.overall", "places" …). */
export function offerFormErrors(error: unknown): Partial<Record<OfferFormField, ParseKeys>> {
  return apiFieldErrors(error, OFFER_FORM_FIELDS, (fieldError) => offerFieldErrorKey(fieldError)) as Partial<
    Record<OfferFormField, ParseKeys>
  >;
}
