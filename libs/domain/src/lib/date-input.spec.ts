import { dateInputExample, dateInputPattern, formatDateInput, parseDateInput } from './date-input';

describe('date input in the interface language', () => {
  it('follows the interface language, never mm/dd/yyyy', () => {
    for (const lang of ['de', 'en', 'ar', 'uk']) {
      expect(dateInputPattern(lang).order).toEqual(['day', 'month', 'year']);
    }
    // Persian writes year, month, day.
    expect(dateInputPattern('fa').order).toEqual(['year', 'month', 'day']);
    expect(dateInputExample('de')).toBe('31.12.2026');
    expect(dateInputExample('uk')).toBe('31.12.2026');
    expect(dateInputExample('en')).toBe('31/12/2026');
  });

  it('shows Gregorian dates with Latin digits in Arabic and Persian', () => {
    expect(formatDateInput('2026-03-05', 'fa')).toBe('2026/03/05');
    expect(formatDateInput('2026-03-05', 'ar')).toMatch(/^05.03.2026$/);
  });

  it('formats an ISO day and leaves other text alone', () => {
    expect(formatDateInput('2026-03-05', 'de')).toBe('05.03.2026');
    expect(formatDateInput('', 'de')).toBe('');
    expect(formatDateInput('2026-02-30', 'de')).toBe('2026-02-30');
  });

  it('parses what was typed in the language order', () => {
    expect(parseDateInput('5.3.2026', 'de')).toBe('2026-03-05');
    expect(parseDateInput('05/03/2026', 'en')).toBe('2026-03-05');
    expect(parseDateInput(' 05-03-2026 ', 'uk')).toBe('2026-03-05');
    expect(parseDateInput('2026-03-05', 'en')).toBe('2026-03-05');
  });

  it('understands Arabic-Indic and Persian digits', () => {
    expect(parseDateInput('٥/٣/٢٠٢٦', 'ar')).toBe('2026-03-05');
    expect(parseDateInput('۲۰۲۶/۰۳/۰۵', 'fa')).toBe('2026-03-05');
  });

  it('refuses what is not a real day', () => {
    expect(parseDateInput('30.02.2026', 'de')).toBeNull();
    expect(parseDateInput('12/31/2026', 'en')).toBeNull();
    expect(parseDateInput('5.3.26', 'de')).toBeNull();
    expect(parseDateInput('morgen', 'de')).toBeNull();
    expect(parseDateInput('', 'de')).toBeNull();
  });
});
