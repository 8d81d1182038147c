import { expect, test, type Browser, type Page } from '@playwright/test';
import { CATALOGUES } from '@passgenau/i18n';
import { expectAccessible } from './pages/a11y';
import { ApiSession } from './pages/api';
import { AppPage } from './pages/app-page';
import { SignInPage } from './pages/sign-in-page';

const DEMO_PASSWORD = 'demo-passgenau-2026';
const EMPLOYER = 'employer@demo.passgenau.de';
const CANDIDATE = 'candidate@demo.passgenau.de';
const PHONE = { width: 375, height: 812 };

const de = CATALOGUES.de;
const ar = CATALOGUES.ar;

async function phonePage(browser: Browser, baseURL: string | undefined): Promise<Page> {
  const context = await browser.newContext({
    baseURL,
    locale: 'de-DE',
    viewport: PHONE,
    isMobile: true,
    hasTouch: true,
  });
  return context.newPage();
}

async function signIn(page: Page, email: string, language: 'de' | 'ar'): Promise<AppPage> {
  const signInPage = new SignInPage(page);
  await signInPage.goto();
  if (language !== 'de') await signInPage.chooseLanguage(language);
  await signInPage.signIn(email, DEMO_PASSWORD);
  await expect(signInPage.html).toHaveAttribute('lang', language);
  return new AppPage(page);
}

const WELDER = 'http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b';
const WAIBLINGEN = '08119079';
/** A demo offer of the demo firm that asks for MAG welding and protective gear. */
const WELDING_OFFER = 'Schweißer/in (MAG) in Vollzeit';

/**
 * The demo candidate (Arabic) publishes a small, realistic profile: MAG welding and protective gear,
 * German B1, home in Waiblingen, 25 km travel, wishes to weld. Waits until offers are proposed to her.
 */
async function publishWelderProfile(baseURL: string): Promise<void> {
  const candidate = await ApiSession.signIn(baseURL, CANDIDATE);
  try {
    const id = candidate.account.candidateId!;
    const profile = await candidate.call<{ status: string }>('GET', `/candidates/${id}/profile`);
    if (profile.status !== 'published') {
      await candidate.call('PUT', `/candidates/${id}/profile`, {
        languages: [
          { language: 'ar', native: true },
          { language: 'de', overall: 'B1' },
        ],
        germanCertificates: [],
        competences: [
          {
            code: 'passgenau:skill/perform-metal-active-gas-welding',
            evidence: [{ kind: 'self', level: 'good' }],
          },
          {
            code: 'passgenau:skill/wear-appropriate-protective-gear',
            evidence: [{ kind: 'self', level: 'very_good' }],
          },
        ],
        schooling: {},
        education: [],
        experience: [],
        texts: [],
        wishes: { occupations: [WELDER], kinds: ['job', 'apprenticeship'] },
        mobility: { homeTownAgs: WAIBLINGEN, travelKm: 25, drivingLicences: [] },
        workPermit: 'permitted',
      });
      await candidate.call('POST', `/candidates/${id}/profile/publish`);
    }
    await expect
      .poll(async () => (await candidate.call<{ total: number }>('GET', '/me/matches')).total, {
        timeout: 15_000,
      })
      .toBeGreaterThan(0);
  } finally {
    await candidate.dispose();
  }
}

const statusOf = (page: Page) => page.getByRole('status').filter({ hasText: /\d/ }).first();

