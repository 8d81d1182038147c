import type { UiLanguage } from '@passgenau/domain';

/** Date and time in the reader's language, e.g. "25.11.2026, 13:52" or "25‏/11‏/2026، 1:52 م". */
export function formatDateTime(value: string | null | undefined, language: UiLanguage): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export function formatDate(value: string | null | undefined, language: UiLanguage): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(date);
}
