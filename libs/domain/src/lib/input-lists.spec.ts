import { COUNTRY_CODES, PICKABLE_LANGUAGES, foldForSearch, searchNamedCodes } from './input-lists';

describe('pickable codes', () => {
  it('are distinct and well formed', () => {
    expect(new Set(COUNTRY_CODES).size).toBe(COUNTRY_CODES.length);
    expect(COUNTRY_CODES.every((code) => /^[A-Z]{2}$/.test(code))).toBe(true);
    expect(COUNTRY_CODES).toEqual(expect.arrayContaining(['SY', 'AF', 'UA', 'IR', 'IQ', 'ER', 'TR', 'DE']));
    expect(new Set(PICKABLE_LANGUAGES).size).toBe(PICKABLE_LANGUAGES.length);
    expect(PICKABLE_LANGUAGES.every((code) => /^[a-z]{2,3}$/.test(code))).toBe(true);
    expect(PICKABLE_LANGUAGES.slice(0, 5)).toEqual(['de', 'en', 'ar', 'fa', 'uk']);
  });
});

describe('searchNamedCodes', () => {
  const entries = [
    { code: 'hr', name: 'Kroatisch', aliases: ['hrvatski', 'hr'] },
    { code: 'tr', name: 'Türkisch', aliases: ['Türkçe', 'tr'] },
    { code: 'ar', name: 'Arabisch', aliases: ['العربية', 'ar'] },
    { code: 'tk', name: 'Turkmenisch', aliases: ['türkmen dili', 'tk'] },
  ];

  it('finds by the name in the reader language, without accents', () => {
    expect(searchNamedCodes(entries, 'turk').map((e) => e.code)).toEqual(['tr', 'tk']);
    expect(searchNamedCodes(entries, 'kroat').map((e) => e.code)).toEqual(['hr']);
  });

  it('finds by the language own name and by its code, exact code first', () => {
    expect(searchNamedCodes(entries, 'العربية').map((e) => e.code)).toEqual(['ar']);
    expect(searchNamedCodes(entries, 'tr').map((e) => e.code)[0]).toBe('tr');
  });

  it('returns everything for an empty query and nothing for a miss', () => {
    expect(searchNamedCodes(entries, ' ')).toHaveLength(4);
    expect(searchNamedCodes(entries, 'xyz')).toEqual([]);
  });

  it('folds Arabic and Persian letter variants', () => {
    expect(foldForSearch('عربي')).toBe(foldForSearch('عربی'));
    expect(foldForSearch('Straße')).toBe('strasse');
  });
});
