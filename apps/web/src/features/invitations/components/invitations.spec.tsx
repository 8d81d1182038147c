import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '@passgenau/i18n';
import { apiError, mockApi } from '../../../testing/api-mock';
import { renderApp } from '../../../testing/render-app';
import { createAccount, createSession, rememberSession } from '../../../testing/session-factories';

const TOKEN = 'doMdrrPPusA-J3KrcrOuo9dYXZMfXByfHQbXAabwZsg';

describe('invitations', () => {
  it('shows who invited, speaks the invitation language and signs the new employer in', async () => {
    const employer = createAccount({
      role: 'employer',
      displayName: 'Maria Schmidt',
      companyName: 'Metallbau Neu',
      preferredLanguage: 'uk',
    });
    const api = mockApi({
      [`/api/invitations/${TOKEN}`]: () => ({
        kind: 'employer',
        email: 'chef@metallbau-neu.de',
        companyName: 'Metallbau Neu',
        invitedBy: 'Sabine Keller (Team IBA)',
        expiresAt: '2026-12-09T12:53:01Z',
        language: 'uk',
      }),
      [`/api/invitations/${TOKEN}/accept`]: (_url, request) =>
        (request.body as { password: string }).password.length < 12
          ? apiError(400, 'VALIDATION_FAILED', [
              {
                field: 'password',
                code: 'PASSWORD_COMMON',
                message: 'password is one of the most common passwords',
              },
            ])
          : { status: 201, body: createSession(employer) },
    });
    const { user, router } = renderApp({ language: 'de', path: `/invitations/${TOKEN}` });

    const uk = CATALOGUES.uk;
    expect(
      await screen.findByRole('heading', { level: 1, name: uk.invitations.accept.title }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Sabine Keller \(Team IBA\)/)).toBeInTheDocument();
    expect(screen.getByText('chef@metallbau-neu.de')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: uk.common.givenName }), 'Maria');
    await user.type(screen.getByRole('textbox', { name: uk.common.familyName }), 'Schmidt');
    const password = screen.getByLabelText(uk.auth.password, { exact: false, selector: 'input' });
    await user.type(password, 'qwertzuiop');
    await user.click(screen.getByRole('button', { name: uk.invitations.accept.submit }));

    await waitFor(() =>
      expect(password).toHaveAccessibleDescription(expect.stringContaining(uk.validation.passwordCommon)),
    );
    await user.type(password, '-Remstal');
    await user.click(screen.getByRole('button', { name: uk.invitations.accept.submit }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/account'));
    expect(
      await within(screen.getByRole('banner')).findByRole('button', { name: /Maria Schmidt/ }),
    ).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'uk');
    // The used invitation is not asked for again after the sign-in.
    expect(api.calls.filter((call) => call.url.pathname === `/api/invitations/${TOKEN}`)).toHaveLength(1);
    const accepted = api.calls.filter((call) => call.url.pathname.endsWith('/accept')).at(-1);
    expect(accepted?.body).toEqual({
      givenName: 'Maria',
      familyName: 'Schmidt',
      password: 'qwertzuiop-Remstal',
      language: 'uk',
    });
  });

  it('says when an invitation link is no longer valid', async () => {
    mockApi({});
    renderApp({ language: 'en', path: '/invitations/unknown' });

    expect(await screen.findByRole('alert')).toHaveTextContent(CATALOGUES.en.invitations.accept.invalid);
  });

  it('lets IBA staff invite an employer with a new company and shows the link to hand over', async () => {
    rememberSession();
    const staff = createAccount({ role: 'iba_staff', displayName: 'Sabine Keller', preferredLanguage: 'en' });
    const sent: unknown[] = [];
    const api = mockApi({
      '/api/auth/me': () => staff,
      '/api/invitations': (_url, request) => {
        if (request.method === 'GET') return sent;
        const invitation = {
          id: `inv-${sent.length + 1}`,
          kind: 'employer',
          email: 'chef@metallbau-neu.de',
          companyName: 'Metallbau Neu',
          expiresAt: '2026-12-09T12:53:01Z',
          usedAt: null,
        };
        sent.push(invitation);
        return {
          status: 201,
          body: { ...invitation, acceptUrl: `http://localhost:3000/invitations/${TOKEN}` },
        };
      },
    });
    const en = CATALOGUES.en;
    const { user } = renderApp({ language: 'en', path: '/account' });

    const employerForm = await screen.findByRole('region', { name: en.invitations.create.employerTitle });
    expect(screen.getByRole('region', { name: en.invitations.create.candidateTitle })).toBeInTheDocument();
    await user.type(
      within(employerForm).getByRole('textbox', { name: en.common.email }),
      'chef@metallbau-neu.de',
    );
    await user.click(within(employerForm).getByRole('button', { name: en.invitations.create.submit }));
    expect(within(employerForm).getByText(en.validation.required)).toBeInTheDocument();

    await user.type(
      within(employerForm).getByRole('textbox', { name: en.invitations.create.companyName }),
      'Metallbau Neu',
    );
    await user.click(within(employerForm).getByRole('button', { name: en.invitations.create.submit }));

    expect(
      await within(employerForm).findByText(`http://localhost:3000/invitations/${TOKEN}`),
    ).toBeInTheDocument();
    const created = api.calls.find((call) => call.method === 'POST');
    expect(created?.body).toEqual({
      kind: 'employer',
      email: 'chef@metallbau-neu.de',
      companyName: 'Metallbau Neu',
      language: 'en',
    });
    const list = await screen.findByRole('list', { name: en.invitations.sent.title });
    expect(within(list).getByText('chef@metallbau-neu.de')).toBeInTheDocument();
    expect(within(list).getByText(en.invitations.states.open)).toBeInTheDocument();
  });
});
