import { genderForms, toTaxonomyDocument } from './taxonomy.search-index';
import { matchedLabel, stemmedQueries } from './taxonomy.service';

const welderRow = {
  id: 'c0ffee00-0000-4000-8000-000000000001',
  code: 'http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b',
  kind: 'occupation',
  isco_group: '7212',
  collections: [],
  curated_field: 'metal',
  labels: [
    { lang: 'en', text: 'welder', preferred: true, source: 'esco' as const },
    { lang: 'en', text: 'arc welder', preferred: false, source: 'esco' as const },
    { lang: 'de', text: 'Schweißer/Schweißerin', preferred: true, source: 'esco' as const },
    { lang: 'uk', text: 'зварювальник / зварювальниця', preferred: true, source: 'passgenau' as const },
  ],
};

describe('genderForms', () => {
  it('splits masculine and feminine forms', () => {
    expect(genderForms('Schweißer/Schweißerin')).toEqual(['Schweißer', 'Schweißerin']);
    expect(genderForms('зварювальник / зварювальниця')).toEqual(['зварювальник', 'зварювальниця']);
  });

  it('leaves labels without forms alone', () => {
    expect(genderForms('welder')).toEqual([]);
    expect(genderForms('TCP/IP')).toEqual(['TCP', 'IP']);
    expect(genderForms('a/b/c/d')).toEqual([]);
  });
});

describe('toTaxonomyDocument', () => {
  const doc = toTaxonomyDocument(welderRow);

  it('puts preferred and alternative labels per language', () => {
    expect(doc['pref_en']).toEqual(['welder']);
    expect(doc['alt_en']).toEqual(['arc welder']);
    expect(doc['pref_fa']).toEqual([]);
  });

  it('indexes gender forms and spellings without ß, each pointing to its label', () => {
    const index = doc.variants.indexOf('Schweisser');
    expect(index).toBeGreaterThanOrEqual(0);
    expect(doc.variantOf[index]).toBe('Schweißer/Schweißerin');
    expect(doc.variantLang[index]).toBe('de');
    expect(doc.variants).toContain('зварювальник');
  });

  it('indexes the light stems of the labels, each pointing to its label', () => {
    const stemmed = toTaxonomyDocument({
      ...welderRow,
      labels: [{ lang: 'uk', text: 'фарбувати поверхні', preferred: true, source: 'passgenau' as const }],
    });
    const index = stemmed.variants.indexOf('фарбув поверхн');
    expect(index).toBeGreaterThanOrEqual(0);
    expect(stemmed.variantOf[index]).toBe('фарбувати поверхні');
    expect(stemmed.variantLang[index]).toBe('uk');
    expect(doc.variants).toContain('schweiß');
  });

  it('ranks curated concepts higher and records how general the label is', () => {
    expect(doc.priority).toBe(2);
    expect(doc.labelWords).toBe(1);
  });

  it('shows one label per language, marking the product translation', () => {
    expect(doc.labels).toEqual({
      de: { text: 'Schweißer/Schweißerin', source: 'esco' },
      en: { text: 'welder', source: 'esco' },
      uk: { text: 'зварювальник / зварювальниця', source: 'passgenau' },
    });
  });
});

describe('matchedLabel', () => {
  const doc = toTaxonomyDocument(welderRow);
  const mark = (text: string) => `\uE000${text}\uE001`;

  it('prefers the reader language', () => {
    const hit = { ...doc, _formatted: { pref_en: [mark('welder')], pref_de: ['Schweißer/Schweißerin'] } };
    expect(matchedLabel(hit, 'en')).toEqual({ lang: 'en', text: 'welder' });
  });

  it('maps a matched spelling variant back to its label', () => {
    const variants = doc.variants.map((v) => (v === 'Schweisser' ? mark(v) : v));
    expect(matchedLabel({ ...doc, _formatted: { variants } }, 'fa')).toEqual({
      lang: 'de',
      text: 'Schweißer/Schweißerin',
    });
  });

  it('returns null when nothing is highlighted', () => {
    expect(matchedLabel({ ...doc, _formatted: { pref_en: ['welder'] } }, 'en')).toBeNull();
  });
});

describe('stemmedQueries', () => {
  it('stems a query by the languages of its script, once per distinct stem', () => {
    expect(stemmedQueries('фарбування')).toEqual(['фарбув']);
    expect(stemmedQueries('Schweißer')).toEqual(['schweiß']);
    expect(stemmedQueries('welding')).toEqual(['weld']);
    expect(stemmedQueries('Schweiß')).toEqual([]);
    expect(stemmedQueries('لحام')).toEqual([]);
  });
});
