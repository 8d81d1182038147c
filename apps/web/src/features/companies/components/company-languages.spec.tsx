import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '@passgenau/i18n';
import { mockApi } from '../../../testing/api-mock';
import { renderApp } from '../../../testing/render-app';
import { createAccount, createSession, rememberSession } from '../../../testing/session-factories';

const company = {
  id: 'company-1',
  name: 'Metallbau Remstal GmbH',
  legalForm: 'GmbH',
  wzSection: null,
  sizeBand: null,
  description: null,
  descriptionLang: null,
  website: null,
  languages: ['de', 'tr', 'ar'],
  offersTours: false,
  offersOpenHouse: false,
  offersInternships: false,
  offersApprenticeships: false,
  offersEqPlaces: false,
  canHostInterpreters: false,
  needsInterpreters: false,
  sites: [],
  contacts: [],
  logoUrl: null,
  showcase: null,
  openOfferCount: 0,
  source: 'self',
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
};

describe('company form: languages of the firm', () => {
  it('shows the stored codes as names in Ukrainian and adds Croatian by its name', async () => {
    rememberSession();
    const account = createAccount({
      role: 'employer',
      companyId: company.id,
      companyRole: 'manager',
      preferredLanguage: 'uk',
    });
    const api = mockApi({
      '/api/auth/me': () => account,
      '/api/auth/refresh': () => createSession(account),
      '/api/me/company': () => company,
      '/api/companies/company-1': (_url, request) => ({ ...company, ...(request.body as object) }),
      '/api/companies/company-1/offers': () => ({ items: [], total: 0 }),
      '/api/offers': () => ({ items: [], total: 0 }),
    });
    const { user } = renderApp({ language: 'uk', path: '/company' });
    const texts = CATALOGUES.uk.jobs.company;
    const names = new Intl.DisplayNames(['uk'], { type: 'language' });

    const field = await screen.findByRole('combobox', { name: texts.languages });
    const pills = field.closest('.mantine-MultiSelect-root') ?? document.body;
    for (const code of ['de', 'tr', 'ar'])
      expect(within(pills as HTMLElement).getByText(names.of(code)!)).toBeInTheDocument();

    await user.click(field);
    await user.paste(names.of('hr')!.slice(0, 4));
    await user.click(await screen.findByRole('option', { name: names.of('hr')! }));
    // The first "save" belongs to the firm's profile; sites and showcase have their own.
    const form = field.closest('form')!;
    await user.click(within(form).getByRole('button', { name: texts.save }));

    const sent = await waitFor(() => {
      const call = api.calls.find(
        (c) => c.url.pathname === '/api/companies/company-1' && c.method === 'PATCH',
      );
      expect(call).toBeDefined();
      return call!;
    });
    expect(sent.body).toMatchObject({ languages: ['de', 'tr', 'ar', 'hr'] });
  });
});
