import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi } from '../../../testing/api-mock';
import { renderApp } from '../../../testing/render-app';
import { createAccount, createSession, rememberSession } from '../../../testing/session-factories';
import type { CompanyResponse } from '../api/schemas';

const company: CompanyResponse = {
  id: 'company-1',
  name: 'Metallbau Remstal GmbH',
  legalForm: 'GmbH',
  wzSection: 'C',
  sizeBand: '10-49',
  description: null,
  descriptionLang: null,
  website: null,
  languages: ['de', 'tr'],
  offersTours: true,
  offersOpenHouse: false,
  offersInternships: true,
  offersApprenticeships: true,
  offersEqPlaces: false,
  canHostInterpreters: true,
  needsInterpreters: false,
  sites: [],
  contacts: [],
  logoUrl: null,
  showcase: null,
  openOfferCount: 0,
  source: 'passgenau',
  createdAt: '2026-11-02T08:00:00.000Z',
  updatedAt: '2026-11-02T08:00:00.000Z',
};

function signInAsManager(handlers: Parameters<typeof mockApi>[0] = {}) {
  rememberSession();
  const account = createAccount({ role: 'employer', companyId: company.id, companyRole: 'manager' });
  return mockApi({
    '/api/auth/me': () => account,
    '/api/auth/refresh': () => createSession(account),
    '/api/me/company': () => company,
    '/api/offers': () => ({ total: 0, page: 1, pageSize: 20, items: [] }),
    ...handlers,
  });
}

describe('my company: what the firm offers', () => {
  it('shows the offers the API returns as checked and sends a changed choice back', async () => {
    const api = signInAsManager({
      [`/api/companies/${company.id}`]: (_url, request) => ({ ...company, ...(request.body as object) }),
    });
    const { user } = renderApp({ language: 'de', path: '/company' });

    const group = await screen.findByRole('group', { name: 'Das bietet die Firma' });
    const box = (name: string) => within(group).getByRole('checkbox', { name });
    expect(box('Betriebsbesichtigungen')).toBeChecked();
    expect(box('Tag der offenen Tür')).not.toBeChecked();
    expect(box('Praktika')).toBeChecked();
    expect(box('Ausbildung')).toBeChecked();
    expect(box('EQ-Plätze')).not.toBeChecked();
    expect(box('Dolmetscher sind willkommen')).toBeChecked();
    expect(box('Wir brauchen Dolmetscher')).not.toBeChecked();

    await user.click(box('Tag der offenen Tür'));
    await user.click(box('Praktika'));
    expect(box('Tag der offenen Tür')).toBeChecked();
    expect(box('Praktika')).not.toBeChecked();
    const form = group.closest('form') as HTMLFormElement;
    await user.click(within(form).getByRole('button', { name: 'Speichern' }));

    await within(form).findByText('Gespeichert.');
    const patch = api.calls.find((call) => call.method === 'PATCH');
    expect(patch?.body).toMatchObject({
      offersTours: true,
      offersOpenHouse: true,
      offersInternships: false,
      offersApprenticeships: true,
      offersEqPlaces: false,
      canHostInterpreters: true,
      needsInterpreters: false,
    });
  });
});
