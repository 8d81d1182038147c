import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '@passgenau/i18n';
import { apiError, mockApi } from '../../../testing/api-mock';
import { renderApp } from '../../../testing/render-app';
import { createAccount, rememberSession } from '../../../testing/session-factories';
import type { Profile } from '../api/schemas';

const CANDIDATE_ID = '6b0e8f0e-3c55-4f4b-9d8e-0c2f8f0d6a11';
const WELDING = 'http://data.europa.eu/esco/skill/welding';

function createProfile(overrides: Partial<Profile> = {}): Profile {
  return {
    candidateId: CANDIDATE_ID,
    pseudonym: 'K-7F3Q',
    givenName: 'Oksana',
    familyName: 'Kovalenko',
    birthYear: null,
    phone: null,
    status: 'draft',
    publishedAt: null,
    confirmedAt: null,
    languages: [
      { language: 'uk', native: true, overall: null, understanding: null, speaking: null, writing: null },
    ],
    germanCertificates: [],
    mathsLevel: null,
    computerLevel: null,
    competences: [
      {
        code: WELDING,
        kind: 'skill',
        labels: {
          de: { text: 'Schweißgeräte bedienen', source: 'passgenau' },
          uk: { text: 'зварювання', source: 'passgenau' },
        },
        evidence: [
          {
            id: 'ev-1',
            kind: 'provider',
            level: 'good',
            observedBy: null,
            observedByAccountId: null,
            observedOn: null,
            provider: 'Bildungszentrum Waiblingen',
            procedure: 'MYSKILLS',
            assessedOn: '2026-10-14',
            confirmedByIba: true,
          },
        ],
      },
    ],
    schooling: { years: null, country: null, level: null },
    education: [],
    experience: [],
    texts: [
      {
        subject: 'about',
        original: {
          text: 'Я зварниця.',
          lang: 'uk',
          writtenBy: 'Oksana Kovalenko',
          writtenAt: '2026-11-20T10:00:00Z',
        },
        tidied: null,
      },
    ],
    wishes: { occupations: [], kinds: [], hoursPerWeek: null, earliestStart: null },
    mobility: {
      homeTownAgs: null,
      homeTownName: null,
      homePlace: null,
      travelKm: null,
      travelMinutes: null,
      drivingLicences: [],
    },
    workPermit: 'unknown',
    completeness: { percent: 20, missing: ['german_level', 'wishes', 'home_place'], publishable: false },
    employerNotices: [],
    visibility: { visible: false, since: null, reasons: ['draft', 'no_consent'], reconfirmBy: null },
    updatedAt: null,
    updatedBy: null,
    updatedOnBehalf: false,
    ...overrides,
  };
}

const mentor = createAccount({ role: 'mentor', displayName: 'Jonas Weber' });

