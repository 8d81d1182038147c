import { CATALOGUES, LOCALES, resources, type LocaleCode } from '../index';

type Entries = Map<string, unknown>;

function flatten(value: unknown, prefix = '', into: Entries = new Map()): Entries {
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, into);
  } else {
    into.set(prefix, value);
  }
  return into;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]).sort();
}

const codes = LOCALES.map((locale) => locale.code);
const reference = flatten(CATALOGUES.de);

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
/** Keys German writes in plural forms ("profiles.list.total" for "…total_one" and "…total_other"). */
const pluralBases = new Set(
  [...reference.keys()].filter((key) => key.endsWith('_other')).map((key) => key.replace(PLURAL_SUFFIX, '')),
);
/** A key without its plural suffix, when it is one of the plural keys. */
function baseKey(key: string): string {
  const base = key.replace(PLURAL_SUFFIX, '');
  return base !== key && pluralBases.has(base) ? base : key;
}
function pluralCategories(code: LocaleCode): string[] {
  return [...new Intl.PluralRules(code).resolvedOptions().pluralCategories].sort();
}

describe('locale catalogues', () => {
  it('exist for every language of the switcher and nothing else', () => {
    expect(Object.keys(CATALOGUES).sort()).toEqual([...codes].sort());
    expect(Object.keys(resources).sort()).toEqual([...codes].sort());
  });

  it.each(codes)('%s has exactly the keys of the German catalogue', (code: LocaleCode) => {
    const keys = new Set([...flatten(CATALOGUES[code]).keys()].map(baseKey));
    expect([...keys].sort()).toEqual([...new Set([...reference.keys()].map(baseKey))].sort());
  });

  it.each(codes)(
    '%s has exactly the plural forms its language uses for every counted text',
    (code: LocaleCode) => {
      expect(pluralBases.size).toBeGreaterThan(0);
      const keys = [...flatten(CATALOGUES[code]).keys()];
      for (const base of pluralBases) {
        const forms = keys
          .filter((key) => baseKey(key) === base && key !== base)
          .map((key) => key.slice(base.length + 1));
        expect({ base, forms: forms.sort() }).toEqual({ base, forms: pluralCategories(code) });
      }
    },
  );

  it.each(codes)('%s has only non-empty texts', (code: LocaleCode) => {
    const blank = [...flatten(CATALOGUES[code]).entries()].filter(
      ([, text]) => typeof text !== 'string' || text.trim() === '',
    );
    expect(blank).toEqual([]);
  });

  it.each(codes)('%s keeps the placeholders of the German texts', (code: LocaleCode) => {
    const texts = flatten(CATALOGUES[code]);
    const mismatches = [...reference.entries()].filter(
      ([key, text]) =>
        !pluralBases.has(baseKey(key)) &&
        placeholders(String(text)).join() !== placeholders(String(texts.get(key))).join(),
    );
    expect(mismatches).toEqual([]);
  });

  it.each(codes)('%s keeps the placeholders in every plural form, the number at least in "other"', (code) => {
    const german = (base: string) =>
      placeholders(String(reference.get(`${base}_other`))).filter((name) => name !== 'count');
    const mismatches = [...flatten(CATALOGUES[code]).entries()].filter(([key, text]) => {
      const base = baseKey(key);
      if (!pluralBases.has(base)) return false;
      const names = placeholders(String(text));
      // "one", "two" and "zero" may say the number in words ("ملفان", "einmal").
      if (key.endsWith('_other') && !names.includes('count')) return true;
      return names.filter((name) => name !== 'count').join() !== german(base).join();
    });
    expect(mismatches).toEqual([]);
  });

  it.each(codes.filter((code) => code !== 'en'))(
    '%s is translated, not a copy of the English texts',
    (code) => {
      const english = flatten(CATALOGUES.en);
      const texts = [...flatten(CATALOGUES[code]).entries()];
      const copies = texts.filter(([key, text]) => english.get(key) === text);
      // Short proper names may stay the same ("Code" in German); whole sentences may not.
      expect(copies.filter(([, text]) => String(text).includes(' '))).toEqual([]);
    },
  );
});

describe('LOCALES', () => {
  it('lists every language once with its native name', () => {
    expect(LOCALES.map((locale) => [locale.code, locale.nativeName])).toEqual([
      ['de', 'Deutsch'],
      ['en', 'English'],
      ['ar', 'العربية'],
      ['fa', 'فارسی'],
      ['uk', 'Українська'],
    ]);
  });

  it('marks Arabic and Persian as right-to-left', () => {
    expect(LOCALES.filter((locale) => locale.dir === 'rtl').map((locale) => locale.code)).toEqual([
      'ar',
      'fa',
    ]);
  });
});
