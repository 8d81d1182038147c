import { expect, test, type Browser, type Page } from '@playwright/test';
import { CATALOGUES } from '@passgenau/i18n';
import { expectAccessible } from './pages/a11y';
import { ApiSession, DEMO_PASSWORD } from './pages/api';
import { AppPage } from './pages/app-page';
import { publishDemoProfile, publishWeldingProfile, unique } from './pages/first-hour';
import { SignInPage } from './pages/sign-in-page';

const EMPLOYER = 'employer@demo.passgenau.de';
const CANDIDATE = 'candidate@demo.passgenau.de';
const MENTOR = 'mentor@demo.passgenau.de';
const IBA = 'iba@demo.passgenau.de';
const COORDINATOR = 'coordinator@demo.passgenau.de';
const PHONE = { width: 375, height: 812 };

const de = CATALOGUES.de;
const ar = CATALOGUES.ar;

async function signIn(page: Page, email: string, language: 'de' | 'ar'): Promise<AppPage> {
  const signInPage = new SignInPage(page);
  await signInPage.goto();
  if (language !== 'de') await signInPage.chooseLanguage(language);
  await signInPage.signIn(email, DEMO_PASSWORD);
  await expect(signInPage.html).toHaveAttribute('lang', language);
  return new AppPage(page);
}

async function newPage(browser: Browser, baseURL: string | undefined, phone = false): Promise<Page> {
  const context = await browser.newContext({
    baseURL,
    locale: 'de-DE',
    ...(phone
      ? { viewport: PHONE, isMobile: true, hasTouch: true }
      : { viewport: { width: 1280, height: 900 } }),
  });
  return context.newPage();
}

/** Today in the district (Europe/Berlin), YYYY-MM-DD. */
function districtToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
}

/**
 * Trial days recorded through the API for new candidates of the demo mentor (a request from the demo firm,
 * accepted by the mentor, the trial day recorded by the firm): so that the report can show the month's count
 * above the small-cell threshold of 5.
 */
async function recordTrialDays(baseURL: string, count: number): Promise<void> {
  const mentor = await ApiSession.signIn(baseURL, MENTOR);
  const employer = await ApiSession.signIn(baseURL, EMPLOYER);
  try {
    for (let i = 0; i < count; i += 1) {
      const created = await mentor.call<{ candidateId: string }>('POST', '/mentor/candidates', {
        givenName: 'Probetag',
        familyName: `Kandidat ${unique()}`,
        language: 'de',
      });
      const pseudonym = await publishWeldingProfile(mentor, created.candidateId);
      const sent = await employer.call<{ id: string }>('POST', '/contact-requests', {
        pseudonym,
        message: 'Hätten Sie Zeit für einen Probetag?',
      });
      await mentor.call('POST', `/contact-requests/${sent.id}/accept`, {
        shareEmail: false,
        sharePhone: false,
      });
      await employer.call('POST', `/contact-requests/${sent.id}/outcomes`, {
        stage: 'trial',
        occurredOn: districtToday(),
      });
    }
  } finally {
    await mentor.dispose();
    await employer.dispose();
  }
}

/** The district report's count of trial days this month, as the API gives it to a coordinator (null: below 5). */
async function trialDaysThisMonth(baseURL: string): Promise<number | null> {
  const coordinator = await ApiSession.signIn(baseURL, COORDINATOR);
  try {
    const month = districtToday().slice(0, 7);
    const report = await coordinator.call<{ totals: { outcomesTrial: number | null } }>(
      'GET',
      `/reports/district?groupBy=month&from=${month}&to=${month}`,
    );
    return report.totals.outcomesTrial;
  } finally {
    await coordinator.dispose();
  }
}

