import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '@passgenau/i18n';
import { CSRF_HEADER } from '../../../lib/api-client';
import { LANGUAGE_STORAGE_KEY } from '../../../lib/i18n';
import { apiError, mockApi, MOCK_CSRF_TOKEN } from '../../../testing/api-mock';
import { renderApp } from '../../../testing/render-app';
import { createAccount, createSession } from '../../../testing/session-factories';

describe('SignInForm', () => {
  it('shows the server field errors next to the fields they name, in the reader language', async () => {
    mockApi({
      '/api/auth/login': () =>
        apiError(400, 'VALIDATION_FAILED', [
          {
            field: 'password',
            code: 'REQUIRED',
            message: 'password must be longer than or equal to 1 characters',
          },
          {
            field: 'email',
            code: 'TOO_LONG',
            limit: 254,
            message: 'email must be shorter than or equal to 254 characters',
          },
        ]),
    });
    const texts = CATALOGUES.uk;
    const { user } = renderApp({ language: 'uk', path: '/sign-in' });

    await user.type(
      await screen.findByLabelText(texts.auth.signIn.identifier, { exact: false }),
      'x@example.org',
    );
    await user.type(screen.getByLabelText(texts.auth.password, { exact: false, selector: 'input' }), ' ');
    await user.click(screen.getByRole('button', { name: texts.auth.signIn.submit }));

    const identifier = screen.getByRole('textbox', { name: new RegExp(texts.auth.signIn.identifier) });
    await waitFor(() => expect(identifier).toHaveAttribute('aria-invalid', 'true'));
    expect(identifier).toHaveAccessibleDescription(expect.stringContaining(texts.validation.invalid));
    const password = screen.getByLabelText(texts.auth.password, { exact: false, selector: 'input' });
    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(password).toHaveAccessibleDescription(expect.stringContaining(texts.validation.invalid));
    // Every problem is explained at its field: no general alert, and never the server's English.
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByText(/must be/)).not.toBeInTheDocument();
  });

  it('asks for both fields before sending anything', async () => {
    const api = mockApi({});
    const { user } = renderApp({ language: 'de', path: '/sign-in' });

    await user.click(await screen.findByRole('button', { name: CATALOGUES.de.auth.signIn.submit }));

    expect(screen.getAllByText(CATALOGUES.de.validation.required)).toHaveLength(2);
    expect(api.calls.some((call) => call.url.pathname === '/api/auth/login')).toBe(false);
  });

  it('explains RATE_LIMITED in Arabic and not in the server words', async () => {
    mockApi({ '/api/auth/login': () => apiError(429, 'RATE_LIMITED') });
    const texts = CATALOGUES.ar;
    const { user } = renderApp({ language: 'ar', path: '/sign-in' });

    await user.type(
      await screen.findByLabelText(texts.auth.signIn.identifier, { exact: false }),
      'mentor@demo.passgenau.de',
    );
    await user.type(
      screen.getByLabelText(texts.auth.password, { exact: false, selector: 'input' }),
      'wrong-password-11',
    );
    await user.click(screen.getByRole('button', { name: texts.auth.signIn.submit }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(texts.auth.signIn.rateLimited);
    expect(alert).not.toHaveTextContent('mock');
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
  });

  it('says that e-mail or password is wrong on AUTH_BAD_CREDENTIALS', async () => {
    mockApi({ '/api/auth/login': () => apiError(401, 'AUTH_BAD_CREDENTIALS') });
    const { user } = renderApp({ language: 'en', path: '/sign-in' });

    await user.type(
      await screen.findByLabelText(CATALOGUES.en.auth.signIn.identifier, { exact: false }),
      'a@b.de',
    );
    await user.type(
      screen.getByLabelText(CATALOGUES.en.auth.password, { exact: false, selector: 'input' }),
      'x',
    );
    await user.click(screen.getByRole('button', { name: CATALOGUES.en.auth.signIn.submit }));

    expect(await screen.findByRole('alert')).toHaveTextContent(CATALOGUES.en.auth.signIn.badCredentials);
  });

  it('signs in with the CSRF token, goes where the visitor wanted to go and shows the account menu', async () => {
    const account = createAccount({
      role: 'employer',
      displayName: 'Petra Brenner',
      companyName: 'Metallbau Remstal',
    });
    const api = mockApi({ '/api/auth/login': () => createSession(account, 'token-after-login') });
    const texts = CATALOGUES.de;
    const { user, router } = renderApp({ language: 'de', path: '/account' });

    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
    expect(router.state.location.search).toBe('?next=%2Faccount');
    await user.type(
      await screen.findByLabelText(texts.auth.signIn.identifier, { exact: false }),
      'employer@demo.passgenau.de',
    );
    await user.type(
      screen.getByLabelText(texts.auth.password, { exact: false, selector: 'input' }),
      'demo-passgenau-2026',
    );
    await user.click(screen.getByRole('button', { name: texts.auth.signIn.submit }));

    // The account page renders again once the session arrives: query the heading afresh each time
    // rather than hold an element that the next render may have replaced.
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1, name: texts.account.title })).toBeInTheDocument(),
    );
    await waitFor(() => expect(router.state.location.pathname).toBe('/account'));
    const login = api.calls.find((call) => call.url.pathname === '/api/auth/login');
    expect(login?.body).toEqual({ email: 'employer@demo.passgenau.de', password: 'demo-passgenau-2026' });
    expect(login?.headers.get(CSRF_HEADER)).toBe(MOCK_CSRF_TOKEN);
    const banner = screen.getByRole('banner');
    expect(within(banner).getByRole('button', { name: /Petra Brenner/ })).toBeInTheDocument();
    expect(within(banner).queryByRole('link', { name: texts.nav.signIn })).not.toBeInTheDocument();
    expect(screen.getByText('Metallbau Remstal')).toBeInTheDocument();
  });

  it('switches to the language of the account after sign-in, although the browser remembered another', async () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'de');
    const account = createAccount({
      role: 'candidate',
      displayName: 'Amina Haddad',
      preferredLanguage: 'ar',
    });
    mockApi({ '/api/auth/login': () => createSession(account) });
    const de = CATALOGUES.de;
    const { user, i18n } = renderApp({ language: 'de', path: '/sign-in' });

    await user.type(await screen.findByLabelText(de.auth.signIn.identifier, { exact: false }), 'amina');
    await user.type(
      screen.getByLabelText(de.auth.password, { exact: false, selector: 'input' }),
      'demo-passgenau-2026',
    );
    await user.click(screen.getByRole('button', { name: de.auth.signIn.submit }));

    await waitFor(() => expect(i18n.language).toBe('ar'));
    expect(document.documentElement).toHaveAttribute('lang', 'ar');
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('ar');
    const banner = screen.getByRole('banner');
    expect(
      await within(banner).findByRole('button', {
        name: new RegExp(`^${CATALOGUES.ar.language.label}.*العربية`),
      }),
    ).toBeInTheDocument();
  });
});
