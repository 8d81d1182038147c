import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '@passgenau/i18n';
import { mockApi } from '../../../testing/api-mock';
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
