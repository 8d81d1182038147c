import { expect, test } from '@playwright/test';
import { CATALOGUES } from '@passgenau/i18n';
import { AppPage } from './pages/app-page';
import { HomePage } from './pages/home-page';
import { linkIn, mailsTo } from './pages/mailbox';
import { checkA11y, DESKTOP, expectNoHorizontalScroll, PHONE, signedInPage, unique } from './pages/first-hour';

// Issue 9, items 4, 8 and 9: every role's first hour, in German and Arabic (right to left), on a phone and a desk.

test.describe('first hour: firms, IBA staff and the coordinator', () => {
  test('a firm signs itself up in Arabic by mailed link; search opens once the coordinator checked it, also in the phone navigation', async ({
    browser,
    baseURL,
  }) => {
    const ar = CATALOGUES.ar;
    const de = CATALOGUES.de;
    const firm = `Schreinerei Holz ${unique()}`;
    const email = `petra.${unique()}@holz.example`;
    const context = await browser.newContext({ baseURL, ...PHONE });
    try {
      const page = await context.newPage();
      const home = new HomePage(page);
      await home.goto();
      await home.chooseLanguage('ar');
      await page.goto('/sign-up/firm');
      const form = page.getByRole('form', { name: ar.staff.employerSignUp.title });
      await form.getByRole('textbox', { name: ar.staff.employerSignUp.companyName }).fill(firm);
      await form.getByRole('combobox', { name: ar.staff.employerSignUp.town }).click();
      await page.getByRole('option', { name: 'Backnang' }).click();
      await form.getByRole('textbox', { name: ar.common.givenName }).fill('Petra');
      await form.getByRole('textbox', { name: ar.common.familyName }).fill('Holzer');
      await form.getByRole('textbox', { name: ar.common.email }).fill(email);
      await form.locator('input[name="password"]').fill('Hobelbank-im-Remstal-2026');
      await checkA11y(page, 'firm sign-up, Arabic, phone');
      await form.getByRole('button', { name: ar.staff.employerSignUp.submit }).click();
      await expect(page.getByRole('status').filter({ hasText: email })).toBeVisible();
      await home.screenshot('issue9-firm-sign-up-sent-ar-phone');

      const [mail] = await mailsTo(email);
      await page.goto(linkIn(mail!, '/sign-up?token='));
      await page.getByRole('button', { name: ar.auth.signUp.confirmSubmit }).click();
      await expect(page).not.toHaveURL(/token=/);
      await expect(home.html).toHaveAttribute('dir', 'rtl');

      // Before the check: search explains itself instead of "forbidden"; it is in the phone navigation.
      await page.goto('/profiles');
      await expect(page.getByText(ar.staff.searchLocked.pending)).toBeVisible();
      const nav = page.getByRole('navigation', { name: ar.jobs.nav.jobs });
      await expect(nav.getByRole('link', { name: ar.profiles.nav.profiles })).toBeVisible();
      await expectNoHorizontalScroll(page);
      await checkA11y(page, 'search locked, Arabic, phone');
      await home.screenshot('issue9-firm-search-locked-ar-phone');

      // The coordinator checks the firm, in German at a desk.
      const coordinator = await signedInPage(browser, baseURL!, 'coordinator@demo.passgenau.de', DESKTOP);
      try {
        const checks = coordinator.page;
        await checks.goto('/company-checks');
        const list = checks.getByRole('list', { name: de.staff.verification.title });
        await expect(list.getByText('Petra Holzer')).toBeVisible();
        await checkA11y(checks, 'company checks, German');
        await new AppPage(checks).screenshot('issue9-company-checks-de');
        await list.getByRole('button', { name: `${de.staff.verification.approve}: ${firm}` }).click();
        await expect(checks.getByText(de.staff.verification.approved.replace('{{name}}', firm))).toBeVisible();
      } finally {
        await coordinator.context.close();
      }

      // After the check the firm is told by mail, and the search opens.
      await mailsTo(email, 2);
      await page.reload();
      await expect(page.getByText(ar.staff.searchLocked.pending)).toHaveCount(0);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoHorizontalScroll(page);
      await checkA11y(page, 'search open, Arabic, phone');
      await home.screenshot('issue9-firm-search-open-ar-phone');
    } finally {
      await context.close();
    }
  });
});
