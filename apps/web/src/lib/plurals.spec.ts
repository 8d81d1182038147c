import { describe, expect, it } from 'vitest';
import { createI18n } from './i18n';

describe('counted texts follow the plural rules of each language', () => {
  it('German and English: one and other', () => {
    const de = createI18n('de');
    expect(de.t('profiles.list.total', { count: 1 })).toBe('1 Profil');
    expect(de.t('profiles.list.total', { count: 12 })).toBe('12 Profile');
    expect(de.t('profiles.assessments.imported', { count: 1 })).toBe('1 Ergebnis importiert.');
    expect(
      de.t('profiles.assessments.summary', {
        valid: de.t('profiles.assessments.rowsValid', { count: 1 }),
        invalid: de.t('profiles.assessments.rowsInvalid', { count: 0 }),
      }),
    ).toBe('Geprüft: 1 Zeile in Ordnung, 0 Zeilen mit Fehlern.');
    expect(de.t('accessLog.sentences.list_pseudonymous_profiles', { actor: 'X', count: 1 })).toBe(
      'X hat Ihr Profil an diesem Tag einmal in Listen gesehen (ohne Ihren Namen).',
    );
    const en = createI18n('en');
    expect(en.t('jobs.offer.durationWeeks', { count: 1 })).toBe('1 week');
    expect(en.t('jobs.offer.durationWeeks', { count: 6 })).toBe('6 weeks');
  });

  it('Arabic: zero, one, two, few, many and other', () => {
    const ar = createI18n('ar');
    const total = (count: number) => ar.t('profiles.list.total', { count });
    expect(total(0)).toBe('لا توجد ملفات');
    expect(total(1)).toBe('ملف واحد');
    expect(total(2)).toBe('ملفان');
    expect(total(3)).toBe('3 ملفات');
    expect(total(11)).toBe('11 ملفًا');
    expect(total(100)).toBe('100 ملف');
    expect(ar.t('jobs.offer.durationWeeks', { count: 2 })).toBe('أسبوعان');
  });

  it('Ukrainian: one, few and many', () => {
    const uk = createI18n('uk');
    const imported = (count: number) => uk.t('profiles.assessments.imported', { count });
    expect(imported(1)).toBe('Імпортовано 1 результат.');
    expect(imported(21)).toBe('Імпортовано 21 результат.');
    expect(imported(3)).toBe('Імпортовано 3 результати.');
    expect(imported(5)).toBe('Імпортовано 5 результатів.');
    expect(imported(11)).toBe('Імпортовано 11 результатів.');
  });

  it('Persian: one and other, the noun after a number in the singular', () => {
    const fa = createI18n('fa');
    expect(fa.t('profiles.view.hours', { count: 1 })).toBe('1 ساعت در هفته');
    expect(fa.t('profiles.view.hours', { count: 20 })).toBe('20 ساعت در هفته');
  });
});
