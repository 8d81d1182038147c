import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '@passgenau/i18n';
import { apiError, mockApi } from '../../../testing/api-mock';
import { renderApp } from '../../../testing/render-app';
import { createAccount, createSession } from '../../../testing/session-factories';

describe('sign-up', () => {
  it('answers "check your inbox" after sending, and never says whether the e-mail is registered', async () => {
    const api = mockApi({ '/api/auth/signup': () => ({ status: 202, body: { accepted: true } }) });
    const uk = CATALOGUES.uk;
    const { user } = renderApp({ language: 'uk', path: '/sign-up' });

    await user.type(await screen.findByRole('textbox', { name: new RegExp(uk.common.givenName) }), 'Olena');
    await user.type(screen.getByRole('textbox', { name: new RegExp(uk.common.familyName) }), 'Koval');
    await user.type(screen.getByRole('textbox', { name: new RegExp(uk.common.email) }), 'olena@example.org');
    await user.type(
      screen.getByLabelText(uk.auth.password, { exact: false, selector: 'input' }),
      'Sonnenblume-Remstal',
    );
    await user.click(screen.getByRole('button', { name: uk.auth.signUp.submit }));

    const status = await screen.findByRole('status');
    expect(status).toHaveTextContent('olena@example.org');
    expect(status).toHaveTextContent(uk.auth.signUp.sent.split('{{email}}')[1]!.trim().slice(0, 20));
    expect(screen.queryByText(uk.validation.emailTaken)).not.toBeInTheDocument();
    const request = api.calls.find((call) => call.url.pathname === '/api/auth/signup');
    expect(request?.body).toEqual({
      givenName: 'Olena',
      familyName: 'Koval',
      email: 'olena@example.org',
      password: 'Sonnenblume-Remstal',
      language: 'uk',
    });
  });

  it('the link from the mail creates the account on the button press and signs in', async () => {
    const account = createAccount({ role: 'candidate', displayName: 'Olena Koval' });
    const api = mockApi({
      '/api/auth/signup/confirm': () => ({ status: 201, body: createSession(account) }),
    });
    const de = CATALOGUES.de;
    const { user, router } = renderApp({ language: 'de', path: '/sign-up?token=link-token' });

    await screen.findByRole('heading', { level: 1, name: de.auth.signUp.confirmTitle });
    expect(api.calls.some((call) => call.url.pathname === '/api/auth/signup/confirm')).toBe(false);
    await user.click(screen.getByRole('button', { name: de.auth.signUp.confirmSubmit }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/account'));
    const confirm = api.calls.find((call) => call.url.pathname === '/api/auth/signup/confirm');
    expect(confirm?.body).toEqual({ token: 'link-token' });
  });

  it('explains a used or expired link and offers to sign up again', async () => {
    mockApi({
      '/api/auth/signup/confirm': () =>
        apiError(400, 'VALIDATION_FAILED', [
          { field: 'token', code: 'LINK_INVALID', message: 'invalid, used or expired' },
        ]),
    });
    const ar = CATALOGUES.ar;
    const { user } = renderApp({ language: 'ar', path: '/sign-up?token=old-token' });

    await user.click(await screen.findByRole('button', { name: ar.auth.signUp.confirmSubmit }));

    expect(await screen.findByRole('alert')).toHaveTextContent(ar.auth.signUp.linkInvalid);
    expect(screen.getByRole('link', { name: ar.auth.signUp.startAgain })).toHaveAttribute('href', '/sign-up');
  });
});
