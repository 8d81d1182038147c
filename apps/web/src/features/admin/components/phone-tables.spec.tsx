import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '@passgenau/i18n';
import { mockApi } from '../../../testing/api-mock';
import { renderApp } from '../../../testing/render-app';
import { createAccount, rememberSession } from '../../../testing/session-factories';
import type { AdminAccount } from '../api/list-accounts';

/** On a phone every cell stands on its own line under its column name (data-label), none off-screen. */
function expectStackedOnPhone(table: HTMLElement) {
  expect(table).toHaveAttribute('data-stacked-on-phone');
  // No fixed minimum width that pushes columns off a 375 px screen.
  for (let element: HTMLElement | null = table; element; element = element.parentElement) {
    expect(element.getAttribute('style') ?? '').not.toMatch(/min-width:\s*(calc\()?[1-9]/);
  }
  const headers = within(table)
    .getAllByRole('columnheader')
    .map((header) => header.textContent);
  for (const row of within(table).getAllByRole('row').slice(1)) {
    const labels = within(row)
      .getAllByRole('cell')
      .map((cell) => cell.getAttribute('data-label'));
    expect(labels).toEqual(headers);
  }
}

describe('tables on a phone', () => {
  it('the admin accounts table labels every cell with its column', async () => {
    rememberSession();
    const admin = createAccount({ role: 'admin', displayName: 'Admin Passgenau', preferredLanguage: 'ar' });
    const accounts: AdminAccount[] = [
      {
        id: 'acc-mentor',
        email: 'mentor@demo.passgenau.de',
        loginName: null,
        role: 'mentor',
        displayName: 'Jonas Weber',
        companyId: null,
        companyName: null,
        disabled: false,
        isDemo: true,
        createdAt: '2026-11-01T10:00:00Z',
      },
    ];
    mockApi({
      '/api/auth/me': () => admin,
      '/api/admin/accounts': () => ({ total: 1, page: 1, pageSize: 20, items: accounts }),
    });
    renderApp({ language: 'ar', path: '/admin' });
    const table = await screen.findByRole('table', { name: CATALOGUES.ar.admin.tabs.accounts });
    expectStackedOnPhone(table);
    expect(within(table).getAllByRole('cell')[0]).toHaveAttribute(
      'data-label',
      CATALOGUES.ar.account.myData.name,
    );
  });

  it('the offers of "my company" label every cell with its column', async () => {
    rememberSession();
    const account = createAccount({ role: 'employer', companyId: 'company-1', companyRole: 'manager' });
    mockApi({
      '/api/auth/me': () => account,
      '/api/me/company': () => ({
        id: 'company-1',
        name: 'Metallbau Remstal GmbH',
        legalForm: null,
        wzSection: null,
        sizeBand: null,
        description: null,
        descriptionLang: null,
        website: null,
        languages: [],
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
        openOfferCount: 1,
        source: 'passgenau',
        createdAt: '2026-11-02T08:00:00.000Z',
        updatedAt: '2026-11-02T08:00:00.000Z',
      }),
      '/api/offers': () => ({
        total: 1,
        page: 1,
        pageSize: 20,
        items: [
          {
            id: 'offer-1',
            kind: 'apprenticeship',
            title: 'Ausbildung Pflegehelferin 2027',
            status: 'open',
            listed: true,
            interestCount: 1,
            occupation: {
              code: 'http://data.europa.eu/esco/occupation/nursing-assistant',
              labels: { de: { text: 'Pflegehelfer/Pflegehelferin', source: 'esco' } },
              iscoGroup: '5321',
              field: 'care',
            },
          },
        ],
      }),
    });
    renderApp({ language: 'de', path: '/company' });
    const table = await screen.findByRole('table', { name: CATALOGUES.de.jobs.offers.title });
    expectStackedOnPhone(table);
    // "Interessiert: 1" stays a label with a number, in the German plural rules.
    expect(within(table).getByText('Interessiert: 1')).toBeInTheDocument();
    // The occupation is hyphenated in its own language instead of broken inside a word.
    const occupation = within(table).getByTestId('occupation-label');
    expect(occupation).toHaveAttribute('lang', 'de');
    expect(occupation).toHaveStyle({ hyphens: 'auto', overflowWrap: 'break-word' });
  });
});
