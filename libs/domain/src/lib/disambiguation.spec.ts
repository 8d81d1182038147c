import { distinguish, firstSentence, sameLabelGroups, type DistinctionFacts } from './disambiguation';

const ar = (text: string) => ({ text, source: 'esco' as const });

const welder: DistinctionFacts = {
  code: 'welder',
  labels: { de: ar('Schweißer/Schweißerin'), en: ar('welder'), ar: ar('عامل لحام / عاملة لحام') },
  iscoGroup: '7212',
  iscoGroupLabels: { de: 'Schweißer und Brennschneider', en: 'Welders and flamecutters' },
  descriptions: {
    en: 'Welders operate welding equipment to fuse metal workpieces together. They use various techniques.',
  },
};
const solderer: DistinctionFacts = {
  code: 'solderer',
  labels: { de: ar('Löter/Löterin'), en: ar('solderer'), ar: ar('عامل لحام / عاملة لحام') },
  iscoGroup: '7212',
  iscoGroupLabels: { de: 'Schweißer und Brennschneider', en: 'Welders and flamecutters' },
  descriptions: { en: 'Solderers join metal parts with a filler metal of low melting point.' },
};

describe('sameLabelGroups', () => {
  it('groups hits a reader would see under the same label', () => {
    const other = { code: 'roofer', labels: { ar: ar('عامل تسقيف / عاملة تسقيف') } };
    expect(sameLabelGroups([welder, solderer, other], 'ar')).toEqual([['welder', 'solderer']]);
    expect(sameLabelGroups([welder, solderer, other], 'de')).toEqual([]);
  });

  it('compares the labels without case and extra spaces, fallbacks included', () => {
    const a = { code: 'a', labels: { de: ar('Maler') } };
    const b = { code: 'b', labels: { de: ar(' maler ') } };
    expect(sameLabelGroups([a, b], 'fa')).toEqual([['a', 'b']]);
  });
});

describe('distinguish', () => {
  it('tells solderer and welder apart by their German labels for an Arabic reader', () => {
    const result = distinguish([welder, solderer], 'ar');
    expect(result.get('welder')).toEqual({ kind: 'label', lang: 'de', text: 'Schweißer/Schweißerin' });
    expect(result.get('solderer')).toEqual({ kind: 'label', lang: 'de', text: 'Löter/Löterin' });
  });

  it('uses English as the second language of a German reader', () => {
    const a = { ...welder, labels: { de: ar('Schweißer'), en: ar('welder') } };
    const b = { ...solderer, labels: { de: ar('Schweißer'), en: ar('solderer') } };
    expect(distinguish([a, b], 'de').get('b')).toBeUndefined();
    expect(distinguish([a, b], 'de').get('solderer')).toEqual({
      kind: 'label',
      lang: 'en',
      text: 'solderer',
    });
  });

  it('falls back to the ISCO group when the second labels coincide too', () => {
    const a = { ...welder, labels: { ar: ar('x'), de: ar('Y') }, iscoGroup: '7212' };
    const b = {
      ...solderer,
      labels: { ar: ar('x'), de: ar('Y') },
      iscoGroup: '8121',
      iscoGroupLabels: { de: 'Metallverarbeitung', en: 'Metal processing' },
    };
    const result = distinguish([a, b], 'ar');
    expect(result.get('welder')).toEqual({
      kind: 'iscoGroup',
      lang: 'de',
      text: '7212 · Schweißer und Brennschneider',
    });
    expect(result.get('solderer')?.text).toBe('8121 · Metallverarbeitung');
  });

  it('falls back to the first sentence of the description when the group is the same', () => {
    const a = { ...welder, labels: { ar: ar('x') } };
    const b = { ...solderer, labels: { ar: ar('x') } };
    const result = distinguish([a, b], 'ar');
    expect(result.get('welder')).toEqual({
      kind: 'description',
      lang: 'en',
      text: 'Welders operate welding equipment to fuse metal workpieces together.',
    });
    expect(result.get('solderer')?.kind).toBe('description');
  });

  it('gives each hit the line unique to it when no kind tells all apart', () => {
    const a = { ...welder, labels: { ar: ar('x'), de: ar('A') }, descriptions: {} };
    const b = { ...solderer, labels: { ar: ar('x') }, descriptions: {} };
    const result = distinguish([a, b], 'ar');
    expect(result.get('welder')).toEqual({ kind: 'label', lang: 'de', text: 'A' });
    expect(result.has('solderer')).toBe(false);
  });

  it('leaves a single hit alone', () => {
    expect(distinguish([welder], 'ar').size).toBe(0);
  });
});

describe('firstSentence', () => {
  it('keeps the first sentence', () => {
    expect(firstSentence('One thing. Another.')).toBe('One thing.');
    expect(firstSentence('No full stop')).toBe('No full stop');
    expect(firstSentence('Version 2.0 is here. Next.')).toBe('Version 2.0 is here.');
  });

  it('cuts a long sentence at a word', () => {
    const text = firstSentence(`${'word '.repeat(50)}end.`, 30);
    expect(text.length).toBeLessThanOrEqual(30);
    expect(text.endsWith('word…')).toBe(true);
  });
});
