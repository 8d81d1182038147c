import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { UiLanguage } from '@passgenau/domain';
import { createI18n } from '../../lib/i18n';
import { MatchExplanation, type MatchConcept, type MatchExplanationData } from './match-explanation';

const WELD = 'passgenau:skill/operate-welding-equipment';
const GRIND = 'esco:skill/grind-metal';
const FORKLIFT = 'passgenau:skill/operate-forklift';
const DRAWINGS = 'esco:skill/read-drawings';

const concepts: MatchConcept[] = [
  {
    code: WELD,
    labels: {
      de: { text: 'Schweißgeräte bedienen', source: 'passgenau' },
      ar: { text: 'تشغيل معدات اللحام', source: 'passgenau' },
    },
  },
  {
    code: GRIND,
    labels: {
      de: { text: 'Metall schleifen', source: 'esco' },
      ar: { text: 'تجليخ المعادن', source: 'esco' },
    },
  },
  {
    code: FORKLIFT,
    labels: {
      de: { text: 'Gabelstapler fahren', source: 'passgenau' },
      ar: { text: 'قيادة الرافعة الشوكية', source: 'passgenau' },
    },
  },
  // Only a German label: Arabic readers see the German one rather than a code.
  { code: DRAWINGS, labels: { de: { text: 'Technische Zeichnungen lesen', source: 'esco' } } },
];

const explanation: MatchExplanationData = {
  required: {
    covered: [{ code: WELD, evidence: 'confirmed', weight: 1 }],
    related: [
      {
        code: DRAWINGS,
        via: GRIND,
        occupationCode: 'esco:occupation/welder',
        evidence: 'mentor',
        weight: 0.28,
      },
    ],
    missing: [],
  },
  niceToHave: { covered: [], related: [], missing: [FORKLIFT] },
  language: {
    fit: 'slightly_below',
    strict: true,
    parts: [{ part: 'speaking', minimum: 'B1', actual: 'A2', gap: 1 }],
  },
  distance: { fit: 'within', km: 12.5, travelKm: 20, offerMaxKm: null },
  availability: { fit: 'late', startsOn: '2027-09-01', earliestStart: '2027-09-15', lateDays: 14 },
  wishes: { kind: 'wished', occupation: 'field' },
  workPermit: 'with_approval',
  components: { required: 0.64, niceToHave: 0, german: 0.5, distance: 0.81, availability: 0.84, wishes: 0.8 },
};

function renderIn(language: UiLanguage) {
  const i18n = createI18n(language);
  render(
    <I18nextProvider i18n={i18n}>
      <MantineProvider env="test">
        <MatchExplanation explanation={explanation} concepts={concepts} percent={71} />
      </MantineProvider>
    </I18nextProvider>,
  );
  return i18n;
}

describe('MatchExplanation', () => {
  it('words the explanation in German with the German competence labels', () => {
    renderIn('de');
    const root = screen.getByTestId('match-explanation');
    expect(within(root).getByRole('heading', { name: 'Warum es passt' })).toBeTruthy();
    expect(root.textContent).toContain('71 % Übereinstimmung');

    const required = screen.getByTestId('match-required');
    expect(required.textContent).toContain('1 von 2 vorhanden');
    const covered = required.querySelector('[data-fit="covered"]')!;
    expect(covered.textContent).toBe('Schweißgeräte bedienen — vorhanden (von Team IBA bestätigt)');
    const related = required.querySelector('[data-fit="related"]')!;
    expect(related.textContent).toBe(
      'Technische Zeichnungen lesen — verwandt: Metall schleifen (von Messepat*in beobachtet)',
    );
    const missing = screen.getByTestId('match-niceToHave').querySelector('[data-fit="missing"]')!;
    expect(missing.textContent).toBe('Gabelstapler fahren — fehlt');

    expect(root.textContent).toContain(
      'Eine Stufe unter dem Mindestniveau. Das Mindestniveau ist verbindlich.',
    );
    expect(root.textContent).toContain('Sprechen: A2, verlangt B1');
    expect(root.textContent).toContain('12,5 km – im Umkreis von 20 km.');
    expect(root.textContent).toContain('Kann 14 Tage nach dem Beginn am 1. September 2027 anfangen.');
    expect(root.textContent).toContain('Diese Art der Arbeit ist gewünscht.');
    expect(root.textContent).toContain('Das Berufsfeld ist gewünscht.');
    expect(root.textContent).toContain('Darf mit Zustimmung der Ausländerbehörde arbeiten.');
    // No code leaks into the text where a label exists.
    expect(root.textContent).not.toContain('passgenau:skill');
  });

  it('words the same explanation in Arabic, right to left, with Arabic labels', () => {
    renderIn('ar');
    expect(document.documentElement.getAttribute('dir')).toBe('rtl');
    const root = screen.getByTestId('match-explanation');
    expect(within(root).getByRole('heading', { name: 'لماذا يناسب' })).toBeTruthy();
    const required = screen.getByTestId('match-required');
    expect(required.querySelector('[data-fit="covered"]')!.textContent).toBe(
      'تشغيل معدات اللحام — متوفرة (أكّدها فريق IBA)',
    );
    // A concept without an Arabic label falls back to German, never to its code.
    expect(required.querySelector('[data-fit="related"]')!.textContent).toBe(
      'Technische Zeichnungen lesen — ذات صلة: تجليخ المعادن (لاحظها المرافق (Messepate))',
    );
    expect(screen.getByTestId('match-niceToHave').textContent).toContain(
      'قيادة الرافعة الشوكية — غير متوفرة',
    );
    expect(root.textContent).toContain('أقل من المستوى الأدنى بدرجة واحدة.');
    expect(root.textContent).toContain('التحدث: A2، المطلوب B1');
    expect(root.textContent).toContain('كم – ضمن نطاق');
    // Arabic plural form of 14 (11–99: "many").
    expect(root.textContent).toContain('يمكن البدء بعد 14 يومًا من موعد البدء');
    expect(root.textContent).toContain('مسموح بالعمل بموافقة دائرة الأجانب.');
    expect(root.textContent).not.toContain('Warum es passt');
  });
});
