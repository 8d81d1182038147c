import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '@passgenau/i18n';
import { mockApi } from '../../testing/api-mock';
import { renderApp } from '../../testing/render-app';

const ESCO = 'This service uses the ESCO classification of the European Commission.';
const KLDB = 'Quelle: Statistik der Bundesagentur für Arbeit, KldB 2010 – überarbeitete Fassung 2020';

describe('footer credits', () => {
  it.each(['ar', 'fa', 'uk'] as const)(
    'in %s: every credit translated, the required wording isolated left to right beside it',
    async (language) => {
      mockApi({});
      renderApp({ language, path: '/' });
      const footer = await screen.findByRole('contentinfo');
      const texts = CATALOGUES[language].footer;
      expect(footer).toHaveTextContent(texts.escoTranslation);
      expect(footer).toHaveTextContent(texts.kldbTranslation);
      expect(footer).toHaveTextContent(texts.towns.replace('{{osm}}', texts.osm));
      const osm = within(footer).getByRole('link', { name: texts.osm });
      expect(osm).toHaveAttribute('href', 'https://www.openstreetmap.org/copyright');
      // Its own isolate, so "(ODbL)" after it is not pulled into its left-to-right run.
      expect(osm.parentElement?.tagName).toBe('BDI');
      // No English or German sentence stands without its translation in the page language.
      expect(footer).not.toHaveTextContent('Town coordinates');
      for (const [lang, credit] of [
        ['en', ESCO],
        ['de', KLDB],
      ] as const) {
        const original = within(footer).getByText(credit);
        expect(original.tagName).toBe('BDI');
        expect(original).toHaveAttribute('dir', 'ltr');
        expect(original).toHaveAttribute('lang', lang);
      }
    },
  );

  it('in German: the KldB credit once, in its own words, and the town credit in German', async () => {
    mockApi({});
    renderApp({ language: 'de', path: '/' });
    const footer = await screen.findByRole('contentinfo');
    expect(within(footer).getAllByText(KLDB, { exact: false })).toHaveLength(1);
    expect(footer).toHaveTextContent(CATALOGUES.de.footer.escoTranslation);
    expect(footer).toHaveTextContent(
      'Koordinaten der Orte: © OpenStreetMap-Mitwirkende (ODbL); Einwohnerzahlen: Zensus 2022.',
    );
  });
});

describe('home page', () => {
  it.each([
    ['de', /druck|veranstaltung|speed-dating|datenschutz/i],
    ['en', /print|event|speed-dating|data-protection/i],
  ] as const)(
    'in %s promises no printing, events or requests that do not exist yet',
    async (language, unbuilt) => {
      mockApi({});
      renderApp({ language, path: '/' });
      const roles = await screen.findByRole('region', { name: CATALOGUES[language].roles.title });
      expect(roles.textContent).not.toMatch(unbuilt);
      expect(roles).toHaveTextContent(CATALOGUES[language].roles.iba.text);
    },
  );
});
