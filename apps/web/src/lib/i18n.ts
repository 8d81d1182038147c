import { createInstance, type i18n as I18n } from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { isUiLanguage, textDirection, UI_LANGUAGES, type UiLanguage } from '@passgenau/domain';
import { DEFAULT_LOCALE, I18N_NAMESPACE, resources } from '@passgenau/i18n';

export const LANGUAGE_STORAGE_KEY = 'passgenau.language';

// Dari ("prs") is written like Persian; its speakers read the Persian catalogue.
const LANGUAGE_ALIASES: Readonly<Record<string, UiLanguage>> = { prs: 'fa' };

/** Maps a browser language tag ("ar-SY", "uk", "fa-AF") to a UI language, or null. */
export function matchUiLanguage(tag: string): UiLanguage | null {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (isUiLanguage(primary)) return primary;
  return LANGUAGE_ALIASES[primary] ?? null;
}

export interface LanguageHints {
  /** The language the user chose before, as stored in this browser. */
  stored: string | null;
  /** The browser's preferred languages, most wanted first. */
  browser: readonly string[];
}

/** The user's own choice first, then the browser's languages, else German. */
export function detectLanguage({ stored, browser }: LanguageHints): UiLanguage {
  if (isUiLanguage(stored)) return stored;
  for (const tag of browser) {
    const match = matchUiLanguage(tag);
    if (match) return match;
  }
  return DEFAULT_LOCALE;
}

export function readStoredLanguage(): string | null {
  try {
    return window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null;
  }
}

function storeLanguage(language: UiLanguage): void {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Storage can be blocked (private mode); the choice then lasts for this visit only.
  }
}

export function browserLanguages(): readonly string[] {
  if (navigator.languages && navigator.languages.length > 0) return navigator.languages;
  return navigator.language ? [navigator.language] : [];
}

export function detectBrowserLanguage(): UiLanguage {
  return detectLanguage({ stored: readStoredLanguage(), browser: browserLanguages() });
}

/** Sets `lang` and `dir` on <html>, so the browser, screen readers and CSS logical properties follow. */
export function applyDocumentLanguage(language: UiLanguage): void {
  const root = document.documentElement;
  root.setAttribute('lang', language);
  root.setAttribute('dir', textDirection(language));
}

/** A fresh i18next instance with all catalogues; the page follows every language change. */
export function createI18n(language: UiLanguage): I18n {
  const instance = createInstance();
  instance.on('languageChanged', (changed: string) => {
    if (isUiLanguage(changed)) applyDocumentLanguage(changed);
  });
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: [...UI_LANGUAGES],
    defaultNS: I18N_NAMESPACE,
    ns: [I18N_NAMESPACE],
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
    // i18next otherwise writes an advertisement to the browser console.
    showSupportNotice: false,
  });
  return instance;
}

/** Switches the interface language because the user asked for it, and remembers the choice. */
export async function chooseLanguage(instance: I18n, language: UiLanguage): Promise<void> {
  storeLanguage(language);
  await instance.changeLanguage(language);
}

/** The language the interface currently speaks. */
export function useUiLanguage(): UiLanguage {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isUiLanguage(language) ? language : DEFAULT_LOCALE;
}
