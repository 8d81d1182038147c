import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '@passgenau/i18n';
import { CSRF_HEADER } from '../../../lib/api-client';
import { apiError, mockApi, noContent } from '../../../testing/api-mock';
import { renderApp } from '../../../testing/render-app';
import { createAccount, createSession, rememberSession } from '../../../testing/session-factories';

const de = CATALOGUES.de;

describe('the session', () => {
  it('asks nobody for a session when this browser never signed in', async () => {
    const api = mockApi({});
    renderApp({ language: 'de', path: '/' });

    expect(
      await within(screen.getByRole('banner')).findByRole('link', { name: de.nav.signIn }),
    ).toHaveAttribute('href', '/sign-in');
    expect(api.calls.some((call) => call.url.pathname.startsWith('/api/auth'))).toBe(false);
  });

  it('signs out on the server with the CSRF token, forgets the session and guards /account again', async () => {
    rememberSession();
    const employer = createAccount({ role: 'employer', displayName: 'Petra Brenner' });
    let signedIn = true;
    const api = mockApi({
      '/api/auth/me': () => (signedIn ? employer : apiError(401, 'UNAUTHENTICATED')),
      '/api/auth/logout': () => {
        signedIn = false;
        return noContent();
      },
    });
    const { user, router } = renderApp({ language: 'de', path: '/account' });

    const banner = screen.getByRole('banner');
    await user.click(await within(banner).findByRole('button', { name: /Petra Brenner/ }));
    expect(screen.queryByRole('menuitem', { name: de.nav.admin })).not.toBeInTheDocument();
    await user.click(screen.getByRole('menuitem', { name: de.nav.signOut }));

    expect(await within(banner).findByRole('link', { name: de.nav.signIn })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
    const logout = api.calls.find((call) => call.url.pathname === '/api/auth/logout');
    expect(logout?.method).toBe('POST');
    expect(logout?.headers.get(CSRF_HEADER)).toBeTruthy();
    expect(window.localStorage.getItem('passgenau.session')).toBeNull();

    await router.navigate('/account');
    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
  });

  it('treats a session the server ended as signed out (the refresh is refused)', async () => {
    rememberSession();
    const api = mockApi({});
    const { router } = renderApp({ language: 'de', path: '/account' });

    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
    expect(api.calls.map((call) => `${call.method} ${call.url.pathname}`)).toEqual([
      'GET /api/auth/me',
      'GET /api/auth/csrf',
      'POST /api/auth/refresh',
    ]);
    expect(window.localStorage.getItem('passgenau.session')).toBeNull();
  });

  it('keeps a session alive through a refresh when the access token ran out', async () => {
    rememberSession();
    const mentor = createAccount({ role: 'mentor', displayName: 'Jonas Weber' });
    let refreshed = false;
    mockApi({
      '/api/auth/me': () => (refreshed ? mentor : apiError(401, 'UNAUTHENTICATED')),
      '/api/auth/refresh': () => {
        refreshed = true;
        return createSession(mentor);
      },
      '/api/mentor/candidates': () => [],
      '/api/invitations': () => [],
    });
    renderApp({ language: 'de', path: '/account' });

    expect(await screen.findByRole('heading', { level: 1, name: de.account.title })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: de.mentor.candidates.title })).toBeInTheDocument();
  });

  it('shows "temporarily unavailable" instead of signing out while the API answers 503', async () => {
    rememberSession();
    let down = true;
    const employer = createAccount({ role: 'employer', displayName: 'Petra Brenner' });
    mockApi({
      // The access token ran out while the database was down: the refresh cannot be checked either.
      '/api/auth/me': () => (down ? apiError(401, 'UNAUTHENTICATED') : employer),
      '/api/auth/refresh': () => apiError(503, 'SERVICE_UNAVAILABLE'),
    });
    const { user, router } = renderApp({ language: 'de', path: '/account' });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(de.errors.unavailable);
    expect(router.state.location.pathname).toBe('/account');
    expect(window.localStorage.getItem('passgenau.session')).toBe('1');

    // Back up: "try again" shows the page; the person was never signed out.
    down = false;
    await user.click(within(alert).getByRole('button', { name: de.errors.retry }));
    expect(
      await within(screen.getByRole('banner')).findByRole('button', { name: /Petra Brenner/ }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/account');
  });

  it('does not offer "Sign in" on a public page while the session cannot be checked', async () => {
    rememberSession();
    let down = true;
    const mentor = createAccount({ role: 'mentor', displayName: 'Jonas Weber' });
    mockApi({ '/api/auth/me': () => (down ? apiError(503, 'SERVICE_UNAVAILABLE') : mentor) });
    const { user } = renderApp({ language: 'de', path: '/' });

    const banner = screen.getByRole('banner');
    const notice = await within(banner).findByRole('button', { name: de.errors.unavailable });
    expect(within(banner).queryByRole('link', { name: de.nav.signIn })).not.toBeInTheDocument();

    down = false;
    await user.click(notice);
    expect(await within(banner).findByRole('button', { name: /Jonas Weber/ })).toBeInTheDocument();
  });

  it('keeps every role but admins out of /admin', async () => {
    rememberSession();
    mockApi({ '/api/auth/me': () => createAccount({ role: 'mentor', preferredLanguage: 'en' }) });
    renderApp({ language: 'en', path: '/admin' });

    expect(
      await screen.findByRole('heading', { level: 1, name: CATALOGUES.en.auth.forbidden.title }),
    ).toBeInTheDocument();
    expect(screen.getByText(CATALOGUES.en.auth.forbidden.text)).toBeInTheDocument();
  });
});
