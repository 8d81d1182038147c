import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '@passgenau/i18n';
import { mockApi } from '../../../testing/api-mock';
import { renderApp } from '../../../testing/render-app';
import { createAccount, rememberSession } from '../../../testing/session-factories';
import { KNOWN_ACCESS_ACTIONS, type AccessLogEntry } from '../../../types/access-log';

describe('the admin access log', () => {
  it.each(['ar', 'uk'] as const)(
    'names every action in %s in the "what" column, never its code',
    async (language) => {
      rememberSession();
      const admin = createAccount({
        role: 'admin',
        displayName: 'Admin Passgenau',
        preferredLanguage: language,
      });
      const items: AccessLogEntry[] = KNOWN_ACCESS_ACTIONS.map((action, index) => ({
        id: String(index),
        at: '2026-11-20T09:30:00Z',
        actorAccountId: 'acc-mentor',
        actorRole: 'mentor',
        actorName: 'Jonas Weber',
        actorCompanyId: null,
        actorCompanyName: null,
        actorDisplay: 'Jonas Weber',
        candidateId: null,
        action,
        route: 'GET /api/x',
        count: 1,
        day: null,
      }));
      mockApi({
        '/api/auth/me': () => admin,
        '/api/admin/accounts': () => ({ total: 0, page: 1, pageSize: 20, items: [] }),
        '/api/admin/access-log': () => ({ total: items.length, page: 1, pageSize: 25, items }),
      });
      const texts = CATALOGUES[language];
      const { user } = renderApp({ language, path: '/admin' });
      await user.click(await screen.findByRole('tab', { name: texts.admin.tabs.accessLog }));
      const table = await screen.findByRole('table', { name: texts.admin.tabs.accessLog });
      const whatColumn = within(table)
        .getAllByRole('columnheader')
        .findIndex((header) => header.textContent === texts.admin.accessLog.what);
      const shown = within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) => within(row).getAllByRole('cell')[whatColumn]?.textContent);
      expect(shown).toEqual(KNOWN_ACCESS_ACTIONS.map((action) => texts.accessLog.actions[action]));
      for (const action of KNOWN_ACCESS_ACTIONS) expect(table).not.toHaveTextContent(action);
    },
  );
});
