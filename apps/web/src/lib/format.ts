import type { UiLanguage } from '@passgenau/domain';

/** Date and time in the reader's language, e.g. "25.11.2026, 13:52" or "25‏/11‏/2026، 1:52 م". */
export function formatDateTime(value: string | null | undefined, language: UiLanguage): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/**
 * A day in the reader's language. A calendar day (YYYY-MM-DD) stays that day in every time zone
 * (it is read as midnight UTC, so it is also formatted in UTC).
 */
export function formatDate(value: string | null | undefined, language: UiLanguage): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const calendarDay = /^\d{4}-\d{2}-\d{2}$/.test(value);
  return new Intl.DateTimeFormat(language, {
    dateStyle: 'long',
    ...(calendarDay ? { timeZone: 'UTC' } : {}),
  }).format(date);
}
