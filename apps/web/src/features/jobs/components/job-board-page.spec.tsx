import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '@passgenau/i18n';
import { mockApi } from '../../../testing/api-mock';
import { renderApp } from '../../../testing/render-app';
import type { JobBoardOfferItem, JobBoardPage, Town } from '../api/schemas';
import { filtersFromSearchParams, filtersToSearchParams, jobBoardQuery } from './job-filters';

const towns: Town[] = [
  {
    ags: '08119079',
    name: 'Waiblingen',
    district: 'Rems-Murr-Kreis',
    state: 'Baden-Württemberg',
    lat: 48.83,
    lon: 9.32,
    population: 56000,
    postalCodes: ['71332'],
  },
  {
    ags: '08119008',
    name: 'Backnang',
    district: 'Rems-Murr-Kreis',
    state: 'Baden-Württemberg',
    lat: 48.95,
    lon: 9.43,
    population: 38000,
    postalCodes: ['71522'],
  },
];

function offer(overrides: Partial<JobBoardOfferItem> = {}): JobBoardOfferItem {
  return {
    id: 'offer-1',
    kind: 'apprenticeship',
    title: 'Ausbildung Schweißer 2027',
    company: { id: 'c1', name: 'Metallbau Remstal GmbH', logoUrl: null },
    place: {
      townAgs: '08119079',
      townName: 'Waiblingen',
      locality: null,
      postalCode: '71334',
      street: null,
      lat: 48.83,
      lon: 9.32,
    },
    distanceKm: null,
    occupation: {
      code: 'http://data.europa.eu/esco/occupation/welder',
      labels: {
        de: { text: 'Schweißer/Schweißerin', source: 'esco' },
        fa: { text: 'جوشکار', source: 'passgenau' },
      },
      iscoGroup: '7212',
      field: 'metal',
    },
    germanMinimum: { overall: 'B1', understanding: null, speaking: null, writing: null, highest: 'B1' },
    startsOn: '2027-09-01',
    hoursPerWeek: 39,
    durationWeeks: null,
    places: 1,
    closesOn: null,
    suitableForCareerChangers: false,
    source: 'passgenau',
    externalUrl: null,
    publishedAt: null,
    ...overrides,
  };
}

function page(items: JobBoardOfferItem[]): JobBoardPage {
  return { total: items.length, page: 1, pageSize: 12, near: null, items };
}

describe('job filters', () => {
  it('turn into the query of the job board and back into the page address', () => {
    const filters = filtersFromSearchParams(
      new URLSearchParams(
        'q=Lager&town=08119079&near=08119008&radius=20&kind=eq&field=metal&german=A2&page=3',
      ),
    );
    expect(jobBoardQuery(filters)).toEqual({
      q: 'Lager',
      townAgs: '08119079',
      nearTown: '08119008',
      radiusKm: 20,
      kind: 'eq',
      field: 'metal',
      maxGermanLevel: 'A2',
      page: 3,
      pageSize: 12,
    });
    expect(filtersToSearchParams(filters).toString()).toBe(
      'q=Lager&town=08119079&near=08119008&radius=20&kind=eq&field=metal&german=A2&page=3',
    );
  });

  it('leave out what is unknown, and the radius without a town to measure from', () => {
    const filters = filtersFromSearchParams(
      new URLSearchParams('town=Waiblingen&kind=dream&radius=7&german=Z9&page=-1'),
    );
    const query = jobBoardQuery(filters);
    expect(query).toMatchObject({
      townAgs: undefined,
      kind: undefined,
      radiusKm: undefined,
      maxGermanLevel: undefined,
      page: 1,
    });
  });
});

describe('JobBoardPage', () => {
  it('sends the chosen filters as query parameters and shows the occupation in Farsi', async () => {
    const api = mockApi({
      '/api/towns': () => towns,
      '/api/job-board/offers': (url) =>
        url.searchParams.get('townAgs') === '08119079' ? page([offer()]) : page([]),
    });
    const { user } = renderApp({ language: 'fa', path: '/jobs' });
    const texts = CATALOGUES.fa.jobs;

    await user.click(await screen.findByRole('combobox', { name: texts.filters.town }));
    await user.click(await screen.findByRole('option', { name: 'Waiblingen' }));
    await user.click(screen.getByRole('combobox', { name: texts.filters.kind }));
    await user.click(await screen.findByRole('option', { name: texts.kinds.apprenticeship }));
    await user.click(screen.getByRole('combobox', { name: texts.filters.maxGerman }));
    await user.click(
      await screen.findByRole('option', { name: texts.filters.germanUpTo.replace('{{level}}', 'B1') }),
    );

    const list = await screen.findByRole('list', { name: texts.results.list });
    const card = within(list).getByRole('listitem');
    expect(within(card).getByText('جوشکار')).toHaveAttribute('lang', 'fa');
    expect(within(card).queryByText('DE')).not.toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'Ausbildung Schweißer 2027' })).toHaveAttribute(
      'href',
      '/jobs/offer-1',
    );

    await waitFor(() => {
      const last = api.requests.filter((url) => url.pathname === '/api/job-board/offers').at(-1);
      expect(Object.fromEntries(last?.searchParams ?? [])).toEqual({
        townAgs: '08119079',
        kind: 'apprenticeship',
        maxGermanLevel: 'B1',
        page: '1',
        pageSize: '12',
      });
    });
  });

  it('marks a German label shown because the taxonomy has none in the reader language', async () => {
    const germanOnly = offer({
      occupation: {
        code: 'x',
        labels: { de: { text: 'Fachlagerist/Fachlageristin', source: 'esco' } },
        iscoGroup: '4321',
        field: 'logistics',
      },
    });
    mockApi({ '/api/towns': () => towns, '/api/job-board/offers': () => page([germanOnly]) });
    renderApp({ language: 'uk', path: '/jobs?near=08119008&radius=20' });

    const card = within(await screen.findByRole('list', { name: CATALOGUES.uk.jobs.results.list })).getByRole(
      'listitem',
    );
    expect(within(card).getByText('Fachlagerist/Fachlageristin')).toHaveAttribute('lang', 'de');
    expect(within(card).getByText('DE')).toBeInTheDocument();
  });
});