describe('profile wizard', () => {
  it('autosaves the whole draft a second after a change and shows field errors at the inputs', async () => {
    rememberSession();
    let refuse = false;
    let release: () => void = () => undefined;
    let held: Promise<void> | null = new Promise<void>((resolve) => (release = resolve));
    const saved = () =>
      createProfile({
        completeness: { percent: 40, missing: ['wishes', 'home_place'], publishable: false },
      });
    const api = mockApi({
      '/api/auth/me': () => ({ ...mentor, preferredLanguage: 'uk' }),
      '/api/towns': () => [{ ags: '08119079', name: 'Waiblingen' }],
      [`/api/candidates/${CANDIDATE_ID}/profile`]: (_url, request) => {
        if (request.method !== 'PUT') return createProfile();
        // The first save is held until the test has seen "saving": a slow machine may otherwise
        // finish it before the status is read.
        if (held) return held.then(() => saved());
        if (refuse) {
          return apiError(400, 'VALIDATION_FAILED', [
            {
              field: 'languages.1.overall',
              code: 'NOT_ALLOWED',
              message: 'overall must be one of A1, A2, B1, B2, C1, C2',
            },
          ]);
        }
        return saved();
      },
    });
    const { user } = renderApp({ language: 'uk', path: `/candidates/${CANDIDATE_ID}/profile` });
    const uk = CATALOGUES.uk.profiles;

    const level = await screen.findByRole('combobox', { name: uk.languages.germanLevel }, { timeout: 3000 });
    await user.selectOptions(level, 'B1');
    expect(screen.getByRole('status')).toHaveTextContent(uk.save.saving);

    const puts = () => api.calls.filter((call) => call.method === 'PUT');
    await waitFor(() => expect(puts()).toHaveLength(1), { timeout: 3000 });
    expect(screen.getByRole('status')).toHaveTextContent(uk.save.saving);
    const waiting = held;
    held = null;
    release();
    await waiting;
    expect(puts()[0]!.body).toEqual({
      languages: [
        { language: 'de', overall: 'B1' },
        { language: 'uk', native: true },
      ],
      germanCertificates: [],
      competences: [{ code: WELDING, evidence: [] }],
      schooling: {},
      education: [],
      experience: [],
      texts: [{ subject: 'about', version: 'original', text: 'Я зварниця.', lang: 'uk' }],
      wishes: { occupations: [], kinds: [] },
      mobility: { drivingLicences: [] },
      workPermit: 'unknown',
    });
    expect(await screen.findByText(uk.save.saved)).toBeInTheDocument();

    // A refused save: the message stands at the field the API named.
    refuse = true;
    await user.selectOptions(screen.getByRole('combobox', { name: uk.languages.level }), 'C2');
    expect(await screen.findByText(uk.errors.invalid, {}, { timeout: 3000 })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(uk.save.failed);
    expect(puts()).toHaveLength(2);
  });

  it('shows provider evidence read-only with the IBA mark, and the original text beside the tidied version for a mentor', async () => {
    rememberSession();
    mockApi({
      '/api/auth/me': () => mentor,
      '/api/towns': () => [],
      [`/api/candidates/${CANDIDATE_ID}/profile`]: () => createProfile(),
    });
    const { user } = renderApp({ language: 'de', path: `/candidates/${CANDIDATE_ID}/profile` });
    const de = CATALOGUES.de.profiles;
    await user.click(await screen.findByRole('button', { name: new RegExp(de.steps.competences) }));
    expect(await screen.findByText('Schweißgeräte bedienen')).toBeInTheDocument();
    expect(screen.getByText(de.evidence.confirmed)).toBeInTheDocument();
    expect(screen.getByText(/Bildungszentrum Waiblingen \(MYSKILLS\)/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: new RegExp(de.steps.experience) }));
    expect(await screen.findByText('Я зварниця.')).toBeInTheDocument();
    // One tidied version beside each of the two free texts of this step.
    expect(screen.getAllByRole('textbox', { name: de.texts.tidied })).toHaveLength(2);
  });

  it('tells at the field that employers do not see the contact details found in a text', async () => {
    rememberSession();
    mockApi({
      '/api/auth/me': () => mentor,
      '/api/towns': () => [],
      [`/api/candidates/${CANDIDATE_ID}/profile`]: () =>
        createProfile({
          employerNotices: [
            { field: 'texts.about.original', withheld: ['phone', 'name'], message: 'held back' },
          ],
        }),
    });
    const { user } = renderApp({ language: 'de', path: `/candidates/${CANDIDATE_ID}/profile` });
    const de = CATALOGUES.de.profiles;
    await user.click(await screen.findByRole('button', { name: new RegExp(de.steps.experience) }));
    const notice = await screen.findByRole('note');
    expect(notice).toHaveTextContent(
      de.employerNotice.withheld.replace(
        '{{kinds}}',
        `${de.employerNotice.kinds.phone} und ${de.employerNotice.kinds.name}`,
      ),
    );
  });
});

describe('profile wizard: steps and focus', () => {
  it('marks the current step and focuses each new step heading, forwards and back', async () => {
    rememberSession();
    mockApi({
      '/api/auth/me': () => ({ ...mentor, preferredLanguage: 'uk' }),
      '/api/towns': () => [],
      [`/api/candidates/${CANDIDATE_ID}/profile`]: () => createProfile(),
    });
    const { user } = renderApp({ language: 'uk', path: `/candidates/${CANDIDATE_ID}/profile` });
    const uk = CATALOGUES.uk.profiles;
    const next = await screen.findByRole('button', { name: uk.wizard.next }, { timeout: 30_000 });
    const current = () => document.querySelector('button[aria-current="step"]');
    expect(current()).toHaveTextContent(uk.steps.languages);

    await user.click(next);
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 2, name: uk.steps.skills })).toHaveFocus(),
    );
    expect(current()).toHaveTextContent(uk.steps.skills);
    expect(document.querySelectorAll('[aria-current="step"]')).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: uk.wizard.back }));
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 2, name: uk.steps.languages })).toHaveFocus(),
    );
  }, 90_000);
});
