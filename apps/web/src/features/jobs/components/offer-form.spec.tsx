import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '@passgenau/i18n';
import { ApiError } from '../../../lib/api-client';
import { apiError, mockApi } from '../../../testing/api-mock';
import { renderApp } from '../../../testing/render-app';
import { createAccount, createSession, rememberSession } from '../../../testing/session-factories';
import { createHit, createSearchResult } from '../../../testing/taxonomy-factories';
import { offerFieldErrorKey, offerFormErrors } from './offer-form-errors';

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

const company = {
  id: 'company-1',
  name: 'Metallbau Remstal GmbH',
  sites: [site],
  showcase: null,
};

const welder = createHit({
  code: 'http://data.europa.eu/esco/occupation/welder',
  labels: {
    de: { text: 'Schweißer/Schweißerin', source: 'esco' },
    fa: { text: 'جوشکار', source: 'passgenau' },
  },
});

describe('offer form errors', () => {
  it('map the API field names and messages to texts', () => {
    const error = new ApiError({
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      message: 'Invalid input',
      errors: [
        { field: 'places', code: 'TOO_SMALL', limit: 1, message: 'places must not be less than 1' },
        { field: 'closesOn', code: 'DATE_ORDER', message: 'closesOn must not be before startsOn' },
        {
          field: 'germanMinimum.overall',
          code: 'NOT_ALLOWED',
          message: 'overall must be one of the following values',
        },
        { field: 'somethingElse', code: 'INVALID', message: 'no' },
      ],
    });
    expect(offerFormErrors(error)).toEqual({
      places: 'jobs.form.errors.places',
      closesOn: 'jobs.form.errors.closesOn',
      'germanMinimum.overall': 'fieldErrors.NOT_ALLOWED',
    });
    expect(
      offerFieldErrorKey({
        field: 'closesOn',
        code: 'NOT_A_DATE',
        message: 'closesOn must be before the end of time',
      }),
    ).toBe('jobs.form.errors.date');
    expect(
      offerFieldErrorKey({ field: 'occupationCode', code: 'UNKNOWN_CODE', message: 'not an occupation' }),
    ).toBe('jobs.form.errors.occupation');
  });

  it('shows the refused fields under the fields and sends the picked occupation code', async () => {
    rememberSession();
    const account = createAccount({ role: 'employer', companyId: company.id, companyRole: 'manager' });
    const api = mockApi({
      '/api/auth/me': () => account,
      '/api/auth/refresh': () => createSession(account),
      '/api/me/company': () => company,
      '/api/taxonomy/occupations': (url) => createSearchResult(url.searchParams.get('q') ?? '', [welder]),
      '/api/offers': () =>
        apiError(400, 'VALIDATION_FAILED', [
          { field: 'places', code: 'TOO_SMALL', limit: 1, message: 'places must not be less than 1' },
          { field: 'closesOn', code: 'DATE_ORDER', message: 'closesOn must not be before startsOn' },
        ]),
    });
    const { user } = renderApp({ language: 'de', path: '/company/offers/new' });
    const texts = CATALOGUES.de.jobs.form;

    // Pasted, not typed letter by letter: the whole app renders slowly in jsdom.
    await user.click(await screen.findByRole('textbox', { name: new RegExp(`^${texts.title}`) }));
    await user.paste('Ausbildung Schweißen');
    await user.click(screen.getByRole('combobox', { name: new RegExp(`^${texts.occupation}`) }));
    await user.paste('Schweißer');
    await user.click(await screen.findByRole('option', { name: 'Schweißer/Schweißerin' }));
    await user.clear(screen.getByRole('textbox', { name: new RegExp(`^${texts.places}`) }));
    await user.type(screen.getByRole('textbox', { name: new RegExp(`^${texts.places}`) }), '0');
    await user.click(screen.getByRole('checkbox', { name: texts.germanStrict }));
    await user.type(screen.getByRole('textbox', { name: new RegExp(`^${texts.maxDistanceKm}`) }), '40');
    await user.click(screen.getByRole('button', { name: texts.save }));

    expect(await screen.findByText(texts.errors.places)).toBeInTheDocument();
    expect(screen.getByText(texts.errors.closesOn)).toBeInTheDocument();
    // Explained by the fields: no general message on top.
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    const sent = api.calls.find((call) => call.url.pathname === '/api/offers' && call.method === 'POST');
    expect(sent?.body).toMatchObject({
      kind: 'apprenticeship',
      title: 'Ausbildung Schweißen',
      occupationCode: welder.code,
      siteId: site.id,
      places: 0,
      status: 'draft',
      germanStrict: true,
      maxDistanceKm: 40,
    });
    const occupationField = screen.getByRole('combobox', { name: new RegExp(`^${texts.occupation}`) });
    expect(occupationField).toHaveValue('Schweißer/Schweißerin');
    expect(within(document.body).getByText(texts.errors.places)).toBeVisible();
  });
});
