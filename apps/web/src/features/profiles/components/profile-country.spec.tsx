import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '@passgenau/i18n';
import { mockApi } from '../../../testing/api-mock';
import { renderApp } from '../../../testing/render-app';
import { createAccount, rememberSession } from '../../../testing/session-factories';

const CANDIDATE_ID = '6b0e8f0e-3c55-4f4b-9d8e-0c2f8f0d6a11';

const profile = {
  candidateId: CANDIDATE_ID,
  pseudonym: 'K-7F3Q',
  givenName: 'Amina',
  familyName: 'Haddad',
  birthYear: null,
  phone: null,
  status: 'draft',
  publishedAt: null,
  confirmedAt: null,
  languages: [
    { language: 'ar', native: true, overall: null, understanding: null, speaking: null, writing: null },
  ],
  germanCertificates: [],
  mathsLevel: null,
  computerLevel: null,
  competences: [],
  schooling: { years: null, country: null, level: null },
  education: [],
  experience: [],
  texts: [],
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
  completeness: { percent: 20, missing: ['german_level'], publishable: false },
  visibility: { visible: false, since: null, reasons: ['draft', 'no_consent'], reconfirmBy: null },
  updatedAt: null,
  updatedBy: null,
  updatedOnBehalf: false,
};

describe('profile wizard: countries and languages by name', () => {
  it('is picked by its Arabic name and saved as the ISO code', async () => {
    rememberSession();
    const mentor = createAccount({ role: 'mentor', displayName: 'Jonas Weber', preferredLanguage: 'ar' });
    const api = mockApi({
      '/api/auth/me': () => mentor,
      '/api/towns': () => [],
      [`/api/candidates/${CANDIDATE_ID}/profile`]: () => profile,
    });
    const { user } = renderApp({ language: 'ar', path: `/candidates/${CANDIDATE_ID}/profile` });
    const syria = new Intl.DisplayNames(['ar'], { type: 'region' }).of('SY')!;

    // Schooling is on the second step.
    await user.click(
      await screen.findByRole('button', { name: CATALOGUES.ar.profiles.wizard.next }, { timeout: 3000 }),
    );
    const country = await screen.findByRole('combobox', {
      name: new RegExp(CATALOGUES.ar.profiles.common.country),
    });
    await user.click(country);
    await user.paste(syria.slice(0, 3));
    await user.click(await screen.findByRole('option', { name: syria }));

    await waitFor(() => expect(api.calls.some((call) => call.method === 'PUT')).toBe(true), {
      timeout: 3000,
    });
    const put = api.calls.find((call) => call.method === 'PUT')!;
    expect(put.body).toMatchObject({ schooling: { country: 'SY' } });
  });

  it('shows a spoken language by its Arabic name and changes it by searching its name', async () => {
    rememberSession();
    const mentor = createAccount({ role: 'mentor', displayName: 'Jonas Weber', preferredLanguage: 'ar' });
    const api = mockApi({
      '/api/auth/me': () => mentor,
      '/api/towns': () => [],
      [`/api/candidates/${CANDIDATE_ID}/profile`]: () => profile,
    });
    const { user } = renderApp({ language: 'ar', path: `/candidates/${CANDIDATE_ID}/profile` });
    const names = new Intl.DisplayNames(['ar'], { type: 'language' });

    const language = await screen.findByRole(
      'combobox',
      { name: new RegExp(`^${CATALOGUES.ar.profiles.languages.language}`) },
      { timeout: 3000 },
    );
    expect(language).toHaveValue(names.of('ar'));
    await user.clear(language);
    await user.paste(names.of('ti')!.slice(0, 4));
    await user.click(await screen.findByRole('option', { name: names.of('ti')! }));

    await waitFor(() => expect(api.calls.some((call) => call.method === 'PUT')).toBe(true), {
      timeout: 3000,
    });
    const put = api.calls.find((call) => call.method === 'PUT')!;
    expect(put.body).toMatchObject({
      languages: expect.arrayContaining([expect.objectContaining({ language: 'ti' })]),
    });
  });
});
