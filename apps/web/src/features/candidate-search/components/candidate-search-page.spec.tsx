import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { UiLanguage } from '@passgenau/domain';
import { CATALOGUES } from '@passgenau/i18n';
import { mockApi } from '../../../testing/api-mock';
import { renderApp } from '../../../testing/render-app';
import { createAccount, createSession, rememberSession } from '../../../testing/session-factories';
import type { CandidateHit, CandidateSearchResult, SearchFacets } from '../api/candidate-search';
import { EMPTY_SEARCH, searchFromParams, searchQuery, searchToParams } from '../model/search-filters';

const WELDING = 'http://data.europa.eu/esco/skill/welding';
const SITE_ID = '3f1c2a4b-5d6e-4f70-8a9b-0c1d2e3f4a5b';

const weldingLabels = {
  de: { text: 'Schweißen', source: 'esco' as const },
  ar: { text: 'لحام', source: 'passgenau' as const },
};

function hit(overrides: Partial<CandidateHit> = {}): CandidateHit {
  return {
    pseudonym: 'K-7F3Q',
    matchedCompetences: [
      { code: WELDING, labels: weldingLabels, evidence: 'iba', level: 'good', byFilter: true },
    ],
    competenceCount: 6,
    wishedOccupations: [],
    germanLevel: 'B1',
    mathsLevel: 'good',
    computerLevel: 'basic',
    kindsWished: ['apprenticeship'],
    availableFrom: null,
    townName: 'Backnang',
    distanceKm: 12.4,
    travelKm: 30,
    drivingLicences: ['B'],
    mayWork: 'yes',
    ...overrides,
  };
}

const facets: SearchFacets = {
  occupationalField: [
    { value: 'metal', count: 7 },
    { value: 'logistics', count: 3 },
  ],
  competences: [{ value: WELDING, count: 5 }],
  germanLevel: [
    { value: 'A2', count: 2 },
    { value: 'B1', count: 4 },
    { value: 'B2', count: 1 },
  ],
  evidence: [{ value: 'iba', count: 2 }],
  kindOfWork: [
    { value: 'apprenticeship', count: 6 },
    { value: 'job', count: 4 },
  ],
  mathsLevel: [],
  computerLevel: [],
  drivingLicence: [],
  mayWork: [
    { value: 'yes', count: 8 },
    { value: 'with_approval', count: 1 },
  ],
};

function result(hits: CandidateHit[]): CandidateSearchResult {
  return {
    total: hits.length,
    page: 1,
    pageSize: 10,
    near: { kind: 'town', id: '08119079', name: 'Waiblingen' },
    hits,
    facets,
  };
}

function signInAsEmployer(
  handlers: Parameters<typeof mockApi>[0] = {},
  preferredLanguage: UiLanguage = 'de',
) {
  rememberSession();
  const account = createAccount({
    role: 'employer',
    companyId: 'company-1',
    companyRole: 'manager',
    preferredLanguage,
  });
  return mockApi({
    '/api/auth/me': () => account,
    '/api/auth/refresh': () => createSession(account),
    '/api/me/company': () => ({ id: 'company-1', sites: [] }),
    '/api/towns': () => [],
    '/api/taxonomy/concepts': () => ({
      code: WELDING,
      kind: 'skill',
      iscoGroup: null,
      labels: weldingLabels,
      allLabels: {},
      descriptionEn: null,
      descriptionDe: null,
      skills: [],
    }),
    '/api/candidate-search': () => result([hit()]),
    ...handlers,
  });
}

const lastSearch = (requests: URL[]) =>
  requests.filter((url) => url.pathname === '/api/candidate-search').at(-1);

describe('search filters in the page address', () => {
  it('turn into the query of the candidate search and back into the same address', () => {
    const address =
      'q=Schwei%C3%9Fen&field=metal&field=logistics&competence=c1&german=B1&maths=good&evidence=assessed' +
      `&kind=job&from=2027-03-01&near=${SITE_ID}&radius=30&sort=distance&licence=1&mayWork=yes&page=2`;
    const filters = searchFromParams(new URLSearchParams(address));
    expect(searchQuery(filters)).toEqual({
      q: 'Schweißen',
      occupationalField: ['metal', 'logistics'],
      competences: ['c1'],
      minGermanLevel: 'B1',
      coreSkills: ['maths:good'],
      evidence: 'assessed',
      kindOfWork: ['job'],
      availableBy: '2027-03-01',
      near: SITE_ID,
      radiusKm: 30,
      hasDrivingLicence: true,
      mayWork: ['yes'],
      sort: 'distance',
      page: 2,
      pageSize: 10,
    });
    expect(searchToParams(filters).toString()).toBe(address);
  });

  it('leave out what is unknown, and radius and distance sort without a place to measure from', () => {
    const filters = searchFromParams(
      new URLSearchParams(
        'field=space&german=Z1&kind=dream&radius=30&sort=distance&page=-4&near=Waiblingen&from=soon',
      ),
    );
    expect(filters).toEqual(EMPTY_SEARCH);
    expect(searchQuery(filters)).toMatchObject({
      radiusKm: undefined,
      near: undefined,
      sort: 'relevance',
      page: 1,
    });
    expect(searchToParams(filters).toString()).toBe('');
  });
});

