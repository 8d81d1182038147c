import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '@passgenau/i18n';
import { apiError, mockApi } from '../../testing/api-mock';
import { renderApp } from '../../testing/render-app';
import { createAccount, createSession } from '../../testing/session-factories';

describe('route changes: window title and focus (app shell)', () => {
  it('names every page in the window title, in the interface language, and follows a language change', async () => {
    mockApi({});
    const { i18n } = renderApp({ language: 'de', path: '/sign-in' });

    await waitFor(() => expect(document.title).toBe(`${CATALOGUES.de.auth.signIn.title} – Passgenau`));
    // The first load leaves focus where the browser put it.
    expect(document.activeElement).toBe(document.body);

    await i18n.changeLanguage('ar');
    await waitFor(() => expect(document.title).toBe(`${CATALOGUES.ar.auth.signIn.title} – Passgenau`));
  });

  it('moves focus to the new page’s h1 after a route change', async () => {
    mockApi({});
    const { router } = renderApp({ language: 'en', path: '/sign-in' });
    await screen.findByRole('heading', { level: 1, name: CATALOGUES.en.auth.signIn.title });

    await router.navigate('/sign-up');

    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1, name: CATALOGUES.en.auth.signUp.title })).toHaveFocus(),
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveAttribute('tabindex', '-1');
    expect(document.title).toBe(`${CATALOGUES.en.auth.signUp.title} – Passgenau`);
  });

  it('after sign-in, focus is on the heading of the page the visitor wanted, not on <body>', async () => {
    const account = createAccount({ role: 'mentor', displayName: 'Jonas Weber' });
    mockApi({ '/api/auth/login': () => createSession(account) });
    const de = CATALOGUES.de;
    const { user, router } = renderApp({ language: 'de', path: '/account' });
    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));

    await user.type(await screen.findByLabelText(de.auth.signIn.identifier, { exact: false }), 'jonas');
    await user.type(screen.getByLabelText(de.auth.password, { exact: false, selector: 'input' }), 'pw');
    await user.click(screen.getByRole('button', { name: de.auth.signIn.submit }));

    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1, name: de.account.title })).toHaveFocus(),
    );
    expect(document.title).toBe(`${de.account.title} – Passgenau`);
  });
});

describe('submit with errors: focus on the first invalid field (one helper for every form)', () => {
  it('sign-in: an empty submit focuses the first empty field', async () => {
    const api = mockApi({});
    const { user } = renderApp({ language: 'de', path: '/sign-in' });
    await user.click(await screen.findByRole('button', { name: CATALOGUES.de.auth.signIn.submit }));

    const identifier = screen.getByRole('textbox', { name: new RegExp(CATALOGUES.de.auth.signIn.identifier) });
    await waitFor(() => expect(identifier).toHaveFocus());
    expect(identifier).toHaveAttribute('aria-invalid', 'true');
    expect(api.calls.some((call) => call.url.pathname === '/api/auth/login')).toBe(false);
  });

  it('sign-in: a field the server refused takes focus; a general refusal focuses its message', async () => {
    let answer = apiError(400, 'VALIDATION_FAILED', [{ field: 'password', code: 'TOO_LONG', message: 'too long' }]);
    mockApi({ '/api/auth/login': () => answer });
    const en = CATALOGUES.en;
    const { user } = renderApp({ language: 'en', path: '/sign-in' });
    await user.type(await screen.findByLabelText(en.auth.signIn.identifier, { exact: false }), 'a@b.de');
    const password = screen.getByLabelText(en.auth.password, { exact: false, selector: 'input' });
    await user.type(password, 'x');
    const submit = screen.getByRole('button', { name: en.auth.signIn.submit });
    await user.click(submit);
    await waitFor(() => expect(password).toHaveFocus());
    expect(password).toHaveAttribute('aria-invalid', 'true');

    answer = apiError(401, 'AUTH_BAD_CREDENTIALS');
    await user.click(submit);
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert).toHaveFocus());
    expect(alert).toHaveTextContent(en.auth.signIn.badCredentials);
  });

  it('sign-up: the first of several invalid fields takes focus', async () => {
    mockApi({});
    const uk = CATALOGUES.uk;
    const { user } = renderApp({ language: 'uk', path: '/sign-up' });
    const email = await screen.findByLabelText(uk.common.email, { exact: false });
    await user.type(email, 'not-an-address');
    await user.click(screen.getByRole('button', { name: uk.auth.signUp.submit }));

    const invalid = document.querySelectorAll('[aria-invalid="true"]');
    expect(invalid.length).toBeGreaterThan(1);
    await waitFor(() => expect(invalid[0]).toHaveFocus());
  });
});
