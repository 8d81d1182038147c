/** A language the catalogues are written in. Same codes, same order as `UI_LANGUAGES` in @passgenau/domain. */
export type LocaleCode = 'de' | 'en' | 'ar' | 'fa' | 'uk';

export interface LocaleInfo {
  code: LocaleCode;
  /** The language's name in the language itself, as the language switcher shows it. */
  nativeName: string;
  dir: 'ltr' | 'rtl';
}

/** Every language with a catalogue, in the order the language switcher lists them. */
export const LOCALES: readonly LocaleInfo[] = [
  { code: 'de', nativeName: 'Deutsch', dir: 'ltr' },
  { code: 'en', nativeName: 'English', dir: 'ltr' },
  { code: 'ar', nativeName: 'العربية', dir: 'rtl' },
  { code: 'fa', nativeName: 'فارسی', dir: 'rtl' },
  { code: 'uk', nativeName: 'Українська', dir: 'ltr' },
];

/** German is the district's working language and the fallback for every missing text. */
export const DEFAULT_LOCALE: LocaleCode = 'de';

export function localeInfo(code: LocaleCode): LocaleInfo {
  const info = LOCALES.find((locale) => locale.code === code);
  if (!info) throw new Error(`Unknown locale: ${code}`);
  return info;
}
