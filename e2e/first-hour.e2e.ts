import { expect, test } from '@playwright/test';
import { CATALOGUES } from '@passgenau/i18n';
import { AppPage } from './pages/app-page';
import { HomePage } from './pages/home-page';
import { linkIn, mailsTo } from './pages/mailbox';
import { ApiSession } from './pages/api';
import {
  checkA11y,
  DEMO,
  DESKTOP,
  expectNoHorizontalScroll,
  PHONE,
  publishDemoProfile,
  signedInPage,
  unique,
  escapeRegExp,
} from './pages/first-hour';

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
        await expect(
          checks.getByText(de.staff.verification.approved.replace('{{name}}', firm)),
        ).toBeVisible();
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

  test('"Interested: N" on an offer of my company opens the pseudonyms of who marked interest', async ({
    browser,
    baseURL,
  }) => {
    const de = CATALOGUES.de;
    const { pseudonym } = await publishDemoProfile(baseURL!);
    const candidate = await ApiSession.signIn(baseURL!, DEMO.candidate.email);
    const employerApi = await ApiSession.signIn(baseURL!, DEMO.employer.email);
    try {
      const mine = await employerApi.call<{ items: Array<{ id: string; status: string }> }>(
        'GET',
        '/offers?status=open',
      );
      const offer = mine.items.find((o) => o.status === 'open') ?? mine.items[0]!;
      await candidate.call('PUT', `/job-board/offers/${offer.id}/interest`, {});
    } finally {
      await candidate.dispose();
      await employerApi.dispose();
    }
    const { context, page } = await signedInPage(browser, baseURL!, DEMO.employer.email, DESKTOP);
    try {
      await page.goto('/company');
      await page
        .getByRole('button', { name: /Interessiert: [1-9]/ })
        .first()
        .click();
      const dialog = page.getByRole('dialog', { name: de.staff.interested.title });
      await expect(dialog.getByRole('link', { name: pseudonym })).toBeVisible();
      await checkA11y(page, 'interested list, German');
      await new AppPage(page).screenshot('issue9-interested-de', { fullPage: false });
    } finally {
      await context.close();
    }
  });

  test('IBA staff import assessments by pseudonym with a column error, open the duplicates and look a person up (German, Arabic)', async ({
    browser,
    baseURL,
  }) => {
    const de = CATALOGUES.de;
    const ar = CATALOGUES.ar;
    const { pseudonym } = await publishDemoProfile(baseURL!);
    const { context, page } = await signedInPage(browser, baseURL!, DEMO.iba.email, DESKTOP);
    try {
      const app = new AppPage(page);
      await page.goto('/assessments');
      const csv = [
        'candidate,provider,procedure,assessedOn,code,level',
        `${pseudonym},IBA Waiblingen,MYSKILLS,2026-10-01,http://data.europa.eu/esco/skill/does-not-exist,excellent`,
      ].join('\n');
      await page.locator('input[type="file"]').setInputFiles({
        name: 'ergebnisse.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(csv, 'utf8'),
      });
      const expected = de.staff.csv.columnError
        .replace('{{column}}', 'level')
        .replace('{{expected}}', de.staff.csv.expected.level);
      await expect(page.getByText(expected)).toBeVisible();
      await expect(
        page.getByText(de.staff.csv.columnError.replace('{{column}}', 'candidate').split('{{expected}}')[0]!),
      ).toHaveCount(0);
      await checkA11y(page, 'assessment import with a column error, German');
      await app.screenshot('issue9-csv-column-error-de');

      await page.goto('/duplicates');
      await expect(page.getByRole('heading', { level: 1, name: de.duplicates.title })).toBeVisible();
      await checkA11y(page, 'duplicates, German');
      await app.screenshot('issue9-duplicates-de');

      await app.chooseLanguage('ar');
      await page.goto('/candidates/lookup');
      const form = page.getByRole('search', { name: ar.staff.lookup.title });
      await form.getByRole('textbox', { name: ar.staff.lookup.query }).fill('Haddad');
      await form.getByRole('button', { name: ar.staff.lookup.search }).click();
      const results = page.getByRole('list', { name: ar.staff.lookup.results });
      await expect(results.getByText(DEMO.candidate.name)).toBeVisible();
      await expect(results.getByText(pseudonym)).toBeVisible();
      await checkA11y(page, 'candidate lookup, Arabic');
      await app.screenshot('issue9-lookup-ar');
    } finally {
      await context.close();
    }
  });

  test('the coordinator adds the Arabic label "طباخ" to cook, the Arabic picker then finds cook by it, and adds a town', async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(240_000);
    const de = CATALOGUES.de;
    const ar = CATALOGUES.ar;
    const { context, page } = await signedInPage(browser, baseURL!, DEMO.coordinator.email, DESKTOP);
    try {
      const app = new AppPage(page);
      await page.goto('/taxonomy');
      await page.getByRole('textbox', { name: new RegExp(`^${de.staff.taxonomy.pick}`) }).fill('Koch');
      await page
        .getByRole('option', { name: /^Koch\/Köchin/ })
        .first()
        .click();
      const form = page.getByRole('form', { name: de.staff.taxonomy.addTitle });
      await form.getByRole('combobox', { name: de.staff.taxonomy.lang }).selectOption('ar');
      await form.getByRole('textbox', { name: new RegExp(`^${de.staff.taxonomy.text}`) }).fill('طباخ');
      await form.getByRole('button', { name: de.staff.taxonomy.add }).click();
      // Adding answers once the taxonomy index is rebuilt with the label (a full rebuild: slow on a busy machine).
      await expect(page.getByText(de.staff.taxonomy.added)).toBeVisible({ timeout: 150_000 });
      const table = page.getByRole('table', { name: de.staff.taxonomy.labels });
      await expect(table.getByText('طباخ')).toBeVisible();
      await checkA11y(page, 'taxonomy label added, German');
      await app.screenshot('issue9-taxonomy-label-de');

      // The town list is managed on the same page.
      const name = `Testweiler ${unique()}`;
      await page.getByRole('button', { name: de.staff.towns.add }).click();
      const town = page.getByRole('form', { name: de.staff.towns.add });
      await town
        .getByRole('textbox', { name: new RegExp(`^${escapeRegExp(de.staff.towns.ags)}`) })
        .fill('08119998');
      await town.getByRole('textbox', { name: new RegExp(`^${de.staff.towns.name}`) }).fill(name);
      await town.getByRole('textbox', { name: new RegExp(`^${de.staff.towns.lat}`) }).fill('48.85');
      await town.getByRole('textbox', { name: new RegExp(`^${de.staff.towns.lon}`) }).fill('9.45');
      await town
        .getByRole('textbox', { name: new RegExp(`^${escapeRegExp(de.staff.towns.postalCodes)}`) })
        .fill('71599');
      await town.getByRole('button', { name: de.staff.towns.save }).click();
      await expect(page.getByRole('list', { name: de.staff.towns.title }).getByText(name)).toBeVisible();

      // In Arabic, the picker finds cook by the new label at once.
      await app.chooseLanguage('ar');
      await page.reload();
      await page.getByRole('textbox', { name: new RegExp(`^${ar.staff.taxonomy.pick}`) }).fill('طباخ');
      await page.getByRole('option').first().click();
      await expect(
        page.getByRole('table', { name: ar.staff.taxonomy.labels }).getByText('Koch/Köchin'),
      ).toBeVisible();
      await checkA11y(page, 'taxonomy picker found by the new label, Arabic');
      await app.screenshot('issue9-taxonomy-found-ar');
    } finally {
      await context.close();
    }
  });
});
