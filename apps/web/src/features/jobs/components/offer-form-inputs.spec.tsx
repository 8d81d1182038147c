import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '@passgenau/i18n';
import { mockApi } from '../../../testing/api-mock';
import { renderApp } from '../../../testing/render-app';
import { createAccount, createSession, rememberSession } from '../../../testing/session-factories';
import { createHit, createSearchResult } from '../../../testing/taxonomy-factories';

const site = {
  id: 'site-1',
  label: null,
  street: 'Industriestraße 14',
  postalCode: '71334',
  locality: null,
  townAgs: '08119079',
  townName: 'Waiblingen',
  lat: 48.83,
  lon: 9.32,
  coordinatesEntered: false,
  isMain: true,
};
const company = { id: 'company-1', name: 'Metallbau Remstal GmbH', sites: [site], showcase: null };
const sameArabic = { text: 'عامل لحام / عاملة لحام', source: 'esco' as const };
const welder = createHit({
  code: 'http://data.europa.eu/esco/occupation/welder',
  labels: { de: { text: 'Schweißer/Schweißerin', source: 'esco' }, ar: sameArabic },
  distinction: { kind: 'label', lang: 'de', text: 'Schweißer/Schweißerin' },
});
const solderer = createHit({
  code: 'http://data.europa.eu/esco/occupation/solderer',
  labels: { de: { text: 'Löter/Löterin', source: 'esco' }, ar: sameArabic },
  distinction: { kind: 'label', lang: 'de', text: 'Löter/Löterin' },
});

function signInAsEmployer(preferredLanguage: 'de' | 'ar') {
  rememberSession();
  const account = createAccount({
    role: 'employer',
    companyId: company.id,
    companyRole: 'manager',
    preferredLanguage,
  });
  return mockApi({
    '/api/auth/me': () => account,
    '/api/auth/refresh': () => createSession(account),
    '/api/me/company': () => company,
    // The API tells apart only hits that share the reader's label: in Arabic, not in German.
    '/api/taxonomy/occupations': (url) =>
      createSearchResult(
        url.searchParams.get('q') ?? '',
        url.searchParams.get('lang') === 'ar'
          ? [welder, solderer]
          : [welder, solderer].map((hit) => ({ ...hit, distinction: null })),
      ),
    '/api/offers': (_url, request) => ({ id: 'offer-1', ...(request.body as object) }),
  });
}

describe('offer form inputs', () => {
  it('sends helpful languages picked by name and a start date typed as Germans write it', async () => {
    const api = signInAsEmployer('de');
    const { user } = renderApp({ language: 'de', path: '/company/offers/new' });
    const texts = CATALOGUES.de.jobs.form;

    await user.click(await screen.findByRole('textbox', { name: new RegExp(`^${texts.title}`) }));
    await user.paste('Ausbildung Schweißen');
    await user.click(screen.getByRole('combobox', { name: new RegExp(`^${texts.occupation}`) }));
    await user.paste('Schweißer');
    await user.click(await screen.findByRole('option', { name: /^Schweißer\/Schweißerin/ }));

    const languages = screen.getByRole('combobox', { name: texts.helpfulLanguages });
    await user.click(languages);
    await user.paste('Türk');
    await user.click(await screen.findByRole('option', { name: 'Türkisch' }));
    await user.click(languages);
    await user.paste('kroat');
    await user.click(await screen.findByRole('option', { name: 'Kroatisch' }));

    const startsOn = screen.getByRole('textbox', { name: texts.startsOn });
    expect(startsOn).toHaveAttribute('placeholder', '31.12.2026');
    await user.click(startsOn);
    await user.paste('1.9.2027');
    await user.click(screen.getByRole('button', { name: texts.save }));

    const sent = await waitFor(() => {
      const call = api.calls.find((c) => c.url.pathname === '/api/offers' && c.method === 'POST');
      expect(call).toBeDefined();
      return call!;
    });
    expect(sent.body).toMatchObject({ helpfulLanguages: ['tr', 'hr'], startsOn: '2027-09-01' });
  });

  it('tells apart two occupations with the same Arabic name by their German names', async () => {
    signInAsEmployer('ar');
    const { user } = renderApp({ language: 'ar', path: '/company/offers/new' });
    const texts = CATALOGUES.ar.jobs.form;

    await user.click(await screen.findByRole('combobox', { name: new RegExp(`^${texts.occupation}`) }));
    await user.paste('عامل لحام');
    const options = await screen.findAllByRole('option', { name: new RegExp(sameArabic.text) });
    expect(options).toHaveLength(2);
    expect(within(options[0]!).getByText('Schweißer/Schweißerin')).toHaveAttribute('lang', 'de');
    expect(options[0]).toHaveTextContent(`${CATALOGUES.ar.language.names.de}: Schweißer/Schweißerin`);
    expect(options[1]).toHaveTextContent(`${CATALOGUES.ar.language.names.de}: Löter/Löterin`);
  });
});
