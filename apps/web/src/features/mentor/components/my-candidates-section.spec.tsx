import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CATALOGUES } from '@passgenau/i18n';
import { CSRF_HEADER } from '../../../lib/api-client';
import { mockApi, MOCK_CSRF_TOKEN } from '../../../testing/api-mock';
import { renderApp } from '../../../testing/render-app';
import { createAccount, rememberSession } from '../../../testing/session-factories';

const mentor = createAccount({
  role: 'mentor',
  displayName: 'Jonas Weber',
  email: 'mentor@demo.passgenau.de',
});

describe('MyCandidatesSection', () => {
  it('creates a candidate without e-mail and shows a printable card in the candidate language', async () => {
    rememberSession();
    const candidates = [
      {
        id: 'c-1',
        givenName: 'Amina',
        familyName: 'Haddad',
        authorisedSince: '2026-11-01T10:00:00Z',
        searchableConsent: true,
      },
    ];
    const api = mockApi({
      '/api/auth/me': () => mentor,
      '/api/invitations': () => [],
      '/api/mentor/candidates': (_url, request) => {
        if (request.method === 'GET') return candidates;
        candidates.push({
          id: 'c-2',
          givenName: 'Yonas',
          familyName: 'Tesfaye',
          authorisedSince: '2026-11-25T10:00:00Z',
          searchableConsent: false,
        });
        return {
          status: 201,
          body: {
            candidateId: 'c-2',
            loginName: 'k-ab3d7fq',
            accessCode: 'WX7K-3MPQ-9R',
            accessCodeExpiresAt: '2026-12-25T10:00:00Z',
            signInUrl: 'https://passgenau.example.org/access-code',
          },
        };
      },
    });
    const print = vi.fn();
    vi.stubGlobal('print', print);
    const de = CATALOGUES.de;
    const { user } = renderApp({ language: 'de', path: '/account' });

    const section = await screen.findByRole('region', { name: de.mentor.candidates.title });
    expect(await within(section).findByText('Amina Haddad')).toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: de.mentor.create.open }));
    const form = within(section).getByRole('form', { name: de.mentor.create.title });
    await user.type(within(form).getByRole('textbox', { name: de.common.givenName }), 'Yonas');
    await user.type(within(form).getByRole('textbox', { name: de.common.familyName }), 'Tesfaye');
    await user.selectOptions(within(form).getByRole('combobox', { name: de.mentor.create.language }), 'ar');
    await user.click(within(form).getByRole('button', { name: de.mentor.create.submit }));

    // The card speaks Arabic, right to left, while the mentor's screen stays German.
    const card = await screen.findByRole('region', { name: CATALOGUES.ar.mentor.card.title });
    expect(card.firstElementChild).toHaveAttribute('dir', 'rtl');
    expect(card.firstElementChild).toHaveAttribute('lang', 'ar');
    expect(within(card).getByText('k-ab3d7fq')).toBeInTheDocument();
    expect(within(card).getByText('WX7K-3MPQ-9R')).toBeInTheDocument();
    // The server's PUBLIC_URL, like the invitation links, not the address this tab happens to use.
    expect(within(card).getByText('https://passgenau.example.org/access-code')).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'de');
    await user.click(within(section).getByRole('button', { name: de.mentor.card.print }));
    expect(print).toHaveBeenCalledTimes(1);
    expect(await within(section).findByText('Yonas Tesfaye')).toBeInTheDocument();

    const created = api.calls.find(
      (call) => call.method === 'POST' && call.url.pathname === '/api/mentor/candidates',
    );
    expect(created?.body).toEqual({ givenName: 'Yonas', familyName: 'Tesfaye', language: 'ar' });
    expect(created?.headers.get(CSRF_HEADER)).toBe(MOCK_CSRF_TOKEN);

    await user.click(within(section).getByRole('button', { name: de.mentor.card.done }));
    expect(screen.queryByRole('region', { name: CATALOGUES.ar.mentor.card.title })).not.toBeInTheDocument();
  });
});
