import { UI_LANGUAGES } from '@passgenau/domain';
import { CONTACT_REQUEST_MAIL, ON_BEHALF_MAIL, quote } from './contact-mail-texts';

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

  it.each(UI_LANGUAGES)(
    'in %s: the mail to the firm names the staff member, the profile, the offer, the quoted message and the link',
    (language) => {
      const onBehalf = {
        company: facts.company,
        staffName: 'Jana Berger',
        pseudonym: 'K-7F3Q',
        offerTitle: facts.offerTitle,
        message: facts.message,
        brokered: false,
        link: 'https://passgenau.example/contact-requests/sent',
      };
      const text = ON_BEHALF_MAIL[language];
      expect(text.subject).toMatch(/^Passgenau: /);
      const body = text.body(onBehalf);
      for (const part of [
        onBehalf.company,
        onBehalf.staffName,
        onBehalf.pseudonym,
        onBehalf.offerTitle,
        quote(onBehalf.message),
        onBehalf.link,
      ])
        expect(body).toContain(part);
      expect(text.body({ ...onBehalf, offerTitle: null })).not.toContain('null');
      expect(text.body({ ...onBehalf, brokered: true })).not.toBe(body);
    },
  );
});
