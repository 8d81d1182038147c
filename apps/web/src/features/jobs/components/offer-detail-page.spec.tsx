import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '@passgenau/i18n';
import { mockApi } from '../../../testing/api-mock';
import { renderApp } from '../../../testing/render-app';
import { callsRefusedFor } from '../../../testing/route-access';
import { createAccount, createSession, rememberSession } from '../../../testing/session-factories';
import type { JobBoardOfferDetail } from '../api/schemas';

function detail(interestMarkedAt: string | null): JobBoardOfferDetail {
  return {
    id: 'offer-1',
    kind: 'apprenticeship',
    title: 'Ausbildung Schweißen',
    company: { id: 'c1', name: 'Metallbau Remstal GmbH', logoUrl: null },
    place: {
      townAgs: '08119079',
      townName: 'Waiblingen',
      locality: null,
      postalCode: '71334',
      street: 'Industriestraße 14',
      lat: 48.8,
      lon: 9.3,
    },
    distanceKm: null,
    occupation: {
      code: 'welder',
      labels: {
        de: { text: 'Schweißer/Schweißerin', source: 'esco' },
        ar: { text: 'عامل لحام / عاملة لحام', source: 'esco' },
      },
      iscoGroup: '7212',
      field: 'metal',
    },
    germanMinimum: { overall: 'A2', understanding: null, speaking: 'B1', writing: null, highest: 'B1' },
    startsOn: '2027-09-01',
    hoursPerWeek: 39,
    durationWeeks: null,
    places: 2,
    closesOn: null,
    suitableForCareerChangers: true,
    source: 'passgenau',
    externalUrl: null,
    publishedAt: null,
    description: 'Wir freuen uns auf Sie.',
    descriptionLang: 'de',
    requiredCompetences: [
      { code: 'weld', labels: { de: { text: 'Schweißgeräte bedienen', source: 'passgenau' } } },
    ],
    niceToHaveCompetences: [],
    helpfulLanguages: ['ar'],
    companyProfile: {
      wzSection: 'C',
      sizeBand: '10-49',
      website: null,
      languages: ['de'],
      canHostInterpreters: true,
      needsInterpreters: false,
    },
    interestMarkedAt,
  };
}

describe('OfferDetailPage', () => {
  it('labels competences in the reader language (German marked) and lets a candidate mark interest', async () => {
    rememberSession();
    const account = createAccount({ role: 'candidate', candidateId: 'cand-1', preferredLanguage: 'ar' });
    let marked: string | null = null;
    const api = mockApi({
      '/api/auth/me': () => account,
      '/api/auth/refresh': () => createSession(account),
      '/api/job-board/offers/offer-1': () => detail(marked),
      '/api/job-board/offers/offer-1/interest': () => {
        marked = '2026-11-25T12:00:00Z';
        return { offerId: 'offer-1', candidateId: 'cand-1', markedAt: marked, markedOnBehalf: false };
      },
    });
    const { user } = renderApp({ language: 'ar', path: '/jobs/offer-1' });
    const texts = CATALOGUES.ar.jobs;

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Ausbildung Schweißen' }),
    ).toBeInTheDocument();
    expect(screen.getByText('عامل لحام / عاملة لحام')).toHaveAttribute('lang', 'ar');
    const required = screen.getByRole('list', { name: texts.offer.required });
    expect(within(required).getByText('Schweißgeräte bedienen')).toHaveAttribute('lang', 'de');
    expect(within(required).getByText('DE')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: texts.interest.mark }));
    expect(await screen.findByText(texts.interest.marked)).toBeInTheDocument();
    const put = api.calls.find((call) => call.url.pathname.endsWith('/interest'));
    expect(put?.method).toBe('PUT');
    expect(put?.body).toEqual({});
    expect(screen.getByRole('button', { name: texts.interest.remove })).toBeInTheDocument();
  });

  it('asks a signed-out visitor to sign in without calling routes for signed-in users', async () => {
    const api = mockApi({ '/api/job-board/offers/offer-1': () => detail(null) });
    renderApp({ language: 'de', path: '/jobs/offer-1' });

    expect(await screen.findByRole('link', { name: CATALOGUES.de.jobs.interest.signIn })).toBeInTheDocument();
    expect(callsRefusedFor(api.calls, null)).toEqual([]);
  });

  it('calls no mentor route for a candidate, and loads the candidates of a mentor', async () => {
    rememberSession();
    const candidate = createAccount({ role: 'candidate', candidateId: 'cand-1' });
    const api = mockApi({
      '/api/auth/me': () => candidate,
      '/api/job-board/offers/offer-1': () => detail(null),
    });
    const first = renderApp({ language: 'de', path: '/jobs/offer-1' });
    expect(await screen.findByRole('button', { name: CATALOGUES.de.jobs.interest.mark })).toBeInTheDocument();
    expect(callsRefusedFor(api.calls, 'candidate')).toEqual([]);
    first.unmount();

    const mentor = createAccount({ role: 'mentor' });
    const mentorApi = mockApi({
      '/api/auth/me': () => mentor,
      '/api/job-board/offers/offer-1': () => detail(null),
      '/api/mentor/candidates': () => [],
    });
    renderApp({ language: 'de', path: '/jobs/offer-1' });
    await screen.findByRole('heading', { level: 1, name: 'Ausbildung Schweißen' });
    await waitFor(() =>
      expect(mentorApi.calls.some((call) => call.url.pathname === '/api/mentor/candidates')).toBe(true),
    );
    expect(callsRefusedFor(mentorApi.calls, 'mentor')).toEqual([]);
  });
});
