import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Role } from '@passgenau/domain';
import { mockApi } from '../testing/api-mock';
import { renderApp } from '../testing/render-app';
import { callsRefusedFor } from '../testing/route-access';
import { createAccount, createSession, rememberSession } from '../testing/session-factories';

// Pages each kind of viewer reaches in the first minutes. Whatever a page asks the API for, the API
// must allow it for that viewer: a 401 or 403 is a red line in the browser console and, for the
// session probe and sign-in routes, a request against the rate limit.
const PAGES: Record<'visitor' | Role, string[]> = {
  visitor: [
    '/',
    '/jobs',
    '/showcase',
    '/sign-in',
    '/sign-up',
    '/reset-password',
    '/access-code',
    '/accessibility',
  ],
  candidate: ['/', '/jobs', '/account', '/profile', '/profile/view', '/my-open-house'],
  mentor: ['/', '/jobs', '/account', '/my-open-house'],
  employer: ['/', '/jobs', '/account', '/company'],
  iba_staff: ['/', '/jobs', '/account', '/profiles', '/assessments'],
  coordinator: ['/', '/jobs', '/account', '/firms', '/open-house'],
  admin: ['/', '/account', '/admin'],
};

async function settle(): Promise<void> {
  await screen.findByRole('banner');
  // Queries that start once the first answers arrive (session, then the page's data, then details).
  for (let i = 0; i < 10; i += 1) await new Promise((resolve) => setTimeout(resolve, 30));
}

describe('requests by role', () => {
  it.each(PAGES.visitor)('a signed-out first visit to %s makes no request the API refuses', async (path) => {
    const api = mockApi({});
    const { unmount } = renderApp({ language: 'de', path });
    await settle();
    expect(callsRefusedFor(api.calls, null)).toEqual([]);
    unmount();
  });

  const signedIn = (Object.keys(PAGES) as (keyof typeof PAGES)[]).filter(
    (viewer): viewer is Role => viewer !== 'visitor',
  );
  it.each(signedIn.flatMap((role) => PAGES[role].map((path) => [role, path] as const)))(
    'a signed-in %s on %s makes no request the API refuses for the role',
    async (role, path) => {
      rememberSession();
      const account = createAccount({
        role,
        candidateId: role === 'candidate' ? 'cand-1' : null,
        companyId: role === 'employer' ? 'company-1' : null,
        companyRole: role === 'employer' ? 'manager' : null,
      });
      const api = mockApi({
        '/api/auth/me': () => account,
        '/api/auth/refresh': () => createSession(account),
      });
      const { unmount } = renderApp({ language: 'de', path });
      await settle();
      expect(callsRefusedFor(api.calls, role)).toEqual([]);
      unmount();
    },
  );
});
