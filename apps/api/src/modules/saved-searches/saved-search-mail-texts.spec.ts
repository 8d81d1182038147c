import { UI_LANGUAGES } from '@passgenau/domain';
import { digestBody, SAVED_SEARCH_DIGEST } from './saved-search-mail-texts';

describe('saved-search digest texts', () => {
  it('exist in every UI language and list each saved search with its pseudonyms or offer titles and the link', () => {
    for (const lang of UI_LANGUAGES) {
      expect(SAVED_SEARCH_DIGEST[lang].subject).toMatch(/^Passgenau: /);
      const body = digestBody(
        lang,
        [
          { name: 'Lager', kind: 'candidates', items: ['K-AB12', 'K-CD34'] },
          { name: 'Pflege', kind: 'offers', items: ['Ausbildung Pflegefachhilfe'] },
        ],
        'https://passgenau.example/saved-searches',
      );
      expect(body).toContain('„Lager“');
      expect(body).toContain('K-AB12');
      expect(body).toContain('K-CD34');
      expect(body).toContain('Ausbildung Pflegefachhilfe');
      expect(body).toContain('https://passgenau.example/saved-searches');
    }
  });

  it('counts one and several results in German', () => {
    expect(SAVED_SEARCH_DIGEST.de.candidates(1)).toBe('1 neues Profil');
    expect(SAVED_SEARCH_DIGEST.de.candidates(3)).toBe('3 neue Profile');
    expect(SAVED_SEARCH_DIGEST.de.offers(2)).toBe('2 neue Angebote');
  });
});
