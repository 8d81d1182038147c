import { OccupationMatcher, occupationKeys } from './occupation-matcher';

describe('occupationKeys', () => {
  it('reduces the job agency’s short gender forms to the first form', () => {
    expect(occupationKeys('Elektroinstallateur/in')).toEqual(['elektroinstallateur']);
    expect(occupationKeys('Kaufmann/-frau - Büromanagement')).toEqual(['kaufmann - büromanagement']);
    expect(occupationKeys('Fachlehrer/innen')).toEqual(['fachlehrer']);
    expect(occupationKeys('Metallbauer/in - Konstruktionstechnik (m/w/d)')).toEqual([
      'metallbauer - konstruktionstechnik',
    ]);
  });

  it('splits ESCO’s pairs into both forms and keeps slashes inside words', () => {
    expect(occupationKeys('Elektroinstallateur/Elektroinstallateurin')).toEqual([
      'elektroinstallateur/elektroinstallateurin',
      'elektroinstallateur',
      'elektroinstallateurin',
    ]);
    expect(
      occupationKeys('Metallbauer – Konstruktionstechnik/Metallbauerin – Konstruktionstechnik'),
    ).toContain('metallbauer - konstruktionstechnik');
    expect(occupationKeys('Import-/Exportsachbearbeiter/Import-/Exportsachbearbeiterin')).toContain(
      'import-/exportsachbearbeiter',
    );
  });

  it('leaves words that only start with "in" alone', () => {
    expect(occupationKeys('Maler/Innenausbauer')).toEqual(['maler/innenausbauer', 'maler', 'innenausbauer']);
  });

  it('returns nothing for blank text', () => {
    expect(occupationKeys('  (m/w/d) ')).toEqual([]);
  });
});

describe(OccupationMatcher.name, () => {
  const matcher = new OccupationMatcher([
    { code: 'esco:bauelektriker', text: 'Bauelektriker/Bauelektrikerin', preferred: true, curated: true },
    { code: 'esco:bauelektriker', text: 'Elektroinstallateur', preferred: false, curated: true },
    {
      code: 'esco:elektroniker',
      text: 'Elektroniker für Energie- und Gebäudetechnik/Elektronikerin für Energie- und Gebäudetechnik',
      preferred: true,
      curated: true,
    },
    { code: 'esco:elektroniker', text: 'Elektroinstallateur', preferred: false, curated: true },
    { code: 'esco:koch', text: 'Koch/Köchin', preferred: true, curated: true },
    { code: 'esco:privatkoch', text: 'Koch', preferred: false, curated: false },
    { code: 'esco:schweisser', text: 'Schweißer/Schweißerin', preferred: true, curated: false },
  ]);

  it('matches a gender form of the job agency to an ESCO pair', () => {
    expect(matcher.match('Schweißer/in')).toEqual({ code: 'esco:schweisser', mapping: 'preferred-label' });
    expect(matcher.match('Koch/Köchin')).toEqual({ code: 'esco:koch', mapping: 'preferred-label' });
  });

  it('prefers a preferred label to an alternative one', () => {
    expect(matcher.match('Koch/in')).toEqual({ code: 'esco:koch', mapping: 'preferred-label' });
  });

  it('resolves ties on alternative labels the same way every time', () => {
    expect(matcher.match('Elektroinstallateur/in')).toEqual({
      code: 'esco:bauelektriker',
      mapping: 'alternative-label',
    });
  });

  it('returns null when no label fits', () => {
    expect(matcher.match('Helfer/in - Lagerwirtschaft')).toBeNull();
    expect(matcher.match(null)).toBeNull();
  });
});
