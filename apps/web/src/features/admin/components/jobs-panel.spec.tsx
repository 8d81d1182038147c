import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '@passgenau/i18n';
import { LANGUAGE_STORAGE_KEY } from '../../../lib/i18n';
import { mockApi, noContent } from '../../../testing/api-mock';
import { renderApp } from '../../../testing/render-app';
import { createAccount, rememberSession } from '../../../testing/session-factories';
import type { Job } from '../api/list-jobs';

const admin = createAccount({
  role: 'admin',
  displayName: 'Admin Passgenau',
  email: 'admin@demo.passgenau.de',
});

const failedMail: Job = {
  id: '6f1c2d3e-0000-4000-8000-000000000001',
  queue: 'mail-delivery',
  state: 'failed',
  attempts: 11,
  maxAttempts: 11,
  createdAt: '2026-11-25T12:53:01Z',
  nextAttemptAt: null,
  completedAt: '2026-11-25T20:10:00Z',
  error: '451 4.3.0 Temporarily unavailable',
  data: { mailId: 'mail-1' },
};

describe('the jobs panel of the admin page', () => {
  it('lists failed jobs first and runs one again, in Ukrainian', async () => {
    rememberSession();
    let retried = false;
    const api = mockApi({
      '/api/auth/me': () => admin,
      '/api/admin/accounts': () => ({ total: 0, page: 1, pageSize: 20, items: [] }),
      '/api/admin/jobs': (url) => {
        const state = url.searchParams.get('state');
        const job = retried
          ? { ...failedMail, state: 'retry' as const, nextAttemptAt: '2026-11-26T08:00:00Z' }
          : failedMail;
        const items = [job].filter((j) => !state || j.state === state);
        return { total: items.length, items };
      },
      [`/api/admin/jobs/${failedMail.id}/retry`]: () => {
        retried = true;
        return noContent();
      },
    });
    const uk = CATALOGUES.uk;
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'uk');
    const { user } = renderApp({ language: 'uk', path: '/admin' });

    await user.click(await screen.findByRole('tab', { name: uk.admin.tabs.jobs }));
    const list = await screen.findByRole('list', { name: uk.admin.tabs.jobs });
    expect(api.requests.at(-1)?.searchParams.get('state')).toBe('failed');
    expect(within(list).getByText(uk.admin.jobs.queues['mail-delivery'])).toBeInTheDocument();
    expect(within(list).getByText(uk.admin.jobs.states.failed)).toBeInTheDocument();
    expect(within(list).getByText('451 4.3.0 Temporarily unavailable')).toBeInTheDocument();

    await user.click(
      within(list).getByRole('button', {
        name: new RegExp(`${uk.admin.jobs.retry}.*${uk.admin.jobs.queues['mail-delivery']}`),
      }),
    );
    expect(api.calls.find((call) => call.method === 'POST')?.url.pathname).toBe(
      `/api/admin/jobs/${failedMail.id}/retry`,
    );
    // No longer failed: it leaves the list of failed jobs and shows with every state.
    expect(await screen.findByText(uk.admin.jobs.empty)).toBeInTheDocument();
    await user.selectOptions(
      screen.getByRole('combobox', { name: uk.admin.jobs.stateFilter }),
      uk.admin.jobs.allStates,
    );
    const all = await screen.findByRole('list', { name: uk.admin.tabs.jobs });
    expect(await within(all).findByText(uk.admin.jobs.states.retry)).toBeInTheDocument();
    expect(api.requests.at(-1)?.searchParams.has('state')).toBe(false);
  });
});