test.describe('matching', () => {
  // Two signed-in browsers per test, each page checked for accessibility.
  test.describe.configure({ timeout: 180_000 });

  test('an employer searches candidates in German with two filters and a radius, then reads why a candidate fits an offer', async ({
    page,
    browser,
    baseURL,
  }) => {
    const app = await signIn(page, EMPLOYER, 'de');
    await app.banner.getByRole('link', { name: de.candidateSearch.nav }).click();
    await expect(page.getByRole('heading', { level: 1, name: de.candidateSearch.title })).toBeVisible();
    const results = page.getByRole('list', { name: de.candidateSearch.results.list });
    await expect(results.getByRole('listitem').first()).toBeVisible();
    await expectAccessible(page, 'candidate search, no filters');

    // A radius around one of the firm's own sites.
    const filters = page.getByRole('region', { name: de.candidateSearch.filters.title });
    await filters.getByRole('combobox', { name: de.candidateSearch.filters.near }).click();
    await page.getByRole('option', { name: /^Industriestraße 14, / }).click();
    await expect(page).toHaveURL(/[?&]near=[0-9a-f-]{36}/);
    await filters.getByRole('combobox', { name: de.candidateSearch.filters.radius }).click();
    await page.getByRole('option', { name: de.jobs.filters.radiusKm.replace('{{km}}', '30') }).click();
    await expect(page).toHaveURL(/[?&]radius=30/);

    // Two filters, picked from the facets (each names its number of hits).
    const kinds = filters.getByRole('group', { name: de.candidateSearch.filters.kind });
    const kindBox = kinds.getByRole('checkbox', {
      name: new RegExp(`^${de.profiles.kinds.apprenticeship} \\(\\d+\\)$`),
    });
    await kindBox.click();
    await expect(page).toHaveURL(/[?&]kind=apprenticeship/);
    await expect(kindBox).toBeChecked();
    const mayWork = filters.getByRole('group', { name: de.candidateSearch.filters.mayWork });
    const mayWorkBox = mayWork.getByRole('checkbox', {
      name: new RegExp(`^${de.candidateSearch.filters.mayWorkValues.yes} \\(\\d+\\)$`),
    });
    await mayWorkBox.click();
    await expect(mayWorkBox).toBeChecked();
    await expect(page).toHaveURL(/[?&]mayWork=yes/);

    const firstHit = results.getByRole('listitem').first();
    await expect(firstHit).toBeVisible();
    await expect(statusOf(page)).toContainText(/gefunden/);
    // Every hit lies within the radius and shows its distance from the site.
    for (const text of await results.locator('[data-distance]').allInnerTexts()) {
      const km = Number(
        text
          .replace(/[\u2068\u2069]/g, '')
          .split(' ')[0]
          ?.replace(',', '.'),
      );
      expect(km).toBeLessThanOrEqual(30);
    }
    await expectAccessible(page, 'candidate search with filters and radius');
    await app.screenshot('matching-search-de-1280');

    // The search lives in the address: the back button undoes the last filter.
    await page.goBack();
    await expect(page).not.toHaveURL(/[?&]mayWork=yes/);
    await expect(page).toHaveURL(/[?&]kind=/);
    await page.goForward();
    await expect(page).toHaveURL(/[?&]mayWork=yes/);

    // A hit opens the pseudonymous profile.
    const searchUrl = page.url();
    const profileLink = results.getByRole('link').first();
    const pseudonym = (await profileLink.locator('bdi').innerText()).trim();
    await profileLink.click();
    await expect(page).toHaveURL(new RegExp(`/profiles/${pseudonym}$`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(pseudonym);

    // Matches for one of the firm's offers, and the explanation of the best one.
    await page.goto('/company');
    const matchesLink = page
      .getByRole('link', { name: new RegExp(`^${de.matchLists.offer.link} für `) })
      .first();
    await matchesLink.click();
    await expect(page.getByRole('heading', { level: 1, name: de.matchLists.offer.title })).toBeVisible();
    const matches = page.getByRole('list', { name: de.matchLists.offer.list });
    await expect(matches.getByRole('listitem').first()).toBeVisible();
    await expectAccessible(page, 'matches for an offer');
    await app.screenshot('matching-offer-matches-de-1280');
    await matches
      .getByRole('link', { name: new RegExp(`^${de.matchLists.why}`) })
      .first()
      .click();
    await expect(page.getByRole('heading', { level: 2, name: de.matching.title })).toBeVisible();
    const explanation = page.getByTestId('match-explanation');
    await expect(explanation.getByRole('heading', { name: de.matching.sections.required })).toBeVisible();
    await expect(explanation.getByRole('heading', { name: de.matching.sections.language })).toBeVisible();
    await expect(explanation.getByRole('heading', { name: de.matching.sections.distance })).toBeVisible();
    await expect(explanation.getByTestId('match-required')).toContainText(
      // What the offer asked for: covered or missing competences, or the note that it named none.
      new RegExp(
        `${de.matching.competences.covered}|${de.matching.competences.missing}|${de.matching.competences.none}`,
      ),
    );
    await expectAccessible(page, 'explanation of a match');
    await app.screenshot('matching-explanation-de-1280');

    // The same pages on a phone: no sideways scrolling.
    const phone = await phonePage(browser, baseURL);
    try {
      const phoneApp = await signIn(phone, EMPLOYER, 'de');
      await phone.goto(searchUrl);
      await expect(
        phone.getByRole('list', { name: de.candidateSearch.results.list }).getByRole('listitem').first(),
      ).toBeVisible();
      expect(await phoneApp.scrollsHorizontally()).toBe(false);
      await phoneApp.screenshot('matching-search-de-375');
      const toggle = phone.getByRole('button', { name: new RegExp(`^${de.candidateSearch.filters.show}`) });
      await toggle.click();
      await expect(phone.getByRole('region', { name: de.candidateSearch.filters.title })).toBeVisible();
      expect(await phoneApp.scrollsHorizontally()).toBe(false);
      await expectAccessible(phone, 'candidate search on a phone, filters open');
      await phoneApp.screenshot('matching-search-filters-de-375');
      await phone.goto(page.url());
      await expect(phone.getByTestId('match-explanation')).toBeVisible();
      expect(await phoneApp.scrollsHorizontally()).toBe(false);
      await phoneApp.screenshot('matching-explanation-de-375');
    } finally {
      await phone.context().close();
    }
  });

  test('a candidate in Arabic sees offers for her, with the explanation in Arabic', async ({
    page,
    browser,
    baseURL,
  }) => {
    await publishWelderProfile(baseURL!);
    const app = await signIn(page, CANDIDATE, 'ar');
    await expect(app.html).toHaveAttribute('dir', 'rtl');
    await app.banner.getByRole('link', { name: ar.matchLists.mine.nav }).click();
    await expect(page.getByRole('heading', { level: 1, name: ar.matchLists.mine.title })).toBeVisible();
    const offers = page.getByRole('list', { name: ar.matchLists.mine.list });
    await expect(offers.getByRole('listitem').first()).toBeVisible();
    // The welding offer asks for competences she has: its explanation names them.
    const first = offers.getByRole('listitem').filter({ hasText: WELDING_OFFER });
    await expect(first).toBeVisible();
    await expectAccessible(page, 'offers for me (Arabic)');

    const why = first.getByRole('button', { name: ar.matchLists.why });
    await why.click();
    await expect(first.getByRole('button', { name: ar.matchLists.hideWhy })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    const explanation = first.getByTestId('match-explanation');
    await expect(explanation).toBeVisible();
    await expect(explanation.getByRole('heading', { name: ar.matching.title })).toBeVisible();
    await expect(explanation.getByRole('heading', { name: ar.matching.sections.required })).toBeVisible();
    await expect(explanation.getByRole('heading', { name: ar.matching.sections.language })).toBeVisible();
    // The explanation's words are Arabic, and the competences the offer asks for carry their Arabic labels.
    const required = explanation.getByTestId('match-required');
    await expect(required).toContainText('لحام ماج بالغاز النشط');
    await expect(required).toContainText(ar.matching.competences.covered);
    await expect(explanation).toContainText(new RegExp(Object.values(ar.matching.language.fit).join('|')));
    await expectAccessible(page, 'explanation of an offer (Arabic)');
    await app.screenshot('matching-offers-ar-1280');

    const phone = await phonePage(browser, baseURL);
    try {
      const phoneApp = await signIn(phone, CANDIDATE, 'ar');
      await phone.goto('/matches');
      const phoneFirst = phone
        .getByRole('list', { name: ar.matchLists.mine.list })
        .getByRole('listitem')
        .filter({ hasText: WELDING_OFFER });
      await phoneFirst.getByRole('button', { name: ar.matchLists.why }).click();
      await expect(phoneFirst.getByTestId('match-explanation')).toBeVisible();
      expect(await phoneApp.scrollsHorizontally()).toBe(false);
      await expectAccessible(phone, 'offers for me on a phone (Arabic)');
      await phoneApp.screenshot('matching-offers-ar-375');
    } finally {
      await phone.context().close();
    }
  });
});
