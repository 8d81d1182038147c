import { UI_LANGUAGES } from '@passgenau/domain';

/** Languages offered for free texts and language skills: the interface languages and those often spoken by refugees here. */
export const PROFILE_LANGUAGES = [
  ...UI_LANGUAGES,
  'prs',
  'ps',
  'ku',
  'ti',
  'so',
  'am',
  'ru',
  'tr',
  'fr',
  'ur',
  'sq',
  'es',
] as const;

/** "uk" → "українська" in the reader's language, via the browser's own names. */
export function languageName(code: string, readerLanguage: string): string {
  try {
    return new Intl.DisplayNames([readerLanguage], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function languageOptions(readerLanguage: string) {
  return PROFILE_LANGUAGES.map((code) => ({ value: code, label: languageName(code, readerLanguage) }));
}
