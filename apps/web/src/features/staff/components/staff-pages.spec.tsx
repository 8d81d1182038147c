import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '@passgenau/i18n';
import { apiError, mockApi } from '../../../testing/api-mock';
import { renderApp } from '../../../testing/render-app';
import { createAccount, rememberSession } from '../../../testing/session-factories';
import { createHit, createSearchResult } from '../../../testing/taxonomy-factories';

const de = CATALOGUES.de;
const ar = CATALOGUES.ar;
const en = CATALOGUES.en;

describe('candidate lookup by name', () => {
  it('finds a mentor’s candidate in Arabic and shows the pseudonym and login name', async () => {
    rememberSession();
    const mentor = createAccount({ role: 'mentor', displayName: 'Jonas Weber', preferredLanguage: 'ar' });
    const api = mockApi({
      '/api/auth/me': () => mentor,
      '/api/candidates/lookup': () => [
        {
          id: 'c-1',
          givenName: 'Amina',
          familyName: 'Haddad',
          pseudonym: 'K-7F3Q',
          loginName: 'k-ab3d7fq',
          email: null,
        },
      ],
    });
    const { user } = renderApp({ language: 'ar', path: '/candidates/lookup' });
    const form = await screen.findByRole('search', { name: ar.staff.lookup.title });
    expect(screen.getByText(ar.staff.lookup.introMentor)).toBeInTheDocument();
    // One letter is too short: nothing is asked (every answer is a logged read).
    await user.type(within(form).getByRole('textbox', { name: ar.staff.lookup.query }), 'H');
    await user.click(within(form).getByRole('button', { name: ar.staff.lookup.search }));
    expect(await screen.findByText(ar.staff.lookup.tooShort)).toBeInTheDocument();
    expect(api.requests.some((url) => url.pathname === '/api/candidates/lookup')).toBe(false);

    await user.type(within(form).getByRole('textbox', { name: ar.staff.lookup.query }), 'add');
    await user.click(within(form).getByRole('button', { name: ar.staff.lookup.search }));
    const results = await screen.findByRole('list', { name: ar.staff.lookup.results });
    expect(within(results).getByText('Amina Haddad')).toBeInTheDocument();
    expect(within(results).getByText('K-7F3Q').closest('bdi')).not.toBeNull();
    expect(within(results).getByText('k-ab3d7fq')).toBeInTheDocument();
    expect(within(results).getByRole('link', { name: ar.staff.lookup.openProfile })).toHaveAttribute(
      'href',
      '/candidates/c-1/profile',
    );
    const asked = api.requests.filter((url) => url.pathname === '/api/candidates/lookup');
    expect(asked.map((url) => url.searchParams.get('q'))).toEqual(['Hadd']);
  });

  it('explains CSV errors per column with what is expected', async () => {
    rememberSession();
    const iba = createAccount({ role: 'iba_staff', displayName: 'Ines IBA' });
    mockApi({
      '/api/auth/me': () => iba,
      '/api/assessments/csv/preview': () => ({
        rows: [
          {
            row: 2,
            candidate: 'K-NOPE',
            code: 'x',
            level: 'good',
            errors: [{ field: 'candidate', message: 'column "candidate": no candidate' }],
          },
        ],
        valid: 0,
        invalid: 1,
      }),
    });
    const { user } = renderApp({ language: 'de', path: '/assessments' });
    expect(await screen.findByText(de.staff.csv.hint)).toBeInTheDocument();
    const input = document.querySelector('input[type="file"]') as HTMLInputElement;
    await user.upload(input, new File(['candidate\nK-NOPE'], 'r.csv', { type: 'text/csv' }));
    expect(
      await screen.findByText(`Spalte „candidate“: erwartet ${de.staff.csv.expected.candidate}`),
    ).toBeInTheDocument();
  });
});

