import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CATALOGUES } from '@passgenau/i18n';
import { LANGUAGE_STORAGE_KEY } from '../../../lib/i18n';
import { apiError, mockApi, noContent } from '../../../testing/api-mock';
import { renderApp } from '../../../testing/render-app';
import { createAccount, rememberSession } from '../../../testing/session-factories';
import type { DuplicatePair, MergedRecord } from '../api/duplicates-api';

const iba = createAccount({ role: 'iba_staff', displayName: 'Ines IBA' });
const de = CATALOGUES.de;

const pair: DuplicatePair = {
  candidateA: { id: 'cand-a', name: 'Zaid Haddad', birthYear: 1990 },
  candidateB: { id: 'cand-b', name: 'Zaid Hadad', birthYear: 1990 },
  strength: 'likely',
  reason: 'same_name_and_birth_year',
};

const record: MergedRecord = {
  archiveId: 'arch-1',
  kept: { id: 'cand-c', name: 'Amina Haddad', birthYear: 1994 },
  removedCandidateId: 'cand-d',
  removedName: 'Amina Hadad',
  mergedAt: '2026-11-30T10:00:00Z',
  mergedByName: 'Ines IBA',
  reason: 'Registered twice',
  restorableUntil: '2026-12-30T10:00:00Z',
};

describe('the duplicates page', () => {
  it('merges a pair only with a reason, says who was told, and restores a merged record', async () => {
    rememberSession();
    let pairs = [pair];
    let merged = [record];
    const api = mockApi({
      '/api/auth/me': () => iba,
      '/api/duplicates': () => pairs,
      '/api/duplicates/merges': () => merged,
      '/api/duplicates/merge': () => {
        pairs = [];
        return {
          archiveId: 'arch-2',
          keptCandidateId: 'cand-b',
          restorableUntil: '2026-12-31T10:00:00Z',
          mentorsMoved: 1,
          candidateNotified: true,
        };
      },
      '/api/duplicates/merges/arch-1/restore': () => {
        merged = [];
        return { candidateId: 'cand-d' };
      },
    });
    const { user } = renderApp({ language: 'de', path: '/duplicates' });

    const list = await screen.findByRole('list', { name: de.duplicates.title });
    expect(within(list).getByText('Zaid Hadad')).toBeInTheDocument();
    expect(within(list).getByText(de.duplicates.strength.likely)).toBeInTheDocument();
    await user.click(within(list).getByRole('button', { name: de.duplicates.mergeOpen }));

    const form = screen.getByRole('form', { name: de.duplicates.merge.title });
    const confirm = within(form).getByRole('button', { name: de.duplicates.merge.confirm });
    expect(confirm).toBeDisabled();
    await user.click(within(form).getByRole('radio', { name: /Zaid Hadad/ }));
    await user.type(
      within(form).getByRole('textbox', { name: new RegExp(de.duplicates.merge.reason) }),
      '  Zweimal angemeldet  ',
    );
    await user.click(confirm);

    expect(await screen.findByText(/Übernommene Erlaubnisse für Messepaten: 1/)).toBeInTheDocument();
    const post = api.calls.find((call) => call.url.pathname === '/api/duplicates/merge');
    expect(post?.body).toEqual({ keep: 'cand-b', remove: 'cand-a', reason: 'Zweimal angemeldet' });
    expect(await screen.findByText(de.duplicates.empty)).toBeInTheDocument();

    const merges = screen.getByRole('list', { name: de.duplicates.merges.title });
    expect(within(merges).getByText('Registered twice')).toBeInTheDocument();
    await user.click(within(merges).getByRole('button', { name: de.duplicates.merges.restore }));
    expect(await screen.findByText(de.duplicates.merges.restored)).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText(de.duplicates.merges.empty)).toBeInTheDocument());
  });

  it('explains a refused merge and a refused restore in the reader’s language', async () => {
    rememberSession();
    mockApi({
      '/api/auth/me': () => iba,
      '/api/duplicates': () => [pair],
      '/api/duplicates/merges': () => [record],
      '/api/duplicates/merge': () =>
        apiError(409, 'DUPLICATE_PAIR_NOT_FLAGGED', [{ field: 'remove', code: 'WRONG_STATE', message: 'x' }]),
      '/api/duplicates/merges/arch-1/restore': () => apiError(409, 'MERGE_NOT_RESTORABLE'),
      '/api/duplicates/dismiss': () => noContent(),
    });
    const en = CATALOGUES.en;
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    const { user } = renderApp({ language: 'en', path: '/duplicates' });
    const list = await screen.findByRole('list', { name: en.duplicates.title });
    await user.click(within(list).getByRole('button', { name: en.duplicates.mergeOpen }));
    const form = screen.getByRole('form', { name: en.duplicates.merge.title });
    await user.type(
      within(form).getByRole('textbox', { name: new RegExp(en.duplicates.merge.reason) }),
      'same',
    );
    await user.click(within(form).getByRole('button', { name: en.duplicates.merge.confirm }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(en.duplicates.merge.notFlagged);

    const merges = screen.getByRole('list', { name: en.duplicates.merges.title });
    await user.click(within(merges).getByRole('button', { name: en.duplicates.merges.restore }));
    expect(await within(merges).findByRole('alert')).toHaveTextContent(en.duplicates.merges.notRestorable);
  });

  it('says the record is restored even when the merged list is refreshed before the pairs list', async () => {
    rememberSession();
    let merged = [record];
    let restored = false;
    const api = mockApi({
      '/api/auth/me': () => iba,
      '/api/duplicates': () => (restored ? [pair] : []),
      '/api/duplicates/merges': () => merged,
      '/api/duplicates/merges/arch-1/restore': () => {
        merged = [];
        restored = true;
        return { candidateId: 'cand-d' };
      },
    });
    // After the restore the pairs list answers slowly: the merged record has left its list (and the
    // page) before every refresh is done.
    vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
      if (restored && String(input).endsWith('/api/duplicates'))
        await new Promise((done) => setTimeout(done, 200));
      return (api.fetch as unknown as typeof fetch)(input, init);
    });
    const { user } = renderApp({ language: 'de', path: '/duplicates' });

    const merges = await screen.findByRole('list', { name: de.duplicates.merges.title });
    await user.click(within(merges).getByRole('button', { name: de.duplicates.merges.restore }));

    expect(await screen.findByRole('status')).toHaveTextContent(de.duplicates.merges.restored);
    expect(await screen.findByText(de.duplicates.merges.empty)).toBeInTheDocument();
    expect(await screen.findByRole('list', { name: de.duplicates.title })).toBeInTheDocument();
  });

  it('is not offered to employers, and they never load the list', async () => {
    rememberSession();
    const api = mockApi({ '/api/auth/me': () => createAccount({ role: 'employer' }) });
    renderApp({ language: 'de', path: '/duplicates' });
    expect(await screen.findByRole('heading', { name: de.auth.forbidden.title })).toBeInTheDocument();
    expect(api.requests.some((url) => url.pathname.startsWith('/api/duplicates'))).toBe(false);
  });
});
