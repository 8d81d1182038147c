import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '@passgenau/i18n';
import { mockApi } from '../../../testing/api-mock';
import { renderApp } from '../../../testing/render-app';
import { createHit, createSearchResult } from '../../../testing/taxonomy-factories';

const sameArabic = { text: 'عامل لحام / عاملة لحام', source: 'esco' as const };
const welder = createHit({
  code: 'welder',
  labels: { de: { text: 'Schweißer/Schweißerin', source: 'esco' }, ar: sameArabic },
  matched: { lang: 'ar', text: sameArabic.text },
  distinction: { kind: 'label', lang: 'de', text: 'Schweißer/Schweißerin' },
});
const solderer = createHit({
  code: 'solderer',
  labels: { de: { text: 'Löter/Löterin', source: 'esco' }, ar: sameArabic },
  matched: { lang: 'ar', text: sameArabic.text },
  distinction: { kind: 'label', lang: 'de', text: 'Löter/Löterin' },
});

describe('hits that share a label', () => {
  it('each show the line that tells them apart, once (Arabic reader)', async () => {
    mockApi({ '/api/taxonomy/occupations': () => createSearchResult('عامل لحام', [welder, solderer]) });
    const { user } = renderApp({ language: 'ar' });

    await user.type(
      screen.getByRole('searchbox', { name: CATALOGUES.ar.explorer.searchOccupations }),
      'عامل لحام',
    );

    const list = await screen.findByRole('list', { name: CATALOGUES.ar.explorer.searchOccupations });
    const [first, second] = within(list).getAllByRole('button');
    expect(first).toHaveTextContent(`${CATALOGUES.ar.language.names.de}: Schweißer/Schweißerin`);
    expect(second).toHaveTextContent(`${CATALOGUES.ar.language.names.de}: Löter/Löterin`);
    expect(within(second!).getAllByText('Löter/Löterin')).toHaveLength(1);
    expect(within(second!).getByText('Löter/Löterin')).toHaveAttribute('lang', 'de');
  });

  it('shows the ISCO group when that is what differs (German reader)', async () => {
    const a = createHit({
      labels: { de: { text: 'Helfer/Helferin', source: 'esco' } },
      distinction: { kind: 'iscoGroup', lang: 'de', text: '9313 · Hilfsarbeiter im Hochbau' },
    });
    const b = createHit({
      labels: { de: { text: 'Helfer/Helferin', source: 'esco' } },
      distinction: { kind: 'iscoGroup', lang: 'de', text: '9321 · Verpackungshilfskräfte' },
    });
    mockApi({ '/api/taxonomy/occupations': () => createSearchResult('Helfer', [a, b]) });
    const { user } = renderApp({ language: 'de' });

    await user.type(
      screen.getByRole('searchbox', { name: CATALOGUES.de.explorer.searchOccupations }),
      'Helfer',
    );

    const list = await screen.findByRole('list', { name: CATALOGUES.de.explorer.searchOccupations });
    expect(within(list).getByText('9313 · Hilfsarbeiter im Hochbau').parentElement).toHaveTextContent(
      'ISCO 9313 · Hilfsarbeiter im Hochbau',
    );
    expect(within(list).getByText('9321 · Verpackungshilfskräfte')).toBeInTheDocument();
  });
});
