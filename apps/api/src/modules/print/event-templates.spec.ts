import { translator } from './print-texts';
import { badgePages, badgesHtml, type BadgesView } from './templates/badges.template';
import { eventBundleHtml, eventBundlePages } from './templates/event-bundle.template';
import { speedDatingPlanHtml, speedDatingPlanPages, type SpeedDatingPlanView } from './templates/speed-dating.template';

const ATTACK = `<script>alert(1)</script>"'&`;

function plan(tables = 2, candidates = 3): SpeedDatingPlanView {
  return {
    lang: 'de',
    eventTitle: ATTACK,
    eventDay: '12. März 2027',
    rounds: [
      { index: 0, start: '14:00', end: '14:10' },
      { index: 1, start: '14:12', end: '14:22' },
    ],
    tables: Array.from({ length: tables }, (_, i) => ({
      number: i + 1,
      firm: `Bäckerei ${ATTACK}`,
      meetings: [{ round: 0, candidate: `K-${i}${ATTACK}`, interpreter: 'Arabisch' }],
    })),
    candidates: Array.from({ length: candidates }, (_, i) => ({
      label: `Amal ${ATTACK}`,
      lang: (['ar', 'uk', 'de'] as const)[i % 3],
      meetings: [{ round: 1, table: 2, firm: `Firma ${ATTACK}`, interpreter: null }],
    })),
  };
}

function badges(count: number): BadgesView {
  return {
    lang: 'de',
    eventTitle: ATTACK,
    eventDay: '12. März 2027',
    badges: Array.from({ length: count }, (_, i) => ({
      name: `Amal ${ATTACK}`,
      role: i % 2 ? 'firm' : 'candidate',
      organisation: i % 2 ? ATTACK : null,
      languages: ['ar', 'de'],
      checkInCode: `CHK-${i}`,
      qrSvg: '<svg xmlns="http://www.w3.org/2000/svg"/>',
    })),
  };
}

describe('event printouts', () => {
  it('escape every value of plans and badges', () => {
    for (const page of [
      speedDatingPlanHtml(translator('de'), plan(), ['tables', 'candidates', 'wall']),
      badgesHtml(translator('de'), badges(3)),
    ]) {
      expect(page).not.toContain('<script>');
      expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;');
    }
  });

  it('prints each candidate’s page in the candidate’s language and direction, times left to right', () => {
    const page = speedDatingPlanHtml(translator('de'), plan(), ['candidates']);
    expect(page).toContain('<section class="sheet person" lang="ar" dir="rtl">');
    expect(page).toContain('خطتك');
    expect(page).toContain('<section class="sheet person" lang="uk" dir="ltr">');
    expect(page).toContain('Ваш план');
    expect(page).toContain('<bdi dir="ltr">14:12–14:22</bdi>');
  });

  it('knows the page count: one per table and candidate, the wall plan in pages of 16 tables, 10 badges a sheet', () => {
    expect(speedDatingPlanPages(plan(30, 150), ['tables', 'candidates', 'wall'])).toBe(30 + 150 + 2);
    expect(speedDatingPlanPages(plan(16, 0), ['wall'])).toBe(1);
    expect([1, 10, 11, 180].map(badgePages)).toEqual([1, 1, 2, 18]);
    expect(eventBundlePages(plan(30, 150), badges(180))).toBe(200);
    expect(eventBundleHtml(translator('de'), plan(1, 1), badges(1)).match(/class="sheet /g)).toHaveLength(3);
  });
});
