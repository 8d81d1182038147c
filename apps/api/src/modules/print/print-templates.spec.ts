import type { MatchExplanation } from '@passgenau/domain';
import { escapeHtml, html, textIn, trusted } from './print-html';
import { translator } from './print-texts';
import { matchListHtml, matchListPages, matchListsHtml, type MatchListView } from './templates/match-list.template';
import { profileHtml, type ProfileView } from './templates/profile.template';

const ATTACK = `<script>alert("x")</script><img src=x onerror='y'>&`;

const explanation: MatchExplanation = {
  required: { covered: [{ code: 'skill-a', evidence: 'confirmed', weight: 1 }], related: [], missing: ['skill-b'] },
  niceToHave: { covered: [], related: [], missing: [] },
  language: { fit: 'meets', strict: false, parts: [] },
  distance: { fit: 'within', km: 12.5, travelKm: 20, offerMaxKm: null },
  availability: { fit: 'late', startsOn: '2027-09-01', earliestStart: '2027-09-03', lateDays: 2 },
  wishes: { kind: 'wished', occupation: 'occupation' },
  workPermit: 'yes',
  components: { required: 1, niceToHave: 1, german: 1, distance: 1, availability: 1, wishes: 1 },
};

function matchView(overrides: Partial<MatchListView> = {}): MatchListView {
  return {
    lang: 'de',
    event: null,
    companyName: ATTACK,
    offerTitle: null,
    offerTitles: [ATTACK],
    printedAt: '2. Dez. 2026, 14:00',
    printedBy: ATTACK,
    total: 1,
    entries: [
      {
        rank: 1,
        pseudonym: 'K-7F3Q',
        percent: 87,
        offerTitle: ATTACK,
        germanOverall: 'B1',
        townName: ATTACK,
        explanation,
        profileUrl: 'https://passgenau.example/profiles/K-7F3Q',
        qrSvg: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><path d="M0 0h1v1H0z"/></svg>',
      },
    ],
    label: (code) => ({ text: code === 'skill-a' ? `Schweißen ${ATTACK}` : 'Gabelstapler fahren', lang: 'de' }),
    ...overrides,
  };
}

function profileView(overrides: Partial<ProfileView> = {}): ProfileView {
  return {
    lang: 'de',
    form: 'full',
    pseudonym: 'K-7F3Q',
    person: { name: ATTACK, birthYear: 1990, phone: '+49 151 1234567', email: 'amal@example.org', home: ATTACK },
    homeTownName: 'Waiblingen',
    languages: [{ language: 'ar', native: true, overall: null }, { language: 'de', native: false, overall: 'B1' }],
    germanCertificates: [],
    schooling: { years: 10, country: 'SY', level: 'lower_secondary' },
    mathsLevel: 'good',
    computerLevel: null,
    education: [],
    experience: [],
    competences: [{ label: { text: ATTACK, lang: 'de' }, tier: 'mentor' }],
    workPermit: 'Ja',
    drivingLicences: ['B'],
    wishes: { occupations: [], kinds: ['job'], hoursPerWeek: 30, earliestStart: null },
    travelKm: 20,
    travelMinutes: null,
    texts: [{ subject: 'about', text: `أنا أحب العمل ${ATTACK}`, lang: 'ar' }],
    mentors: [{ name: ATTACK, since: '1. Oktober 2026' }],
    printedAt: '2. Dez. 2026, 14:00',
    printedBy: ATTACK,
    ...overrides,
  };
}

describe('print templates', () => {
  it('escapes every special character of HTML', () => {
    expect(escapeHtml(`<a href="x" title='y'>&\`</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&#96;&lt;/a&gt;');
  });

  it('escapes interpolated values but keeps markup built by the template', () => {
    const inner = html`<b>${ATTACK}</b>`;
    const outer = html`<p>${inner}${[ATTACK, 1]}${null}${false}</p>`;
    expect(outer.value).toContain('<p><b>&lt;script&gt;');
    expect(outer.value).not.toContain('<script>');
    expect(outer.value).toContain('1</p>');
    expect(trusted('<svg/>').value).toBe('<svg/>');
  });

  it('marks free text with its language and lets the browser find its direction', () => {
    expect(textIn('مرحبا', 'ar').value).toBe('<span dir="auto" lang="ar">مرحبا</span>');
    expect(textIn('x', '"><script>', 'p').value).toBe('<p dir="auto" lang="&quot;&gt;&lt;script&gt;">x</p>');
  });

  it('prints no value of a match list unescaped', () => {
    const page = matchListHtml(translator('de'), matchView());
    expect(page).not.toContain('<script>');
    expect(page).not.toContain('<img');
    expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    // The QR code is the library's SVG, trusted as markup.
    expect(page).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
  });

  it('words the explanation in the reader language', () => {
    expect(matchListHtml(translator('de'), matchView())).toContain('Kann 2 Tage nach dem Beginn am 1. September 2027 anfangen.');
    const ar = matchListHtml(translator('ar'), matchView({ lang: 'ar' }));
    expect(ar).toContain('<html lang="ar" dir="rtl">');
    expect(ar).toContain('الملفات المناسبة');
    expect(matchListHtml(translator('uk'), matchView({ lang: 'uk' }))).toContain('Відповідні профілі');
  });

  it('prints no value of a profile unescaped, in either form', () => {
    for (const view of [profileView(), profileView({ form: 'pseudonymous', person: null, mentors: null })]) {
      const page = profileHtml(translator('de'), view);
      expect(page).not.toContain('<script>');
      expect(page).not.toContain('<img');
      expect(page).toContain('<p dir="auto" lang="ar">أنا أحب العمل &lt;script&gt;');
    }
  });

  it('leaves personal details out of the pseudonymous form', () => {
    const page = profileHtml(translator('de'), profileView({ form: 'pseudonymous', person: null, mentors: null }));
    expect(page).not.toContain('amal@example.org');
    expect(page).not.toContain('1234567');
    expect(page).not.toContain('1990');
  });

  it('puts the event on top and starts each firm of a bundle on its own page', () => {
    const one = matchView({ event: { title: `Infotag ${ATTACK}`, day: '15. Dezember 2026' } });
    const two = matchView({ companyName: 'Schreinerei Öztürk' });
    const page = matchListsHtml(translator('de'), 'de', 'Infotag', [one, two]);
    expect(page).not.toContain('<script>');
    expect(page).toContain('Veranstaltung:</strong> <span dir="auto">Infotag &lt;script&gt;');
    expect(page).toContain('15. Dezember 2026');
    expect(page.match(/<section class="list">/g)).toHaveLength(2);
    expect(page).toContain('.list + .list { break-before: page; }');
    expect(page.indexOf('Schreinerei Öztürk')).toBeGreaterThan(page.indexOf('15. Dezember 2026'));
    expect(matchListHtml(translator('de'), matchView())).not.toContain('Veranstaltung:');
  });

  it('knows how many pages a match list takes', () => {
    expect([0, 1, 3, 4, 7, 8, 20, 100].map(matchListPages)).toEqual([1, 1, 1, 2, 2, 3, 6, 26]);
  });
});
