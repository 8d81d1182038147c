import { germanSpellingVariants, slugify } from './text-folding';

describe('germanSpellingVariants', () => {
  it('writes ß as ss and umlauts as ae/oe/ue or plain vowels', () => {
    expect(germanSpellingVariants('Schweißer')).toEqual(['Schweisser']);
    expect(germanSpellingVariants('Bäcker/Bäckerin')).toEqual(['Baecker/Baeckerin', 'Backer/Backerin']);
  });

  it('returns nothing for text without German letters', () => {
    expect(germanSpellingVariants('welder')).toEqual([]);
  });
});

describe('slugify', () => {
  it('turns a label into a stable ASCII slug', () => {
    expect(slugify('operate oxy-fuel welding torch')).toBe('operate-oxy-fuel-welding-torch');
    expect(slugify('  adapt designers’ work! ')).toBe('adapt-designers-work');
    expect(slugify('Maßnahmen für Bäume')).toBe('massnahmen-fur-baume');
  });
});
