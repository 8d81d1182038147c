import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SEARCHABLE_PROFILE_CONSENT } from '@passgenau/domain';
import { CATALOGUES } from '@passgenau/i18n';
import { CSRF_HEADER } from '../../../lib/api-client';
import { LANGUAGE_STORAGE_KEY } from '../../../lib/i18n';
import { apiError, mockApi, MOCK_CSRF_TOKEN, noContent, type MockHandler } from '../../../testing/api-mock';
import { renderApp } from '../../../testing/render-app';
import { createAccount, rememberSession } from '../../../testing/session-factories';
import type { ConsentStatus } from '../api/get-consent-status';
import type { Mentorship } from '../api/list-my-mentors';

const CANDIDATE_ID = '0b7c017c-a776-4fa4-8442-5f9c7e2d1db3';
const candidate = createAccount({
  role: 'candidate',
  displayName: 'Amina Haddad',
  email: 'candidate@demo.passgenau.de',
  candidateId: CANDIDATE_ID,
  preferredLanguage: 'ar',
});

function candidateApi(overrides: Record<string, MockHandler> = {}) {
  const mentors: Mentorship[] = [
    {
      id: 'ms-1',
      mentorAccountId: 'acc-mentor',
      mentorName: 'Jonas Weber',
      mentorEmail: 'mentor@demo.passgenau.de',
      grantedAt: '2026-11-01T10:00:00Z',
      grantedWhenMentorCreatedAccount: false,
      withdrawnAt: null,
      active: true,
    },
  ];
  let consent: ConsentStatus = {
    searchable: false,
    currentTextVersion: SEARCHABLE_PROFILE_CONSENT.version,
    active: null,
    history: [],
  };
  const api = mockApi({
    '/api/auth/me': () => candidate,
    [`/api/candidates/${CANDIDATE_ID}`]: () => ({
      id: CANDIDATE_ID,
      givenName: 'Amina',
      familyName: 'Haddad',
      email: 'candidate@demo.passgenau.de',
      loginName: null,
      preferredLanguage: 'ar',
      searchableConsent: consent.searchable,
      createdAt: '2026-10-01T10:00:00Z',
    }),
    '/api/me/mentors': () => mentors,
    '/api/me/mentors/ms-1': () => {
      mentors[0] = { ...mentors[0]!, active: false, withdrawnAt: '2026-11-25T12:00:00Z' };
      return noContent();
    },
    '/api/consent/texts': () => SEARCHABLE_PROFILE_CONSENT,
    [`/api/candidates/${CANDIDATE_ID}/consent`]: (_url, request) => {
      if (request.method === 'POST') {
        const record = {
          id: 'cr-1',
          textVersion: SEARCHABLE_PROFILE_CONSENT.version,
          grantedAt: '2026-11-25T12:00:00Z',
          grantedBy: 'Amina Haddad',
          grantedOnBehalf: false,
          withdrawnAt: null,
          withdrawnOnBehalf: null,
        };
        consent = { ...consent, searchable: true, active: record, history: [record] };
        return { status: 201, body: consent };
      }
      return consent;
    },
    '/api/me/access-log': () => ({
      total: 2,
      page: 1,
      pageSize: 10,
      items: [
        {
          id: '1',
          at: '2026-11-20T09:30:00Z',
          actorAccountId: 'acc-mentor',
          actorRole: 'mentor',
          actorName: 'Jonas Weber',
          actorCompanyId: null,
          actorCompanyName: null,
          actorDisplay: 'Jonas Weber',
          candidateId: CANDIDATE_ID,
          action: 'read_candidate',
          route: `GET /api/candidates/${CANDIDATE_ID}`,
          count: 1,
          day: null,
        },
        {
          id: 'appearance:2026-11-20:firm',
          at: '2026-11-20T15:00:00Z',
          actorAccountId: 'acc-employer',
          actorRole: 'employer',
          actorName: 'Petra Personal',
          actorCompanyId: 'firm',
          actorCompanyName: 'Metallbau Remstal GmbH',
          actorDisplay: 'Metallbau Remstal GmbH',
          candidateId: CANDIDATE_ID,
          action: 'list_pseudonymous_profiles',
          route: 'GET /api/profiles',
          count: 3,
          day: '2026-11-20',
        },
      ],
    }),
    ...overrides,
  });
  return api;
}

