import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '@passgenau/i18n';
import { mockApi } from '../../../testing/api-mock';
import { renderApp } from '../../../testing/render-app';
import { createConcept, createHit, createSearchResult } from '../../../testing/taxonomy-factories';

const welder = createHit({
  code: 'http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b',
  labels: {
    de: { text: 'Schweißer/Schweißerin', source: 'esco' },
    en: { text: 'welder', source: 'esco' },
  },
  matched: { lang: 'de', text: 'Metallschweißer' },
});

describe('CompetenceExplorer', () => {
  it('shows a hit in German with a fallback badge when the reader language lacks the label', async () => {
    const api = mockApi({
      '/api/taxonomy/occupations': (url) => createSearchResult(url.searchParams.get('q') ?? '', [welder]),
    });
    const { user } = renderApp({ language: 'fa' });

    await user.type(
      screen.getByRole('searchbox', { name: CATALOGUES.fa.explorer.searchOccupations }),
      'Metallschweißer',
    );

    const results = await screen.findByRole('list', { name: CATALOGUES.fa.explorer.searchOccupations });
    const hit = within(results).getByRole('button', { name: /Schweißer\/Schweißerin/ });
    expect(hit).toHaveAttribute('data-code', welder.code);
    expect(within(hit).getByText('Schweißer/Schweißerin')).toHaveAttribute('lang', 'de');
    expect(within(hit).getByText('DE')).toBeInTheDocument();
    const hint = CATALOGUES.fa.explorer.fallbackHint.replace('{{language}}', CATALOGUES.fa.language.names.de);
    expect(within(hit).getByText(hint)).toBeInTheDocument();
    expect(hit).toHaveTextContent(`${CATALOGUES.fa.explorer.matchedVia} Metallschweißer`);

    const searched = api.requests.filter((url) => url.pathname === '/api/taxonomy/occupations');
    expect(searched.at(-1)?.searchParams.get('lang')).toBe('fa');
    expect(searched.at(-1)?.searchParams.get('q')).toBe('Metallschweißer');
    // Debounced: typing 15 letters does not send 15 requests.
    expect(searched.length).toBeLessThan(4);
  });

  it('shows the label in the reader language without a badge, and marks the product own translation', async () => {
    const translated = createHit({
      labels: {
        de: { text: 'Schweißer/Schweißerin', source: 'esco' },
        uk: { text: 'зварювальник / зварювальниця', source: 'passgenau' },
      },
      matched: { lang: 'uk', text: 'зварювальник / зварювальниця' },
    });
    mockApi({ '/api/taxonomy/occupations': () => createSearchResult('зварювальник', [translated]) });
    const { user } = renderApp({ language: 'uk' });

    await user.type(
      screen.getByRole('searchbox', { name: CATALOGUES.uk.explorer.searchOccupations }),
      'зварювальник',
    );

    const hit = await screen.findByRole('button', { name: /зварювальник \/ зварювальниця/ });
    expect(within(hit).queryByText('DE')).not.toBeInTheDocument();
    expect(within(hit).getByText(CATALOGUES.uk.explorer.ownTranslation)).toBeInTheDocument();
    expect(hit).not.toHaveTextContent(CATALOGUES.uk.explorer.matchedVia);
    // The German name, which employers see, stands below.
    expect(hit).toHaveTextContent(`${CATALOGUES.uk.language.names.de}: Schweißer/Schweißerin`);
    expect(within(hit).getByText('Schweißer/Schweißerin')).toHaveAttribute('lang', 'de');
  });

  it('searches competences after the switch and says when nothing is found', async () => {
    const api = mockApi({
      '/api/taxonomy/skills': (url) => createSearchResult(url.searchParams.get('q') ?? '', []),
    });
    const { user } = renderApp({ language: 'en' });

    await user.click(screen.getByRole('radio', { name: CATALOGUES.en.explorer.competences }));
    await user.type(
      screen.getByRole('searchbox', { name: CATALOGUES.en.explorer.searchCompetences }),
      'xylophone',
    );

    expect(await screen.findByText(CATALOGUES.en.explorer.empty)).toBeInTheDocument();
    expect(api.requests.every((url) => url.pathname === '/api/taxonomy/skills')).toBe(true);
  });

  it('explains a failed search in the reader language and offers to try again', async () => {
    mockApi({
      '/api/taxonomy/occupations': () => ({
        status: 503,
        body: { statusCode: 503, code: 'SERVICE_UNAVAILABLE', message: 'Search is down' },
      }),
    });
    const { user } = renderApp({ language: 'ar' });

    await user.type(
      screen.getByRole('searchbox', { name: CATALOGUES.ar.explorer.searchOccupations }),
      'لحام',
    );

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(CATALOGUES.ar.errors.unavailable);
    expect(within(alert).getByRole('button', { name: CATALOGUES.ar.errors.retry })).toBeInTheDocument();
  });

  it('opens a detail with the labels in every language and the essential skills', async () => {
    const essential = createHit({
      code: 'http://data.europa.eu/esco/skill/weld',
      kind: 'skill',
      iscoGroup: null,
      labels: {
        de: { text: 'Schweißgeräte bedienen', source: 'passgenau' },
        en: { text: 'operate welding equipment', source: 'esco' },
      },
    });
    const api = mockApi({
      '/api/taxonomy/occupations': () => createSearchResult('Schweißer', [welder]),
      '/api/taxonomy/concepts': (url) =>
        url.searchParams.get('code') === welder.code
          ? createConcept(welder, {
              descriptionDe: 'Schweißer verbinden Metallteile.',
              skills: [{ code: essential.code, essential: true, labels: essential.labels }],
            })
          : { status: 404, body: { statusCode: 404, code: 'NOT_FOUND', message: 'unknown' } },
    });
    const { user } = renderApp({ language: 'de' });

    await user.type(
      screen.getByRole('searchbox', { name: CATALOGUES.de.explorer.searchOccupations }),
      'Schweißer',
    );
    await user.click(await screen.findByRole('button', { name: /Schweißer\/Schweißerin/ }));

    const drawer = await screen.findByRole('dialog');
    expect(
      await within(drawer).findByRole('heading', { name: CATALOGUES.de.detail.allLabels }),
    ).toBeInTheDocument();
    expect(within(drawer).getByText('welder')).toHaveAttribute('lang', 'en');
    expect(within(drawer).getByText('Schweißer verbinden Metallteile.')).toBeInTheDocument();
    expect(within(drawer).getByText(welder.code)).toBeInTheDocument();
    const skills = within(drawer).getByRole('list', { name: CATALOGUES.de.detail.essentialSkills });
    expect(within(skills).getByText('Schweißgeräte bedienen')).toBeInTheDocument();
    expect(within(skills).getByText(CATALOGUES.de.explorer.ownTranslation)).toBeInTheDocument();
    const conceptRequest = api.requests.find((url) => url.pathname === '/api/taxonomy/concepts');
    expect(conceptRequest?.search).toBe(`?code=${encodeURIComponent(welder.code)}`);

    await user.click(within(drawer).getByRole('button', { name: CATALOGUES.de.detail.close }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });
});