describe('CandidateSearchPage', () => {
  it('sends the filters of the address, shows facet counts and the hit with its evidence and distance', async () => {
    const api = signInAsEmployer();
    const texts = CATALOGUES.de.candidateSearch;
    const { user, router } = renderApp({
      language: 'de',
      path: '/search?q=Schwei%C3%9Fen&near=08119079&radius=20&german=B1',
    });

    const list = await screen.findByRole('list', { name: texts.results.list });
    const [card] = within(list).getAllByRole('listitem');
    const link = within(card).getByRole('link', { name: 'Kandidat K-7F3Q' });
    expect(link).toHaveAttribute('href', '/profiles/K-7F3Q');
    expect(within(link).getByText('K-7F3Q').tagName).toBe('BDI');
    expect(within(card).getByText('Schweißen')).toHaveAttribute('lang', 'de');
    expect(within(card).getByText(texts.evidence.iba)).toBeInTheDocument();
    expect(within(card).getByText('Deutsch B1')).toBeInTheDocument();
    const distance = card.querySelector('[data-distance]');
    expect(distance?.textContent?.replace(/[\u2068\u2069]/g, '')).toBe('12,4 km von Waiblingen');
    expect(screen.getByRole('status')).toHaveTextContent('1 Kandidat gefunden');
    expect(Object.fromEntries(lastSearch(api.requests)?.searchParams ?? [])).toEqual({
      q: 'Schweißen',
      near: '08119079',
      radiusKm: '20',
      minGermanLevel: 'B1',
      sort: 'relevance',
      page: '1',
      pageSize: '10',
    });

    // On a phone the filters open from a button; the facets carry the counts of the hits.
    await user.click(screen.getByRole('button', { name: texts.filters.show + ' · 2 Filter aktiv' }));
    const fields = screen.getByRole('group', { name: texts.filters.field });
    expect(within(fields).getByRole('checkbox', { name: 'Metall (7)' })).not.toBeChecked();
    expect(within(fields).getByRole('checkbox', { name: 'Lager und Logistik (3)' })).toBeInTheDocument();
    // Fields without hits are not offered.
    expect(within(fields).queryByRole('checkbox', { name: /Pflege/ })).not.toBeInTheDocument();
    const kinds = screen.getByRole('group', { name: texts.filters.kind });
    expect(within(kinds).getByRole('checkbox', { name: 'Ausbildung (6)' })).toBeInTheDocument();
    expect(within(kinds).getByRole('checkbox', { name: 'Praktikum (0)' })).toBeInTheDocument();
    expect(await screen.findByRole('checkbox', { name: 'Schweißen (5)' })).toBeInTheDocument();

    // Ticking a facet changes the address (a new history entry) and the query.
    await user.click(within(fields).getByRole('checkbox', { name: 'Metall (7)' }));
    await waitFor(() => expect(router.state.location.search).toContain('field=metal'));
    expect(router.state.historyAction).toBe('PUSH');
    await waitFor(() =>
      expect(lastSearch(api.requests)?.searchParams.getAll('occupationalField')).toEqual(['metal']),
    );

    // A frequent competence of the hits becomes a competence filter, found by its code.
    await user.click(screen.getByRole('checkbox', { name: 'Schweißen (5)' }));
    await waitFor(() =>
      expect(lastSearch(api.requests)?.searchParams.getAll('competences')).toEqual([WELDING]),
    );
    expect(
      screen.getByRole('button', { name: texts.filters.removeCompetence.replace('{{name}}', 'Schweißen') }),
    ).toBeInTheDocument();

    // Back returns to the previous search.
    await router.navigate(-1);
    await waitFor(() => expect(router.state.location.search).not.toContain('competence='));
    expect(router.state.location.search).toContain('field=metal');
    await waitFor(() =>
      expect(
        screen.queryByRole('button', {
          name: texts.filters.removeCompetence.replace('{{name}}', 'Schweißen'),
        }),
      ).not.toBeInTheDocument(),
    );
    expect(screen.getByRole('checkbox', { name: 'Metall (7)' })).toBeChecked();
  }, 120_000);

  it('shows the search in Arabic, right to left, with the competence label in Arabic', async () => {
    signInAsEmployer({}, 'ar');
    renderApp({ language: 'ar', path: '/search' });
    const texts = CATALOGUES.ar.candidateSearch;
    const list = await screen.findByRole('list', { name: texts.results.list }, { timeout: 5000 });
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(within(list).getByText('لحام')).toHaveAttribute('lang', 'ar');
    expect(within(list).getByText(texts.evidence.iba)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(texts.results.total_one);
  });

  it('says why an unverified firm cannot search yet', async () => {
    signInAsEmployer({
      '/api/candidate-search': () => ({
        status: 403,
        body: { statusCode: 403, code: 'COMPANY_NOT_VERIFIED', message: 'not verified' },
      }),
    });
    renderApp({ language: 'de', path: '/search' });
    expect(await screen.findByRole('alert')).toHaveTextContent(CATALOGUES.de.errorCodes.COMPANY_NOT_VERIFIED);
  });
});