describe('the candidate account page', () => {
  it('lists the authorised mentor and withdraws the authorisation after asking, with the CSRF token', async () => {
    rememberSession();
    const api = candidateApi();
    const fa = CATALOGUES.fa;
    // Chosen in the language switcher, so the account's own language (Arabic) does not take over.
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'fa');
    const { user } = renderApp({ language: 'fa', path: '/account' });

    const mentors = await screen.findByRole('region', { name: fa.account.mentors.title });
    const active = await within(mentors).findByRole('list', { name: fa.account.mentors.activeList });
    expect(within(active).getByText('Jonas Weber')).toBeInTheDocument();
    await user.click(within(active).getByRole('button', { name: new RegExp(fa.account.mentors.withdraw) }));

    const dialog = await screen.findByRole('dialog', { name: fa.account.mentors.confirmTitle });
    expect(dialog).toHaveTextContent('Jonas Weber');
    await user.click(within(dialog).getByRole('button', { name: fa.account.mentors.confirmButton }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await within(mentors).findByText(fa.account.mentors.none)).toBeInTheDocument();
    expect(within(mentors).getByRole('list', { name: fa.account.mentors.formerTitle })).toHaveTextContent(
      'Jonas Weber',
    );
    const withdrawal = api.calls.find((call) => call.method === 'DELETE');
    expect(withdrawal?.url.pathname).toBe('/api/me/mentors/ms-1');
    expect(withdrawal?.headers.get(CSRF_HEADER)).toBe(MOCK_CSRF_TOKEN);
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
  });

  it('says in the reader language when no mentor has the e-mail', async () => {
    rememberSession();
    candidateApi({
      '/api/me/mentors': (_url, request) =>
        request.method === 'POST'
          ? apiError(404, 'MENTOR_NOT_FOUND', [
              { field: 'mentorEmail', code: 'NOT_FOUND', message: 'no mentor with this e-mail' },
            ])
          : [],
    });
    const uk = CATALOGUES.uk;
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'uk');
    const { user } = renderApp({ language: 'uk', path: '/account' });

    const mentors = await screen.findByRole('region', { name: uk.account.mentors.title });
    await user.type(
      await within(mentors).findByRole('textbox', { name: uk.account.mentors.addLabel }),
      'nobody@example.org',
    );
    await user.click(within(mentors).getByRole('button', { name: uk.account.mentors.addSubmit }));

    const field = within(mentors).getByRole('textbox', { name: uk.account.mentors.addLabel });
    await waitFor(() =>
      expect(field).toHaveAccessibleDescription(expect.stringContaining(uk.account.mentors.notFound)),
    );
    expect(mentors).not.toHaveTextContent('no mentor with this e-mail');
  });

  it('shows the consent text in the reader language, records consent for the version read, and shows who looked', async () => {
    rememberSession();
    const api = candidateApi();
    const ar = CATALOGUES.ar;
    // No language chosen yet: the page speaks the account's language (Arabic), not the browser's German.
    const { user } = renderApp({ language: 'de', path: '/account' });

    const consent = await screen.findByRole('region', { name: ar.account.consent.title });
    expect(await within(consent).findByText(SEARCHABLE_PROFILE_CONSENT.body.ar)).toBeInTheDocument();
    expect(within(consent).getByRole('status')).toHaveTextContent(ar.account.consent.statusOff);
    await user.click(within(consent).getByRole('button', { name: ar.account.consent.give }));

    expect(await within(consent).findByText(ar.account.consent.statusOn)).toBeInTheDocument();
    expect(within(consent).getByText(ar.account.consent.inForce)).toBeInTheDocument();
    expect(within(consent).getByRole('button', { name: ar.account.consent.withdraw })).toBeInTheDocument();
    const given = api.calls.find((call) => call.method === 'POST' && call.url.pathname.endsWith('/consent'));
    expect(given?.body).toEqual({ textVersion: SEARCHABLE_PROFILE_CONSENT.version });

    const log = screen.getByRole('region', { name: ar.account.accessLog.title });
    // Each entry is a sentence in the reader's language, naming the firm for employers.
    expect(
      await within(log).findByText(ar.accessLog.sentences.read_candidate.replace('{{actor}}', 'Jonas Weber')),
    ).toBeInTheDocument();
    expect(
      within(log).getByText(
        ar.accessLog.sentences
          .list_pseudonymous_profiles_few!.replace('{{actor}}', 'Metallbau Remstal GmbH')
          .replace('{{count}}', '3'),
      ),
    ).toBeInTheDocument();
    expect(within(log).getByText(ar.roleNames.mentor)).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'ar');
  });
});
