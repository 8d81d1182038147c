import { afterEach, describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '@passgenau/domain';
import { LOCALES } from '@passgenau/i18n';
import { chooseLanguage, createI18n, detectLanguage, LANGUAGE_STORAGE_KEY, matchUiLanguage } from './i18n';

describe('detectLanguage', () => {
  it('prefers the language the user chose before', () => {
    expect(detectLanguage({ stored: 'uk', browser: ['ar-SY', 'de-DE'] })).toBe('uk');
  });

  it('ignores a stored value that is no UI language', () => {
    expect(detectLanguage({ stored: 'xx', browser: ['fa-IR'] })).toBe('fa');
  });

  it('takes the first browser language the interface speaks', () => {
    expect(detectLanguage({ stored: null, browser: ['tr-TR', 'ar-SY', 'en-GB'] })).toBe('ar');
  });

  it('falls back to German when no browser language is spoken', () => {
    expect(detectLanguage({ stored: null, browser: ['tr', 'ku'] })).toBe('de');
    expect(detectLanguage({ stored: null, browser: [] })).toBe('de');
  });

  it('reads Dari as Persian', () => {
    expect(matchUiLanguage('prs-AF')).toBe('fa');
    expect(matchUiLanguage('fa_AF')).toBe('fa');
  });
});

describe('createI18n', () => {
  afterEach(() => window.localStorage.clear());

  it('speaks the same languages as the domain, in the same order', () => {
    expect(LOCALES.map((locale) => locale.code)).toEqual([...UI_LANGUAGES]);
  });

  it('sets lang and dir on <html> at start and on every change', async () => {
    const i18n = createI18n('ar');
    expect(document.documentElement).toHaveAttribute('lang', 'ar');
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');

    await i18n.changeLanguage('en');
    expect(document.documentElement).toHaveAttribute('lang', 'en');
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');
  });

  it('remembers only a language the user chose', async () => {
    const i18n = createI18n('de');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBeNull();

    await chooseLanguage(i18n, 'fa');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('fa');
    expect(i18n.t('language.label')).toBe('زبان');
  });
});
