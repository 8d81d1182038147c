import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '@passgenau/i18n';
import { mockApi } from '../testing/api-mock';
import { renderApp } from '../testing/render-app';

describe('App', () => {
  it('opens in German, left to right, with the role cards and the data credits', async () => {
    mockApi({});
    renderApp({ language: 'de' });

    expect(
      await screen.findByRole('heading', { level: 1, name: CATALOGUES.de.intro.title }),
    ).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'de');
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');
    for (const role of ['candidate', 'mentor', 'employer', 'iba', 'coordinator', 'admin'] as const) {
      expect(
        screen.getByRole('heading', { level: 3, name: CATALOGUES.de.roles[role].title }),
      ).toBeInTheDocument();
    }
    const footer = screen.getByRole('contentinfo');
    expect(
      within(footer).getByText('This service uses the ESCO classification of the European Commission.'),
    ).toBeInTheDocument();
    expect(
      within(footer).getByText(
        'Quelle: Statistik der Bundesagentur für Arbeit, KldB 2010 – überarbeitete Fassung 2020',
      ),
    ).toBeInTheDocument();
    expect(footer).toHaveTextContent(
      'Koordinaten der Orte: © OpenStreetMap-Mitwirkende (ODbL); Einwohnerzahlen: Zensus 2022.',
    );
    expect(within(footer).getByRole('link', { name: CATALOGUES.de.footer.apiDocs })).toHaveAttribute(
      'href',
      '/api/docs',
    );
  });

  it('switches to Arabic through the language switcher and mirrors the page', async () => {
    mockApi({});
    const { user } = renderApp({ language: 'de' });

    await user.click(screen.getByRole('button', { name: /Sprache/ }));
    await user.click(await screen.findByRole('menuitem', { name: 'العربية' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: CATALOGUES.ar.intro.title }),
    ).toBeInTheDocument();
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');
    expect(screen.getByRole('button', { name: new RegExp(CATALOGUES.ar.language.label) })).toHaveTextContent(
      'العربية',
    );
    expect(window.localStorage.getItem('passgenau.language')).toBe('ar');
  });

  it('goes back to left to right when a left-to-right language is chosen after Persian', async () => {
    mockApi({});
    const { user } = renderApp({ language: 'fa' });
    expect(document.documentElement.dir).toBe('rtl');

    await user.click(screen.getByRole('button', { name: new RegExp(CATALOGUES.fa.language.label) }));
    await user.click(await screen.findByRole('menuitem', { name: 'Українська' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: CATALOGUES.uk.intro.title }),
    ).toBeInTheDocument();
    expect(document.documentElement.dir).toBe('ltr');
    expect(document.documentElement.lang).toBe('uk');
  });

  it('answers an unknown address with a page that leads home', async () => {
    mockApi({});
    renderApp({ language: 'en', path: '/no-such-page' });

    expect(
      await screen.findByRole('heading', { level: 1, name: CATALOGUES.en.notFound.title }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: CATALOGUES.en.notFound.back })).toHaveAttribute('href', '/');
  });
});
