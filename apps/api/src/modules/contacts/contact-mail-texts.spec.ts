import { UI_LANGUAGES } from '@passgenau/domain';
import { CONTACT_REQUEST_MAIL, quote } from './contact-mail-texts';

describe('contact request mail texts', () => {
  const facts = {
    company: 'Metallbau Remstal GmbH',
    offerTitle: 'Ausbildung Schweißer/in',
    message: 'Guten Tag,\n  wir suchen Verstärkung.  \r\nViele Grüße',
    candidateName: null,
    expiresOn: '2026-12-16',
    link: 'https://passgenau.example/contact-requests',
  };

  it('quotes every line of the message as written', () => {
    expect(quote(facts.message)).toBe('> Guten Tag,\n>   wir suchen Verstärkung.  \n> Viele Grüße');
  });

  it.each(UI_LANGUAGES)(
    'in %s: subject, firm, offer, the quoted message, the deadline and the link',
    (language) => {
      const text = CONTACT_REQUEST_MAIL[language];
      const body = text.body(facts);
      expect(text.subject).toMatch(/^Passgenau: /);
      for (const part of [facts.company, facts.offerTitle, quote(facts.message), facts.expiresOn, facts.link])
        expect(body).toContain(part);
      // A mentor's mail names whom the request is for.
      expect(text.body({ ...facts, candidateName: 'Amina Haddad' })).toContain('Amina Haddad');
      expect(text.body({ ...facts, offerTitle: null })).not.toContain('null');
    },
  );
});
