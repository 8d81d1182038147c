import { lightStem, stemLanguagesOf, stemText, stemWords } from './light-stem';

describe('lightStem (Ukrainian)', () => {
  it('brings a verbal noun and its verb to one stem', () => {
    expect(lightStem('фарбування', 'uk')).toBe('фарбув');
    expect(lightStem('фарбувати', 'uk')).toBe('фарбув');
    expect(lightStem('фарбуванням', 'uk')).toBe('фарбув');
    expect(lightStem('зварювання', 'uk')).toBe('зварюв');
    expect(lightStem('зварювати', 'uk')).toBe('зварюв');
  });

  it('removes case endings of nouns and adjectives', () => {
    expect(lightStem('зварювальника', 'uk')).toBe('зварювальник');
    expect(lightStem('поверхні', 'uk')).toBe('поверхн');
    expect(lightStem('поверхню', 'uk')).toBe('поверхн');
    expect(lightStem('металевих', 'uk')).toBe('металев');
  });

  it('removes the reflexive ending and the apostrophe in any of its forms', () => {
    expect(lightStem('навчатися', 'uk')).toBe('навч');
    expect(lightStem("м'ясо", 'uk')).toBe(lightStem('мʼясо', 'uk'));
    expect(lightStem('м’ясо', 'uk')).toBe('мяс');
  });

  it('keeps short words whole', () => {
    expect(lightStem('рука', 'uk')).toBe('рук');
    expect(lightStem('сир', 'uk')).toBe('сир');
    expect(lightStem('ЇЖА', 'uk')).toBe('їжа');
  });
});

describe('lightStem (German and English)', () => {
  it('brings occupation, activity and feminine form to one stem', () => {
    expect(lightStem('Schweißer', 'de')).toBe('schweiß');
    expect(lightStem('Schweißerin', 'de')).toBe('schweiß');
    expect(lightStem('Schweißen', 'de')).toBe('schweiß');
    expect(lightStem('Schweiß', 'de')).toBe('schweiß');
    expect(lightStem('Reinigung', 'de')).toBe('reinig');
  });

  it('does not cut short words to nothing', () => {
    expect(lightStem('Maler', 'de')).toBe('maler');
    expect(lightStem('Bau', 'de')).toBe('bau');
  });

  it('stems English', () => {
    expect(lightStem('welding', 'en')).toBe('weld');
    expect(lightStem('welder', 'en')).toBe('weld');
    expect(lightStem('painters', 'en')).toBe('paint');
    expect(lightStem('maler', 'en')).toBe('maler');
  });
});

describe('stemWords and stemText', () => {
  it('stems the words of a label in its script only', () => {
    expect(stemWords('фарбувати поверхні', 'uk')).toEqual(['фарбув', 'поверхн']);
    expect(stemWords('CNC-оператор', 'uk')).toEqual(['оператор']);
    expect(stemWords('зварювальник / зварювальниця', 'uk')).toEqual(['зварювальник', 'зварювальниц']);
  });

  it('stems a query, or says that stemming changes nothing', () => {
    expect(stemText('фарбування', 'uk')).toBe('фарбув');
    expect(stemText('Schweißen', 'de')).toBe('schweiß');
    expect(stemText('Schweiß', 'de')).toBeNull();
    expect(stemText('لحام', 'de')).toBeNull();
  });

  it('chooses the stemmers by script', () => {
    expect(stemLanguagesOf('фарбування')).toEqual(['uk']);
    expect(stemLanguagesOf('Schweißer')).toEqual(['de', 'en']);
    expect(stemLanguagesOf('لحام')).toEqual([]);
  });
});
