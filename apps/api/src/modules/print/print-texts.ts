import { CATALOGUES, DEFAULT_LOCALE, type LocaleCode } from '@passgenau/i18n';

export type Translate = (key: string, values?: Record<string, string | number>) => string;

function lookup(catalogue: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>(
    (node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined),
    catalogue,
  );
}

/**
 * The web app's catalogues (libs/i18n) for printouts: `{{name}}` placeholders and plural forms
 * (`key_one`, `key_other`, … picked by `count`) as i18next reads them, German where a text is missing.
 */
export function translator(lang: LocaleCode): Translate {
  const find = (code: LocaleCode, key: string, count: unknown): string | undefined => {
    if (typeof count === 'number') {
      const form =
        lookup(CATALOGUES[code], `${key}_${new Intl.PluralRules(code).select(count)}`) ??
        lookup(CATALOGUES[code], `${key}_other`);
      if (typeof form === 'string') return form;
    }
    const text = lookup(CATALOGUES[code], key);
    return typeof text === 'string' ? text : undefined;
  };
  return (key, values = {}) => {
    const text = find(lang, key, values['count']) ?? find(DEFAULT_LOCALE, key, values['count']) ?? key;
    return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) =>
      values[name] === undefined ? '' : String(values[name]),
    );
  };
}
