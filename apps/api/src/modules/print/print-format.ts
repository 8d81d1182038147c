import type { LocaleCode } from '@passgenau/i18n';

/** A calendar day (YYYY-MM-DD) stays that day; a moment is shown in the district's time. */
export function formatDay(value: string | null, lang: LocaleCode): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const calendarDay = /^\d{4}-\d{2}-\d{2}$/.test(value);
  return new Intl.DateTimeFormat(lang, {
    dateStyle: 'long',
    timeZone: calendarDay ? 'UTC' : 'Europe/Berlin',
  }).format(date);
}

export function formatMoment(value: Date, lang: LocaleCode): string {
  return new Intl.DateTimeFormat(lang, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Berlin',
  }).format(value);
}

export function formatNumber(value: number | null, lang: LocaleCode): string {
  return value === null ? '' : new Intl.NumberFormat(lang).format(value);
}

/** Long free text is cut at a word so a one-page printout stays one page. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()} …`;
}
