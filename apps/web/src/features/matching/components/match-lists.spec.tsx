import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { UiLanguage } from '@passgenau/domain';
import { CATALOGUES } from '@passgenau/i18n';
import { mockApi } from '../../../testing/api-mock';
import { renderApp } from '../../../testing/render-app';
import { createAccount, createSession, rememberSession } from '../../../testing/session-factories';
import type { CandidateMatches, OfferMatch, OfferMatches } from '../api';
import type { MatchExplanationData } from '../match-explanation';

const MAG = 'passgenau:skill/perform-metal-active-gas-welding';
const GEAR = 'passgenau:skill/wear-appropriate-protective-gear';
const OFFER_ID = '80369ec1-95d9-4f41-ab18-06b02219eef4';

const concepts = [
  {
    code: MAG,
    labels: {
      de: { text: 'MAG-Schweißen (Schutzgas)', source: 'passgenau' as const },
      ar: { text: 'لحام ماج بالغاز النشط', source: 'passgenau' as const },
    },
  },
  {
    code: GEAR,
    labels: {
      de: { text: 'Schutzausrüstung tragen', source: 'passgenau' as const },
      ar: { text: 'ارتداء معدات الوقاية', source: 'passgenau' as const },
    },
  },
];

const explanation: MatchExplanationData = {
  required: { covered: [{ code: MAG, evidence: 'confirmed', weight: 1 }], related: [], missing: [GEAR] },
  niceToHave: { covered: [], related: [], missing: [] },
  language: {
    fit: 'slightly_below',
    strict: false,
    parts: [{ part: 'speaking', minimum: 'B1', actual: 'A2', gap: 1 }],
  },
  distance: { fit: 'within', km: 7.6, travelKm: 25, offerMaxKm: null },
  availability: { fit: 'late', startsOn: '2026-12-16', earliestStart: '2026-12-19', lateDays: 3 },
  wishes: { kind: 'wished', occupation: 'occupation' },
  workPermit: 'yes',
  components: { required: 0.5, niceToHave: 1, german: 0.6, distance: 0.9, availability: 0.8, wishes: 1 },
};

function signIn(
  role: 'employer' | 'candidate',
  language: UiLanguage,
  handlers: Parameters<typeof mockApi>[0],
) {
  rememberSession();
  const account = createAccount({
    role,
    preferredLanguage: language,
    ...(role === 'employer'
      ? { companyId: 'company-1', companyRole: 'manager' as const }
      : { candidateId: 'c-1' }),
  });
  return mockApi({
    '/api/auth/me': () => account,
    '/api/auth/refresh': () => createSession(account),
    ...handlers,
  });
}

describe('matches for an offer', () => {
  it('ranks the candidates and opens one with its explanation in German', async () => {
    const list: OfferMatches = {
      offerId: OFFER_ID,
      total: 1,
      page: 1,
      pageSize: 10,
      items: [{ pseudonym: 'K-2UZW', homeTownName: 'Waiblingen', score: 0.8, percent: 80, explanation }],
      concepts,
    };
    const one: OfferMatch = { ...list.items[0]!, concepts };
    signIn('employer', 'de', {
      [`/api/offers/${OFFER_ID}`]: () => ({ id: OFFER_ID, title: 'Schweißer/in (MAG) in Vollzeit' }),
      [`/api/offers/${OFFER_ID}/matches`]: () => list,
      [`/api/offers/${OFFER_ID}/matches/K-2UZW`]: () => one,
    });
    const texts = CATALOGUES.de.matchLists;
    const { user } = renderApp({ language: 'de', path: `/offers/${OFFER_ID}/matches` });

    const ranked = await screen.findByRole('list', { name: texts.offer.list });
    const [item] = within(ranked).getAllByRole('listitem');
    expect(within(item!).getByText('K-2UZW').tagName).toBe('BDI');
    expect(within(item!).getByText('80 % passend')).toBeInTheDocument();
    expect(within(item!).getByText('1 von 2 verlangten Fähigkeiten')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('1 passender Kandidat');

    await user.click(within(item!).getByRole('link', { name: /^Warum es passt/ }));
    expect(
      await screen.findByRole('heading', { level: 2, name: CATALOGUES.de.matching.title }),
    ).toBeInTheDocument();
    // The explanation is the shared MatchExplanation, in German.
    const explanationBox = screen.getByTestId('match-explanation');
    const required = within(explanationBox).getByTestId('match-required');
    expect(required).toHaveTextContent('MAG-Schweißen (Schutzgas)');
    expect(required).toHaveTextContent(CATALOGUES.de.matching.evidence.confirmed);
    expect(required).toHaveTextContent('Schutzausrüstung tragen');
    expect(required).toHaveTextContent(CATALOGUES.de.matching.competences.missing);
    expect(
      within(explanationBox).getByText(CATALOGUES.de.matching.language.fit.slightly_below, { exact: false }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: texts.offer.openProfile })).toHaveAttribute(
      'href',
      '/profiles/K-2UZW',
    );
  });
});

describe('offers for me', () => {
  it('shows the ranked offers and, on request, why one fits, in Arabic', async () => {
    const mine: CandidateMatches = {
      candidateId: 'c-1',
      total: 1,
      page: 1,
      pageSize: 10,
      blockedBy: [],
      items: [
        {
          offer: {
            id: OFFER_ID,
            title: 'Schweißer/in (MAG) in Vollzeit',
            kind: 'job',
            companyId: 'company-1',
            companyName: 'Metallbau Remstal GmbH (Demo)',
            occupationCode: null,
            place: 'Waiblingen',
            startsOn: '2026-12-16',
          },
          score: 0.8,
          percent: 80,
          explanation,
        },
      ],
      concepts,
    };
    const api = signIn('candidate', 'ar', { '/api/me/matches': () => mine });
    const texts = CATALOGUES.ar.matchLists;
    const { user } = renderApp({ language: 'ar', path: '/matches' });

    const list = await screen.findByRole('list', { name: texts.mine.list });
    const [item] = within(list).getAllByRole('listitem');
    expect(within(item!).getByRole('link', { name: 'Schweißer/in (MAG) in Vollzeit' })).toHaveAttribute(
      'href',
      `/jobs/${OFFER_ID}`,
    );
    expect(within(item!).queryByTestId('match-explanation')).toBeNull();

    const why = within(item!).getByRole('button', { name: texts.why });
    expect(why).toHaveAttribute('aria-expanded', 'false');
    await user.click(why);
    expect(within(item!).getByRole('button', { name: texts.hideWhy })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    const panel = within(item!).getByTestId('match-explanation');
    const ar = CATALOGUES.ar.matching;
    expect(within(panel).getByRole('heading', { name: ar.sections.required })).toBeInTheDocument();
    expect(within(panel).getByTestId('match-required')).toHaveTextContent('لحام ماج بالغاز النشط');
    expect(within(panel).getByText(ar.language.fit.slightly_below, { exact: false })).toBeInTheDocument();
    expect(api.requests.some((url) => url.pathname === '/api/me/matches')).toBe(true);
  });

  it('says why no offer can be proposed while the work permit is missing', async () => {
    signIn('candidate', 'de', {
      '/api/me/matches': () => ({
        candidateId: 'c-1',
        total: 0,
        page: 1,
        pageSize: 10,
        blockedBy: ['may_not_work'],
        items: [],
        concepts: [],
      }),
    });
    renderApp({ language: 'de', path: '/matches' });
    expect(await screen.findByText(CATALOGUES.de.matchLists.mine.blocked.may_not_work)).toBeInTheDocument();
  });
});