describe('the taxonomy page', () => {
  it('adds an Arabic label to an occupation and shows who added which label', async () => {
    rememberSession();
    const coordinator = createAccount({ role: 'coordinator', displayName: 'Clara Koordination' });
    const cook = createHit({
      code: 'http://data.europa.eu/esco/occupation/cook',
      labels: { de: { text: 'Koch/Köchin', source: 'esco' } },
    });
    const labels = [{ id: 'l-1', text: 'Koch/Köchin', source: 'esco', preferred: true }];
    let arabic: Array<{ id: string; text: string; source: string; preferred: boolean }> = [];
    const api = mockApi({
      '/api/auth/me': () => coordinator,
      '/api/towns': () => [],
      '/api/taxonomy/occupations': (url) => createSearchResult(url.searchParams.get('q') ?? '', [cook]),
      '/api/taxonomy/concepts': () => ({ code: cook.code, allLabels: { de: labels, ar: arabic } }),
      '/api/taxonomy/labels': (_url, request) => {
        const body = request.body as { text: string };
        arabic = [{ id: 'l-2', text: body.text, source: 'coordinator', preferred: false }];
        return { status: 201, body: { id: 'l-2', ...body, source: 'coordinator' } };
      },
    });
    const texts = de.staff.taxonomy;
    const { user } = renderApp({ language: 'de', path: '/taxonomy' });
    await user.click(await screen.findByLabelText(new RegExp(`^${texts.pick}`)));
    await user.paste('Koch');
    await user.click(await screen.findByRole('option', { name: 'Koch/Köchin' }));
    const table = await screen.findByRole('table', { name: texts.labels });
    expect(within(table).getByText(texts.sources.esco)).toBeInTheDocument();
    // ESCO labels cannot be removed.
    expect(within(table).queryByRole('button', { name: /Entfernen/ })).not.toBeInTheDocument();

    const form = screen.getByRole('form', { name: texts.addTitle });
    await user.selectOptions(within(form).getByRole('combobox', { name: texts.lang }), 'ar');
    await user.click(within(form).getByRole('textbox', { name: new RegExp(`^${texts.text}`) }));
    await user.paste('طباخ');
    await user.click(within(form).getByRole('button', { name: texts.add }));
    expect(await screen.findByText(texts.added)).toBeInTheDocument();
    const sent = api.calls.find((call) => call.url.pathname === '/api/taxonomy/labels');
    expect(sent?.method).toBe('POST');
    expect(sent?.body).toEqual({ code: cook.code, lang: 'ar', text: 'طباخ', preferred: false });
    expect(await within(table).findByText('طباخ')).toHaveAttribute('lang', 'ar');
    expect(within(table).getByRole('button', { name: `${texts.remove}: طباخ` })).toBeInTheDocument();
  });
});

