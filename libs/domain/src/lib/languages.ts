/** Languages the user interface speaks, in the order the language switcher shows them. */
export const UI_LANGUAGES = ['de', 'en', 'ar', 'fa', 'uk'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Languages written right to left. */
export const RTL_LANGUAGES: readonly UiLanguage[] = ['ar', 'fa'];

/** Languages whose labels ESCO itself provides in the reference data the product ships. */
export const ESCO_LANGUAGES: readonly UiLanguage[] = ['de', 'en', 'ar'];

/** Order in which a missing label is replaced: German first, the district's working language. */
export const LABEL_FALLBACK_ORDER: readonly UiLanguage[] = ['de', 'en'];

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

export function textDirection(lang: string): 'rtl' | 'ltr' {
  return (RTL_LANGUAGES as readonly string[]).includes(lang) ? 'rtl' : 'ltr';
}
