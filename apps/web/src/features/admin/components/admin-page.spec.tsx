import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '@passgenau/i18n';
import { LANGUAGE_STORAGE_KEY } from '../../../lib/i18n';
import { apiError, mockApi, noContent } from '../../../testing/api-mock';
import { renderApp } from '../../../testing/render-app';
import { createAccount, rememberSession } from '../../../testing/session-factories';
import type { AdminAccount } from '../api/list-accounts';

const admin = createAccount({
  role: 'admin',
  displayName: 'Admin Passgenau',
  email: 'admin@demo.passgenau.de',
});

function row(overrides: Partial<AdminAccount>): AdminAccount {
  return {
    id: 'id',
    email: null,
    loginName: null,
    role: 'mentor',
    displayName: 'Name',
    companyId: null,
    companyName: null,
    disabled: false,
    isDemo: false,
    createdAt: '2026-11-01T10:00:00Z',
    ...overrides,
  };
}

const accounts = [
  row({ id: admin.accountId, email: admin.email, role: 'admin', displayName: admin.displayName }),
  row({ id: 'acc-mentor', email: 'mentor@demo.passgenau.de', role: 'mentor', displayName: 'Jonas Weber' }),
  row({ id: 'acc-candidate', loginName: 'k-ab3d7fq', role: 'candidate', displayName: 'Yonas Tesfaye' }),
];

describe('the admin page', () => {
  it('searches and filters accounts, changes a role and explains a refused change in German', async () => {
    rememberSession();
    const api = mockApi({
      '/api/auth/me': () => admin,
      '/api/admin/accounts': (url) => ({
        total: accounts.length,
        page: 1,
        pageSize: 20,
        items: accounts.filter(
          (account) =>
            (!url.searchParams.get('role') || account.role === url.searchParams.get('role')) &&
            account.displayName.includes(url.searchParams.get('q') ?? ''),
        ),
      }),
      '/api/admin/accounts/acc-mentor': () =>
        // The text comes from the code alone; the field message is not read.
        apiError(422, 'ACCOUNT_LAST_ADMIN', [{ field: 'role', code: 'NOT_CHANGEABLE', message: 'x' }]),
    });
    const de = CATALOGUES.de;
    const { user } = renderApp({ language: 'de', path: '/admin' });

    const table = await screen.findByRole('table', { name: de.admin.tabs.accounts });
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    // Candidates keep their role: no role choice in their row, and the own account cannot be disabled.
    const candidateRow = within(table).getByRole('row', { name: /Yonas Tesfaye/ });
    expect(within(candidateRow).queryByRole('combobox')).not.toBeInTheDocument();
    const ownRow = within(table).getByRole('row', { name: /Admin Passgenau/ });
    expect(
      within(ownRow).getByRole('button', { name: new RegExp(de.admin.accounts.disable) }),
    ).toBeDisabled();

    await user.selectOptions(
      screen.getByRole('combobox', { name: de.admin.accounts.roleFilter }),
      de.roleNames.mentor,
    );
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(2));
    expect(api.requests.at(-1)?.searchParams.get('role')).toBe('mentor');

    const mentorRow = within(table).getByRole('row', { name: /Jonas Weber/ });
    await user.selectOptions(within(mentorRow).getByRole('combobox', { name: /Jonas Weber/ }), 'coordinator');

    expect(await screen.findByRole('alert')).toHaveTextContent(de.errorCodes.ACCOUNT_LAST_ADMIN);
    const patch = api.calls.find((call) => call.method === 'PATCH');
    expect(patch?.body).toEqual({ role: 'coordinator' });
  });

  it('explains a refused change by its code in Arabic', async () => {
    rememberSession();
    mockApi({
      '/api/auth/me': () => admin,
      '/api/admin/accounts': () => ({ total: accounts.length, page: 1, pageSize: 20, items: accounts }),
      '/api/admin/accounts/acc-mentor': () => apiError(422, 'ACCOUNT_ROLE_NOT_CHANGEABLE'),
    });
    const ar = CATALOGUES.ar;
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'ar');
    const { user } = renderApp({ language: 'ar', path: '/admin' });

    const table = await screen.findByRole('table');
    const mentorRow = await within(table).findByRole('row', { name: /Jonas Weber/ });
    await user.selectOptions(within(mentorRow).getByRole('combobox', { name: /Jonas Weber/ }), 'coordinator');

    expect(await screen.findByRole('alert')).toHaveTextContent(ar.errorCodes.ACCOUNT_ROLE_NOT_CHANGEABLE);
  });

  it('disables an account and shows the outbox', async () => {
    rememberSession();
    let disabled = false;
    const api = mockApi({
      '/api/auth/me': () => admin,
      '/api/admin/accounts': () => ({
        total: 1,
        page: 1,
        pageSize: 20,
        items: [
          row({ id: 'acc-mentor', email: 'mentor@demo.passgenau.de', displayName: 'Jonas Weber', disabled }),
        ],
      }),
      '/api/admin/accounts/acc-mentor': () => {
        disabled = true;
        return noContent();
      },
      '/api/admin/outbox': () => ({
        total: 1,
        items: [
          {
            id: 'mail-1',
            recipient: 'chef@metallbau-neu.de',
            subject: 'Einladung zu Passgenau',
            body: 'Guten Tag,\nbitte öffnen Sie diesen Link.',
            createdAt: '2026-11-25T12:53:01Z',
            deliveredAt: null,
            deliveryError: null,
          },
        ],
      }),
    });
    const en = CATALOGUES.en;
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    const { user } = renderApp({ language: 'en', path: '/admin' });

    const table = await screen.findByRole('table', { name: en.admin.tabs.accounts });
    await user.click(within(table).getByRole('button', { name: new RegExp(en.admin.accounts.disable) }));
    expect(await within(table).findByText(en.admin.accounts.disabled)).toBeInTheDocument();
    expect(api.calls.find((call) => call.method === 'PATCH')?.body).toEqual({ disabled: true });

    await user.click(screen.getByRole('tab', { name: en.admin.tabs.outbox }));
    const outbox = await screen.findByRole('list', { name: en.admin.tabs.outbox });
    expect(within(outbox).getByText('Einladung zu Passgenau')).toBeInTheDocument();
    expect(within(outbox).getByText(en.admin.outbox.states.stored)).toBeInTheDocument();
  });
});