describe('firms: sign-up, the check, search and interest', () => {
  it('signs a firm up in Arabic with its town and contact person', async () => {
    const api = mockApi({
      '/api/towns': () => [
        {
          ags: '08119008',
          name: 'Backnang',
          district: 'Rems-Murr-Kreis',
          state: 'Baden-Württemberg',
          lat: 48.94,
          lon: 9.43,
          population: 37000,
          postalCodes: ['71522'],
        },
      ],
      '/api/auth/employer-signup': () => ({ status: 202, body: { accepted: true } }),
    });
    const { user } = renderApp({ language: 'ar', path: '/sign-up' });
    await user.click(await screen.findByRole('link', { name: ar.staff.employerSignUp.link }));
    const form = await screen.findByRole('form', { name: ar.staff.employerSignUp.title });
    await user.type(
      within(form).getByRole('textbox', { name: new RegExp(ar.staff.employerSignUp.companyName) }),
      'Schreinerei Holz',
    );
    await user.click(
      within(form).getByRole('combobox', { name: new RegExp(`^${ar.staff.employerSignUp.town}`) }),
    );
    await user.click(await screen.findByRole('option', { name: 'Backnang' }));
    await user.type(within(form).getByRole('textbox', { name: new RegExp(ar.common.givenName) }), 'Petra');
    await user.type(within(form).getByRole('textbox', { name: new RegExp(ar.common.familyName) }), 'Holzer');
    await user.type(
      within(form).getByRole('textbox', { name: new RegExp(ar.common.email) }),
      'petra@holz.example',
    );
    await user.type(
      within(form).getByLabelText(ar.auth.password, { exact: false, selector: 'input' }),
      'Remstal-Apfelbaum-2026',
    );
    await user.click(within(form).getByRole('button', { name: ar.staff.employerSignUp.submit }));
    expect(await screen.findByRole('status')).toHaveTextContent('petra@holz.example');
    const sent = api.calls.find((call) => call.url.pathname === '/api/auth/employer-signup');
    expect(sent?.body).toEqual({
      companyName: 'Schreinerei Holz',
      townAgs: '08119008',
      givenName: 'Petra',
      familyName: 'Holzer',
      email: 'petra@holz.example',
      password: 'Remstal-Apfelbaum-2026',
      language: 'ar',
    });
  });

  it('lets a coordinator confirm a waiting firm', async () => {
    rememberSession();
    const coordinator = createAccount({
      role: 'coordinator',
      displayName: 'Clara Koordination',
      preferredLanguage: 'en',
    });
    let pending = [
      {
        companyId: 'co-1',
        companyName: 'Schreinerei Holz',
        town: 'Backnang',
        contactName: 'Petra Holzer',
        contactEmail: 'petra@holz.example',
        requestedAt: '2026-11-30T10:00:00Z',
      },
    ];
    const api = mockApi({
      '/api/auth/me': () => coordinator,
      '/api/company-verifications': () => pending,
      '/api/company-verifications/co-1/approve': () => {
        pending = [];
        return { companyId: 'co-1', status: 'verified', notified: 1 };
      },
    });
    const { user } = renderApp({ language: 'en', path: '/company-checks' });
    const list = await screen.findByRole('list', { name: en.staff.verification.title });
    expect(within(list).getByText('Petra Holzer')).toBeInTheDocument();
    await user.click(
      within(list).getByRole('button', { name: `${en.staff.verification.approve}: Schreinerei Holz` }),
    );
    expect(await screen.findByText('Schreinerei Holz is confirmed.')).toBeInTheDocument();
    expect(await screen.findByText(en.staff.verification.empty)).toBeInTheDocument();
    expect(api.calls.find((c) => c.url.pathname.endsWith('/approve'))?.method).toBe('POST');
  });

  it('tells an unchecked firm why search is closed, and puts search in the phone navigation', async () => {
    rememberSession();
    const employer = createAccount({ role: 'employer', companyId: 'co-1', companyRole: 'manager' });
    mockApi({
      '/api/auth/me': () => employer,
      '/api/towns': () => [],
      '/api/profiles': () =>
        apiError(403, 'COMPANY_NOT_VERIFIED', [
          { field: 'company', code: 'AWAITING_CHECK', message: 'check pending' },
        ]),
    });
    renderApp({ language: 'de', path: '/profiles' });
    expect(await screen.findByText(de.staff.searchLocked.pending)).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: de.jobs.nav.jobs });
    expect(within(nav).getByRole('link', { name: de.profiles.nav.profiles })).toHaveAttribute(
      'href',
      '/profiles',
    );
  });

  it('opens who marked interest in an offer (pseudonyms)', async () => {
    rememberSession();
    const employer = createAccount({ role: 'employer', companyId: 'co-1', companyRole: 'manager' });
    const company = {
      id: 'co-1',
      name: 'Metallbau Remstal GmbH',
      legalForm: null,
      wzSection: null,
      sizeBand: null,
      description: null,
      descriptionLang: null,
      website: null,
      languages: [],
      offersTours: false,
      offersOpenHouse: false,
      offersInternships: false,
      offersApprenticeships: false,
      offersEqPlaces: false,
      canHostInterpreters: false,
      needsInterpreters: false,
      sites: [],
      contacts: [],
      logoUrl: null,
      showcase: null,
      openOfferCount: 1,
      source: 'passgenau',
      createdAt: '2026-11-01T10:00:00Z',
      updatedAt: '2026-11-01T10:00:00Z',
    };
    const offer = {
      id: 'of-1',
      companyId: 'co-1',
      companyName: company.name,
      kind: 'apprenticeship',
      title: 'Ausbildung Schweißer/in',
      description: null,
      descriptionLang: null,
      occupation: null,
      occupationMapping: 'unmapped',
      occupationText: null,
      requiredCompetences: [],
      niceToHaveCompetences: [],
      germanMinimum: { overall: null, understanding: null, speaking: null, writing: null },
      helpfulLanguages: [],
      suitableForCareerChangers: false,
      site: null,
      startsOn: null,
      hoursPerWeek: null,
      durationWeeks: null,
      places: 1,
      status: 'open',
      closesOn: null,
      listed: true,
      publishedAt: '2026-11-02T10:00:00Z',
      source: 'passgenau',
      externalRef: null,
      externalUrl: null,
      interestCount: 2,
      createdAt: '2026-11-01T10:00:00Z',
      updatedAt: '2026-11-01T10:00:00Z',
    };
    mockApi({
      '/api/auth/me': () => employer,
      '/api/towns': () => [],
      '/api/me/company': () => company,
      '/api/offers': () => ({ total: 1, page: 1, pageSize: 20, items: [offer] }),
      '/api/offers/of-1/interested': () => ({
        total: 2,
        items: [{ pseudonym: 'K-7F3Q', markedAt: '2026-11-20T10:00:00Z' }],
      }),
    });
    const { user } = renderApp({ language: 'de', path: '/company' });
    await user.click(await screen.findByRole('button', { name: /Interess/ }));
    const dialog = await screen.findByRole('dialog', { name: de.staff.interested.title });
    expect(await within(dialog).findByRole('link', { name: 'K-7F3Q' })).toHaveAttribute(
      'href',
      '/profiles/K-7F3Q',
    );
    expect(
      within(dialog).getByText('Weitere 1 Personen haben Interesse; ihr Profil ist gerade nicht sichtbar.'),
    ).toBeInTheDocument();
  });
});