test.describe('contacts', () => {
  test.describe.configure({ timeout: 240_000 });

  test("an employer in German shortlists a candidate and asks for contact; the mentor accepts in Arabic; the firm sees the contact data; IBA staff record a trial day; the coordinator's report counts it", async ({
    page,
    browser,
    baseURL,
  }) => {
    const { pseudonym } = await publishDemoProfile(baseURL!);
    // Four trial days before this one, so that the month's count is shown (5 or more) once it is recorded.
    await recordTrialDays(baseURL!, 4);
    const trialDaysBefore = await trialDaysThisMonth(baseURL!);

    // The employer (German) finds the candidate and puts them on the shortlist.
    const employer = await signIn(page, EMPLOYER, 'de');
    await expect
      .poll(
        async () => {
          await page.goto(`/search?q=${encodeURIComponent(pseudonym)}`);
          // The count of hits is announced once the answer is on screen.
          await page.getByRole('status').filter({ hasText: /\d/ }).first().waitFor();
          return page.locator(`[data-pseudonym="${pseudonym}"]`).count();
        },
        { timeout: 30_000 },
      )
      .toBeGreaterThan(0);
    const hit = page.locator(`[data-pseudonym="${pseudonym}"]`);
    await hit
      .getByRole('button', { name: de.contacts.shortlist.addFor.replace('{{pseudonym}}', pseudonym) })
      .click();
    await expect(
      hit.getByRole('button', { name: de.contacts.shortlist.addFor.replace('{{pseudonym}}', pseudonym) }),
    ).toHaveAttribute('aria-pressed', 'true');

    await employer.banner.getByRole('button', { name: new RegExp(`^${de.nav.accountMenu}`) }).click();
    await page.getByRole('menuitem', { name: de.contacts.nav.employer }).click();
    await expect(page.getByRole('heading', { level: 1, name: de.contacts.shortlist.title })).toBeVisible();
    const entry = page.locator(`[data-pseudonym="${pseudonym}"]`);
    await expect(entry).toBeVisible();
    await expectAccessible(page, 'shortlist, German');
    await employer.screenshot('contacts-shortlist-de-1280');

    // The contact request, with a message written as the firm likes.
    await entry
      .getByRole('button', { name: de.contacts.send.buttonFor.replace('{{pseudonym}}', pseudonym) })
      .click();
    const dialog = page.getByRole('dialog');
    await dialog
      .getByRole('textbox', { name: de.contacts.send.message })
      .fill('Guten Tag,\nwir suchen Verstärkung in der Schweißerei. Hätten Sie Zeit für ein Gespräch?');
    await expectAccessible(page, 'send dialog, German');
    await dialog.getByRole('button', { name: de.contacts.send.submit }).click();
    await expect(dialog.getByRole('status')).toHaveText(de.contacts.send.sent);
    await dialog.getByRole('button', { name: de.common.close }).first().click();

    await page.goto('/contact-requests/sent');
    const sent = page.locator('[data-request]').first();
    await expect(sent.getByText(de.contacts.status.open, { exact: true })).toBeVisible();
    await expect(page.getByText(CANDIDATE)).toHaveCount(0);

    // The mentor (Arabic, on a phone) accepts on behalf of the candidate, sharing the e-mail address.
    const mentorPage = await newPage(browser, baseURL, true);
    const mentor = await signIn(mentorPage, MENTOR, 'de');
    await mentor.chooseLanguage('ar');
    await mentor.banner.getByRole('link', { name: ar.contacts.nav.inbox }).click();
    await expect(mentorPage.getByRole('heading', { level: 1, name: ar.contacts.inbox.title })).toBeVisible();
    const request = mentorPage.locator('[data-request]').first();
    await expect(request.getByText('wir suchen Verstärkung', { exact: false })).toBeVisible();
    await expect(mentorPage.locator('html')).toHaveAttribute('dir', 'rtl');
    await expectAccessible(mentorPage, 'inbox, Arabic, phone');
    await mentor.screenshot('contacts-inbox-ar-375');
    await request.getByRole('button', { name: ar.contacts.inbox.accept }).click();
    const acceptDialog = mentorPage.getByRole('dialog');
    await expect(acceptDialog.getByRole('checkbox', { name: ar.contacts.inbox.shareEmail })).toBeChecked();
    await acceptDialog.getByRole('button', { name: ar.contacts.inbox.confirmAccept }).click();
    await expect(request.getByText(ar.contacts.status.accepted, { exact: true })).toBeVisible();

    // The employer now sees the name and the e-mail address.
    await page.reload();
    await expect(sent.getByText(de.contacts.status.accepted, { exact: true })).toBeVisible();
    await expect(sent.getByRole('link', { name: CANDIDATE })).toBeVisible();
    await expectAccessible(page, 'sent requests with contact data, German');
    await employer.screenshot('contacts-sent-accepted-de-1280');

    // IBA staff record a trial day on the accepted contact.
    const ibaPage = await newPage(browser, baseURL);
    const iba = await signIn(ibaPage, IBA, 'de');
    await iba.banner.getByRole('button', { name: new RegExp(`^${de.nav.accountMenu}`) }).click();
    await ibaPage.getByRole('menuitem', { name: de.contacts.nav.brokering }).click();
    await expect(ibaPage.getByRole('heading', { level: 1, name: de.contacts.brokering.title })).toBeVisible();
    const contact = ibaPage.locator('[data-request]', { hasText: pseudonym }).first();
    await contact.getByRole('combobox', { name: de.contacts.outcomes.stage }).click();
    await ibaPage.getByRole('option', { name: de.contacts.outcomes.stages.trial }).click();
    await contact.getByRole('button', { name: de.contacts.outcomes.save }).click();
    await expect(contact.getByRole('status')).toHaveText(de.contacts.outcomes.saved);
    await expect(
      contact.getByText(de.contacts.outcomes.stages.trial, { exact: false }).first(),
    ).toBeVisible();
    await expectAccessible(ibaPage, 'brokering page with an outcome, German');
    await iba.screenshot('contacts-brokering-de-1280');

    // The employer sees the trial day in the history.
    await page.reload();
    await expect(sent.getByText(de.contacts.outcomes.stages.trial, { exact: false }).first()).toBeVisible();

    // The coordinator's district report counts it: this month's trial days went up by one, to 5 or more.
    const expected = (trialDaysBefore ?? 4) + 1;
    const coordinatorPage = await newPage(browser, baseURL);
    await signIn(coordinatorPage, COORDINATOR, 'de');
    await coordinatorPage.goto('/reports');
    // The table comes with the report's answer: wait for its trial-day column before reading the headers.
    await expect(
      coordinatorPage.locator('main thead th', { hasText: de.reports.measures.outcomesTrial }),
    ).toBeVisible();
    const headers = await coordinatorPage.locator('main thead th').allInnerTexts();
    const trialColumn = headers.findIndex((h) => h.trim() === de.reports.measures.outcomesTrial);
    expect(
      trialColumn,
      `no column "${de.reports.measures.outcomesTrial}" in ${headers.join(' | ')}`,
    ).toBeGreaterThan(0);
    await expect(
      coordinatorPage.locator('main tfoot tr').first().locator('th, td').nth(trialColumn),
    ).toHaveText(new Intl.NumberFormat('de-DE').format(expected));
    await expectAccessible(coordinatorPage, 'district report with the trial days, German');
  });
});
