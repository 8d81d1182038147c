import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiError, mockApi } from '../../../testing/api-mock';
import { renderApp } from '../../../testing/render-app';
import { createAccount, createSession, rememberSession } from '../../../testing/session-factories';

const FIRM = {
  id: '5a1c7e4e-0000-4000-8000-000000000001',
  name: 'Bäckerei Groß',
  wzSection: null,
  sizeBand: null,
  towns: [{ ags: '08119067', name: 'Schorndorf' }],
  mainSite: null,
  distanceKm: null,
  offersTours: true,
  offersOpenHouse: false,
  offersInternships: false,
  offersApprenticeships: false,
  offersEqPlaces: false,
  canHostInterpreters: false,
  needsInterpreters: false,
  languages: [],
  openOfferCount: 1,
  showcaseOptIn: false,
  employsRefugees: false,
  contacts: [],
  source: 'passgenau',
};

function signIn(
  role: 'iba_staff' | 'admin',
  handlers: Parameters<typeof mockApi>[0] = {},
  preferredLanguage: 'de' | 'ar' = 'de',
) {
  rememberSession();
  const account = createAccount({ role, preferredLanguage });
  return mockApi({
    '/api/auth/me': () => account,
    '/api/auth/refresh': () => createSession(account),
    '/api/open-firms': () => ({ total: 1, page: 1, pageSize: 20, items: [FIRM] }),
    '/api/towns': () => [],
    ...handlers,
  });
}

describe('print buttons', () => {
  const createObjectURL = vi.fn(() => 'blob:printout');
  beforeEach(() => {
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    createObjectURL.mockClear();
  });
  afterEach(() => window.localStorage.clear());

  it('downloads a firm’s match list in the reader’s language for IBA staff', async () => {
    const api = signIn('iba_staff', { [`/api/print/companies/${FIRM.id}/matches.pdf`]: () => '%PDF-1.4' }, 'ar');
    const { user } = renderApp({ language: 'ar', path: '/firms' });
    const button = await screen.findByRole('button', { name: /^قائمة المطابقات بصيغة PDF: Bäckerei Groß/ });
    await user.click(button);
    await waitFor(() => expect(createObjectURL).toHaveBeenCalledTimes(1));
    const request = api.requests.find((u) => u.pathname === `/api/print/companies/${FIRM.id}/matches.pdf`);
    expect(request?.searchParams.get('lang')).toBe('ar');
  });

  it('shows why a printout failed, with a way to try again', async () => {
    signIn('iba_staff', {
      [`/api/print/companies/${FIRM.id}/matches.pdf`]: () => apiError(503, 'PRINT_RENDERER_UNAVAILABLE'),
    });
    const { user } = renderApp({ language: 'de', path: '/firms' });
    await user.click(await screen.findByRole('button', { name: 'Trefferliste als PDF: Bäckerei Groß' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Der Ausdruck kann gerade nicht erstellt werden.');
    expect(createObjectURL).not.toHaveBeenCalled();
  });

  it('offers no match list to admins, who may not see candidates’ matches', async () => {
    signIn('admin');
    renderApp({ language: 'de', path: '/firms' });
    expect(await screen.findByText('Bäckerei Groß')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Trefferliste als PDF/ })).not.toBeInTheDocument();
  });
});
