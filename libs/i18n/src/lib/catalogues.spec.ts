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

describe('locale catalogues', () => {
  it('exist for every language of the switcher and nothing else', () => {
    expect(Object.keys(CATALOGUES).sort()).toEqual([...codes].sort());
    expect(Object.keys(resources).sort()).toEqual([...codes].sort());
  });

  it.each(codes)('%s has exactly the keys of the German catalogue', (code: LocaleCode) => {
    expect([...flatten(CATALOGUES[code]).keys()].sort()).toEqual([...reference.keys()].sort());
  });

  it.each(codes)('%s has only non-empty texts', (code: LocaleCode) => {
    const blank = [...flatten(CATALOGUES[code]).entries()].filter(
      ([, text]) => typeof text !== 'string' || text.trim() === '',
    );
    expect(blank).toEqual([]);
  });

  it.each(codes)('%s keeps the placeholders of the German texts', (code: LocaleCode) => {
    const texts = flatten(CATALOGUES[code]);
    const mismatches = [...reference.entries()].filter(
      ([key, text]) => placeholders(String(text)).join() !== placeholders(String(texts.get(key))).join(),
    );
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
