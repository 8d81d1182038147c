import { expect, test } from '@playwright/test';
import { SEARCHABLE_PROFILE_CONSENT } from '@passgenau/domain';
import { CATALOGUES } from '@passgenau/i18n';
import { ApiSession } from './pages/api';
import { AppPage } from './pages/app-page';
import { HomePage } from './pages/home-page';
import { ProfileWizardPage } from './pages/profile-wizard-page';
import { SignInPage } from './pages/sign-in-page';
import { checkA11y, DEMO, DESKTOP, expectNoHorizontalScroll, PHONE, signedInPage } from './pages/first-hour';
import { DEMO_PASSWORD } from './pages/api';

// Issue 9, items 5, 6, 7 and 13: the company form, the pickers, the candidate's review step and the phone layout.

test.describe('first hour: forms, pickers and phones', () => {
  test('the company form shows the saved "what the firm offers" after a reload', async ({
    browser,
    baseURL,
  }) => {
    const de = CATALOGUES.de;
    const { context, page } = await signedInPage(browser, baseURL!, DEMO.employer.email, DESKTOP);
    try {
      await page.goto('/company');
      const group = page.getByRole('group', { name: de.jobs.company.offers });
      const tours = group.getByRole('checkbox', { name: de.jobs.company.offersTours });
      const internships = group.getByRole('checkbox', { name: de.jobs.company.offersInternships });
      const wantTours = !(await tours.isChecked());
      await tours.setChecked(wantTours);
      await internships.setChecked(true);
      await page
        .getByRole('region', { name: de.jobs.company.profile })
        .getByRole('button', { name: de.jobs.company.save, exact: true })
        .click();
      await expect(page.getByText(de.jobs.company.saved)).toBeVisible();
      await page.reload();
      await expect(group.getByRole('checkbox', { name: de.jobs.company.offersTours })).toBeChecked({
        checked: wantTours,
      });
      await expect(group.getByRole('checkbox', { name: de.jobs.company.offersInternships })).toBeChecked();
      await checkA11y(page, 'company form after reload, German');
      await new AppPage(page).screenshot('issue9-company-offers-de');
    } finally {
      await context.close();
    }
  });

  test('the occupation picker ranks the prefix "Schweiß" first and tells same-label Arabic entries apart', async ({
    browser,
    baseURL,
  }) => {
    const de = CATALOGUES.de;
    const ar = CATALOGUES.ar;
    const { context, page } = await signedInPage(browser, baseURL!, DEMO.employer.email, DESKTOP);
    try {
      const app = new AppPage(page);
      await page.goto('/profiles');
      const picker = page.getByRole('textbox', { name: de.profiles.list.occupation });
      await picker.fill('Schweiß');
      const first = page.getByRole('listbox').getByRole('option').first();
      await expect(first).toContainText(/^Schwei(ß|ss)/);
      await expect(first).not.toContainText(/Schwein/);
      await checkA11y(page, 'occupation picker "Schweiß", German');
      await app.screenshot('issue9-picker-prefix-de', { fullPage: false });

      await app.chooseLanguage('ar');
      const arPicker = page.getByRole('textbox', { name: ar.profiles.list.occupation });
      await arPicker.fill('عامل لحام');
      const options = page.getByRole('listbox').getByRole('option');
      await expect.poll(async () => options.count()).toBeGreaterThanOrEqual(2);
      const names = await options.allInnerTexts();
      const sameLabel = names.filter((name) => name.includes('لحام'));
      expect(sameLabel.length).toBeGreaterThanOrEqual(2);
      // Every entry reads differently: a second language, the ISCO group or a description tells them apart.
      expect(new Set(sameLabel.map((name) => name.trim())).size).toBe(sameLabel.length);
      await checkA11y(page, 'occupation picker "عامل لحام", Arabic');
      await app.screenshot('issue9-picker-same-label-ar', { fullPage: false });
    } finally {
      await context.close();
    }
  });

  test('a candidate gets her account language after sign-in, finds "фарбування", sees what others add, and Publish explains consent first', async ({
    browser,
    baseURL,
  }) => {
    const ar = CATALOGUES.ar;
    const uk = CATALOGUES.uk;
    const api = await ApiSession.signIn(baseURL!, DEMO.candidate.email);
    const candidateId = api.account.candidateId!;
    const context = await browser.newContext({ baseURL, ...PHONE });
    try {
      const consent = await api.call<{ searchableConsent: boolean }>('GET', `/candidates/${candidateId}`);
      if (consent.searchableConsent) await api.call('DELETE', `/candidates/${candidateId}/consent`);
      // The review explains what publishing needs on a draft: other tests may have published it.
      const profile = await api.call<{ status: string }>('GET', `/candidates/${candidateId}/profile`);
      if (profile.status === 'published') await api.call('POST', `/candidates/${candidateId}/profile/unpublish`);

      // The browser remembers German; the account is Arabic, and after sign-in the app is Arabic.
      const page = await context.newPage();
      const home = new HomePage(page);
      await home.goto();
      await expect(home.html).toHaveAttribute('lang', 'de');
      const signIn = new SignInPage(page);
      await signIn.goto();
      await signIn.signIn(DEMO.candidate.email, DEMO_PASSWORD);
      await expect(home.html).toHaveAttribute('lang', 'ar');
      await expect(home.html).toHaveAttribute('dir', 'rtl');

      const wizard = new ProfileWizardPage(page);
      await page.goto('/profile');
      await wizard.expectLoaded();
      await wizard.openStep('review');
      await expect(page.getByText(ar.profiles.review.byOthers)).toBeVisible();
      await expect(page.getByText(ar.profiles.review.evidenceByOthers)).toBeVisible();
      await expect(page.getByText(ar.profiles.review.needsFirst)).toBeVisible();
      await expect(page.getByText(ar.profiles.publishErrors.consent)).toBeVisible();
      await expect(
        page.getByRole('button', { name: ar.profiles.review.publish, exact: true }),
      ).toBeDisabled();
      await expectNoHorizontalScroll(page);
      await checkA11y(page, 'review step without consent, Arabic, phone');
      await wizard.screenshot('issue9-review-consent-first-ar-phone');

      await wizard.chooseLanguage('uk');
      await wizard.openStep('competences');
      await page.getByRole('textbox', { name: uk.profiles.competences.search }).fill('фарбування');
      await expect(page.getByRole('option').filter({ hasText: /фарб/i }).first()).toBeVisible();
      await checkA11y(page, 'competence picker "фарбування", Ukrainian, phone');
      await wizard.screenshot('issue9-picker-inflected-uk-phone', { fullPage: false });
      // Back to the account's language for the next tests.
      await wizard.chooseLanguage('ar');
    } finally {
      await api.call('POST', `/candidates/${candidateId}/consent`, {
        textVersion: SEARCHABLE_PROFILE_CONSENT.version,
      });
      await api.dispose();
      await context.close();
    }
  });

  test('at 375 px my company offers and the admin accounts do not scroll sideways, and job cards hyphenate occupation names', async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const de = CATALOGUES.de;
    const employer = await signedInPage(browser, baseURL!, DEMO.employer.email, PHONE);
    try {
      const page = employer.page;
      await page.goto('/company');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByText(de.jobs.company.offers).first()).toBeVisible();
      await expectNoHorizontalScroll(page);
      await checkA11y(page, 'my company, phone');
      await new AppPage(page).screenshot('issue9-my-company-phone');

      await page.goto('/jobs');
      const label = page.getByTestId('occupation-label').first();
      await expect(label).toBeVisible();
      const style = await label.evaluate((element) => ({
        hyphens: getComputedStyle(element).hyphens,
        lang: element.closest('[lang]')?.getAttribute('lang') ?? '',
      }));
      expect(style.hyphens).toBe('auto');
      expect(style.lang).not.toBe('');
      await expectNoHorizontalScroll(page);
      await checkA11y(page, 'job board, phone');
      await new AppPage(page).screenshot('issue9-job-cards-phone');
    } finally {
      await employer.context.close();
    }

    const admin = await signedInPage(browser, baseURL!, DEMO.admin.email, PHONE);
    try {
      await admin.page.goto('/admin');
      await expect(admin.page.getByRole('heading', { level: 1 })).toBeVisible();
      const accounts = admin.page.getByRole('tabpanel').getByRole('table');
      await expect(accounts).toBeVisible();
      await expect.poll(async () => accounts.getByRole('row').count()).toBeGreaterThan(2);
      await expectNoHorizontalScroll(admin.page);
      await checkA11y(admin.page, 'admin accounts, phone');
      await new AppPage(admin.page).screenshot('issue9-admin-accounts-phone');
    } finally {
      await admin.context.close();
    }
  });
});
