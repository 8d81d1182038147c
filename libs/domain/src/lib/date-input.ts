import { isIsoDate } from './dates';

/**
 * Dates typed and shown in the interface language, not in the browser's (a German browser's
 * native date field shows mm/dd/yyyy when its own language is English). Day, month and year follow
 * the order of the language ("31.12.2026", "31/12/2026"); the Gregorian calendar and Latin digits
 * everywhere, Arabic-Indic and Persian digits are understood when typed.
 */

const LOCALES: Record<string, string> = {
  de: 'de-DE',
  // English in a German district: day before month, as in Britain.
  en: 'en-GB',
  ar: 'ar-SY',
  fa: 'fa-IR',
  uk: 'uk-UA',
};

export function dateInputLocale(lang: string): string {
  return `${LOCALES[lang] ?? lang}-u-ca-gregory-nu-latn`;
}

type Field = 'day' | 'month' | 'year';

export interface DateInputPattern {
  order: readonly Field[];
  separator: string;
}

const patterns = new Map<string, DateInputPattern>();

/** The order of day, month and year in `lang`, and the separator between them. */
export function dateInputPattern(lang: string): DateInputPattern {
  const cached = patterns.get(lang);
  if (cached) return cached;
  const parts = new Intl.DateTimeFormat(dateInputLocale(lang), {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  }).formatToParts(new Date(Date.UTC(2026, 11, 31)));
  const order = parts
    .map((part) => part.type)
    .filter((type): type is Field => type === 'day' || type === 'month' || type === 'year');
  const literal = parts.find((part) => part.type === 'literal')?.value ?? '.';
  // Drop direction marks and spaces around the separator ("31/12/2026" in Arabic carries RLMs).
  const separator = literal.replace(/[\u200e\u200f\u061c\s]/g, '') || '.';
  const pattern = { order: order.length === 3 ? order : (['day', 'month', 'year'] as const), separator };
  patterns.set(lang, pattern);
  return pattern;
}

/** YYYY-MM-DD → "31.12.2026" in the interface language; anything else comes back as it is. */
export function formatDateInput(iso: string, lang: string): string {
  if (!isIsoDate(iso)) return iso;
  const [year, month, day] = iso.split('-') as [string, string, string];
  const values: Record<Field, string> = { day, month, year };
  const { order, separator } = dateInputPattern(lang);
  return order.map((field) => values[field]).join(separator);
}

/** An example of the format, for placeholders and hints: the last day of the year. */
export function dateInputExample(lang: string): string {
  return formatDateInput('2026-12-31', lang);
}

const toLatinDigits = (text: string) =>
  text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0));

/**
 * What was typed → YYYY-MM-DD, or null when it is not a real day. Accepts any of . / - and spaces
 * between the parts, one-digit days and months, and an ISO date as pasted from elsewhere.
 */
export function parseDateInput(text: string, lang: string): string | null {
  const cleaned = toLatinDigits(text)
    .replace(/[\u200e\u200f\u061c]/g, '')
    .trim();
  if (isIsoDate(cleaned)) return cleaned;
  const numbers = cleaned.split(/[.\/\-\s،,]+/).filter(Boolean);
  if (numbers.length !== 3 || numbers.some((n) => !/^\d+$/.test(n))) return null;
  const values: Partial<Record<Field, string>> = {};
  dateInputPattern(lang).order.forEach((field, i) => (values[field] = numbers[i]));
  const { day, month, year } = values as Record<Field, string>;
  if (year.length !== 4 || day.length > 2 || month.length > 2) return null;
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}
