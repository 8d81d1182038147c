import { pickLabel } from './taxonomy';

describe('pickLabel', () => {
  const labels = {
    de: { text: 'Schweißer/Schweißerin', source: 'esco' as const },
    en: { text: 'welder', source: 'esco' as const },
    uk: { text: 'зварювальник / зварювальниця', source: 'passgenau' as const },
  };

  it('returns the label in the reader language when it exists', () => {
    expect(pickLabel(labels, 'uk')).toEqual({
      text: 'зварювальник / зварювальниця',
      lang: 'uk',
      source: 'passgenau',
      isFallback: false,
    });
  });

  it('falls back to German and marks the fallback', () => {
    expect(pickLabel(labels, 'fa')).toMatchObject({ lang: 'de', isFallback: true });
  });

  it('falls back to English when German is missing', () => {
    expect(pickLabel({ en: labels.en }, 'ar')).toMatchObject({
      text: 'welder',
      lang: 'en',
      isFallback: true,
    });
  });

  it('ignores blank labels and returns null when nothing is left', () => {
    expect(pickLabel({ de: { text: '  ', source: 'esco' } }, 'de')).toBeNull();
  });
});
