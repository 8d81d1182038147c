import { findContactDetails, withholdContactDetails, WITHHELD_MARK } from './contact-details';

const kinds = (text: string, names = {}) => findContactDetails(text, names).map((m) => m.kind);

describe('contact details in free text', () => {
  it('finds e-mail addresses, also written with (at)', () => {
    expect(kinds('Schreiben Sie mir: oksana.k@example.org bitte')).toEqual(['email']);
    expect(kinds('oksana (at) example (dot) de')).toEqual(['email']);
  });

  it('finds phone numbers in the usual ways of writing them, but not years, hours or postcodes', () => {
    expect(kinds('Tel. +49 151 2345678')).toEqual(['phone']);
    expect(kinds('Ruf an: 0151/234 56 78!')).toEqual(['phone']);
    expect(kinds('(07151) 12-34-56')).toEqual(['phone']);
    expect(
      kinds('Ich habe von 2014 bis 2020 sechs Jahre gearbeitet, 39 Stunden, in 71332 Waiblingen.'),
    ).toEqual([]);
    expect(kinds('Ausbildung 2014–2020, Meister 2021 - 2023')).toEqual([]);
  });

  it('finds the candidate’s own name in any script and case, as whole words only', () => {
    const names = { givenName: 'Oksana', familyName: 'Kovalenko' };
    expect(kinds('Ich heiße oksana KOVALENKO.', names)).toEqual(['name', 'name']);
    expect(kinds('Meine Firma Kovalenkowerk', names)).toEqual([]);
    expect(kinds('Мене звати Амина', { givenName: 'Амина', familyName: 'Хаддад' })).toEqual(['name']);
    expect(kinds('اسمي أمينة حداد', { givenName: 'أمينة', familyName: 'حداد' })).toEqual(['name', 'name']);
    // Very short name parts are not looked for (too many false alarms).
    expect(kinds('Li ist hier', { givenName: 'Li', familyName: 'Wu' })).toEqual([]);
  });

  it('finds German street addresses', () => {
    expect(kinds('Ich wohne in der Fronackerstraße 12 in Waiblingen')).toEqual(['street']);
    expect(kinds('Hauptstr. 5a')).toEqual(['street']);
    expect(kinds('Ich gehe gern den Weg zur Arbeit.')).toEqual([]);
  });

  it('replaces what it finds and says what kind it was', () => {
    const result = withholdContactDetails('Ich bin Oksana, Tel. 0151 2345678, oksana@example.org', {
      givenName: 'Oksana',
    });
    expect(result.text).toBe(`Ich bin ${WITHHELD_MARK}, Tel. ${WITHHELD_MARK}, ${WITHHELD_MARK}`);
    expect(result.withheld.sort()).toEqual(['email', 'name', 'phone']);
    expect(withholdContactDetails('Ich bin Schweißerin.', { givenName: 'Oksana' })).toEqual({
      text: 'Ich bin Schweißerin.',
      withheld: [],
    });
  });
});
