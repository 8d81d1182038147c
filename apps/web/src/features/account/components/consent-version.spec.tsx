import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SEARCHABLE_PROFILE_CONSENT } from '@passgenau/domain';
import { CATALOGUES } from '@passgenau/i18n';
import { mockApi } from '../../../testing/api-mock';
import { renderApp } from '../../../testing/render-app';
import { createAccount, rememberSession } from '../../../testing/session-factories';

const CANDIDATE_ID = '0b7c017c-a776-4fa4-8442-5f9c7e2d1db4';

describe('consent version in a right-to-left page', () => {
  it('stands isolated left to right, so it reads 2026-11-searchable-profile-v1 in Arabic', async () => {
    rememberSession();
    const candidate = createAccount({
      role: 'candidate',
      candidateId: CANDIDATE_ID,
      preferredLanguage: 'ar',
    });
    const record = {
      id: 'cr-1',
      textVersion: SEARCHABLE_PROFILE_CONSENT.version,
      grantedAt: '2026-11-25T12:00:00Z',
      grantedBy: 'Amina Haddad',
      grantedOnBehalf: false,
      withdrawnAt: null,
      withdrawnOnBehalf: null,
    };
    mockApi({
      '/api/auth/me': () => candidate,
      [`/api/candidates/${CANDIDATE_ID}`]: () => ({
        id: CANDIDATE_ID,
        givenName: 'Amina',
        familyName: 'Haddad',
        email: null,
        loginName: 'amina',
        preferredLanguage: 'ar',
        searchableConsent: true,
        createdAt: '2026-10-01T10:00:00Z',
      }),
      '/api/me/mentors': () => [],
      '/api/consent/texts': () => SEARCHABLE_PROFILE_CONSENT,
      [`/api/candidates/${CANDIDATE_ID}/consent`]: () => ({
        searchable: true,
        currentTextVersion: SEARCHABLE_PROFILE_CONSENT.version,
        active: record,
        history: [record],
      }),
      '/api/me/access-log': () => ({ total: 0, page: 1, pageSize: 10, items: [] }),
    });
    renderApp({ language: 'ar', path: '/account' });
    const consent = await screen.findByRole('region', { name: CATALOGUES.ar.account.consent.title });
    const versions = await within(consent).findAllByText(SEARCHABLE_PROFILE_CONSENT.version);
    expect(versions.length).toBeGreaterThanOrEqual(2);
    for (const version of versions) {
      expect(version.tagName).toBe('BDI');
      expect(version).toHaveAttribute('dir', 'ltr');
      expect(version.parentElement).toHaveTextContent(
        CATALOGUES.ar.account.consent.version.replace('{{version}}', SEARCHABLE_PROFILE_CONSENT.version),
      );
    }
  });
});
