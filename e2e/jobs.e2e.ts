import { expect, test } from '@playwright/test';
import { CATALOGUES } from '@passgenau/i18n';
import { HomePage } from './pages/home-page';
import { JobsBoardPage } from './pages/jobs-board-page';
import { JobsCompanyPage } from './pages/jobs-company-page';
import { JobsShowcasePage } from './pages/jobs-showcase-page';
import { SignInPage } from './pages/sign-in-page';
import { expectAccessible } from './pages/a11y';

const DEMO_PASSWORD = 'demo-passgenau-2026';
const EMPLOYER = { email: 'employer@demo.passgenau.de', company: 'Metallbau Remstal GmbH (Demo)' };

test.describe('jobs', () => {
  test('an employer in German creates an apprenticeship; a signed-out visitor in Farsi finds it by town with the occupation in Farsi', async ({
    page,
    browser,
    baseURL,
  }) => {
    // The employer, desktop, German.
    const signIn = new SignInPage(page);
    await signIn.goto();
    await expect(signIn.html).toHaveAttribute('lang', 'de');
    await signIn.signIn(EMPLOYER.email, DEMO_PASSWORD);

    const company = new JobsCompanyPage(page);
    await company.openFromHeader();
    await company.startNewOffer();
    const title = `Ausbildung Schweißen Remstal ${Date.now().toString(36)}`;
    const { siteLabel } = await company.createOffer({
      kind: 'apprenticeship',
      title,
      occupationSearch: 'Schweißer',
      occupation: 'Schweißer/Schweißerin',
      status: 'open',
      places: 2,
      startsOn: '2027-09-01',
    });
    await expectAccessible(company.page, 'jobs-offer-form-de-desktop');
    await company.screenshot('jobs-offer-form-de-desktop');
    // The site's town ends the site's label ("Industriestraße 14, Waiblingen").
    const town = siteLabel.split(', ').at(-1) ?? '';
    expect(town).not.toBe('');

    // A visitor, signed out, on a phone, in Farsi.
    const phone = await browser.newContext({
      baseURL,
      locale: 'de-DE',
      viewport: { width: 375, height: 812 },
      isMobile: true,
      hasTouch: true,
    });
    try {
      const visitorPage = await phone.newPage();
      const home = new HomePage(visitorPage);
      await home.goto();
      await home.chooseLanguage('fa');
      const board = new JobsBoardPage(visitorPage);
      await board.openFromHeader();
      await expect(board.html).toHaveAttribute('dir', 'rtl');
      await expect(await board.signInButton()).toBeVisible();

      await board.filterByTown(town);
      await expect(visitorPage).toHaveURL(/[?&]town=\d{8}/);
      const card = await board.offerCard(title);
      await expect(card).toBeVisible();
      const occupation = card.getByTestId('occupation-label');
      await expect(occupation).toHaveText('جوشکار');
      await expect(occupation).toHaveAttribute('lang', 'fa');
      await expect(card).toContainText(CATALOGUES.fa.jobs.kinds.apprenticeship);
      await expect(card).toContainText(EMPLOYER.company);
      await expect(card).toContainText(town);
      // Every card in the list is in the chosen town.
      const cards = (await board.results()).getByRole('listitem');
      for (const text of await cards.allInnerTexts()) expect(text).toContain(town);
      expect(await board.scrollsHorizontally()).toBe(false);
      await expectAccessible(board.page, 'jobs-board-fa-phone');
      await board.screenshot('jobs-board-fa-phone');

      // The detail names the occupation in Farsi too.
      await card.getByRole('link', { name: title }).click();
      await expect(visitorPage.getByRole('heading', { level: 1, name: title })).toBeVisible();
      await expect(visitorPage.getByTestId('occupation-label')).toHaveText('جوشکار');
      await expect(visitorPage.getByRole('link', { name: CATALOGUES.fa.jobs.interest.signIn })).toBeVisible();
      await expectAccessible(visitorPage, 'jobs-offer-fa-phone');
      expect(await board.scrollsHorizontally()).toBe(false);
    } finally {
      await phone.close();
    }
  });

  test('the public showcase lists the demo firm in Arabic, right to left', async ({ page }) => {
    const home = new HomePage(page);
    await home.goto();
    await home.chooseLanguage('ar');
    const showcase = new JobsShowcasePage(page);
    await showcase.goto();
    await expect(showcase.html).toHaveAttribute('dir', 'rtl');
    await expect(
      (await showcase.firms()).getByRole('listitem').filter({ hasText: EMPLOYER.company }),
    ).toBeVisible();
    await expectAccessible(showcase.page, 'jobs-showcase-ar-desktop');
    await showcase.screenshot('jobs-showcase-ar-desktop');
  });

  test('sends a signed-out visitor from the company page to the sign-in page', async ({ page }) => {
    await page.goto('/company');
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fcompany$/);
  });
});
