import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { CATALOGUES } from '@passgenau/i18n';
import { expectAccessible } from './pages/a11y';
import { ApiSession, DEMO_PASSWORD } from './pages/api';
import { publishWeldingProfile } from './pages/first-hour';
import { AppPage } from './pages/app-page';
import { SignInPage } from './pages/sign-in-page';

const EMPLOYER = 'employer@demo.passgenau.de';
const CANDIDATE = 'candidate@demo.passgenau.de';
const IBA = 'iba@demo.passgenau.de';
const DEMO_FIRM = 'Metallbau Remstal GmbH (Demo)';
const PHONE = { width: 375, height: 812 };

const de = CATALOGUES.de;
const ar = CATALOGUES.ar;

/** Signs in; the app then speaks the account's language, switched to `language` where it differs. */
async function signIn(page: Page, email: string, language: 'de' | 'ar'): Promise<AppPage> {
  const signInPage = new SignInPage(page);
  await signInPage.goto();
  await signInPage.signIn(email, DEMO_PASSWORD);
  const app = new AppPage(page);
  await expect(app.banner).toBeVisible();
  if ((await app.language()) !== language) await app.chooseLanguage(language);
  return app;
}

async function newPage(browser: Browser, baseURL: string | undefined, phone = false): Promise<Page> {
  const context = await browser.newContext({
    baseURL,
    locale: 'de-DE',
    acceptDownloads: true,
    ...(phone ? { viewport: PHONE, isMobile: true, hasTouch: true } : { viewport: { width: 1280, height: 900 } }),
  });
  return context.newPage();
}

interface MatchItem {
  pseudonym: string;
  score: number;
}

/**
 * What the firm's match list must show, worked out from the screen's API: each candidate once with
 * their best score over the firm's listed offers, best first (ties by pseudonym), the first 20.
 */
async function expectedMatchList(iba: ApiSession, companyId: string): Promise<string[]> {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
  const offers = await iba.call<{ items: Array<{ id: string; status: string; closesOn: string | null }> }>(
    'GET',
    `/offers?companyId=${companyId}&pageSize=100`,
  );
  const best = new Map<string, number>();
  for (const offer of offers.items.filter((o) => o.status === 'open' && (!o.closesOn || o.closesOn >= today))) {
    const matches = await iba.call<{ items: MatchItem[] }>('GET', `/offers/${offer.id}/matches?pageSize=100`);
    for (const m of matches.items) best.set(m.pseudonym, Math.max(best.get(m.pseudonym) ?? -1, m.score));
  }
  return [...best.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, 20)
    .map(([pseudonym]) => pseudonym);
}

function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ');
}

test.describe('printouts', () => {
  let companyId: string;
  let candidatePseudonym: string;

  test.beforeAll(async ({ baseURL }) => {
    // The demo firm opens its doors (so it is in the pool of firms), and the demo candidate has a welding profile.
    const employer = await ApiSession.signIn(baseURL!, EMPLOYER);
    const candidate = await ApiSession.signIn(baseURL!, CANDIDATE);
    try {
      companyId = (await employer.call<{ id: string }>('GET', '/me/company')).id;
      await employer.call('PATCH', `/companies/${companyId}`, { offersTours: true });
      candidatePseudonym = await publishWeldingProfile(candidate, candidate.account.candidateId!);
    } finally {
      await employer.dispose();
      await candidate.dispose();
    }
  });

  test('IBA staff open a firm and download its match list as PDF with the expected candidates', async ({
    browser,
    baseURL,
  }, testInfo) => {
    const iba = await ApiSession.signIn(baseURL!, IBA);
    let expected: string[] = [];
    try {
      await expect
        .poll(async () => (expected = await expectedMatchList(iba, companyId)).includes(candidatePseudonym), {
          timeout: 20_000,
        })
        .toBe(true);
    } finally {
      await iba.dispose();
    }
    const page = await newPage(browser, baseURL);
    await signIn(page, IBA, 'de');
    await page.goto('/firms');
    await page.getByRole('searchbox', { name: de.jobs.filters.q }).fill('Metallbau Remstal');
    const button = page.getByRole('button', { name: `${de.print.buttons.matchList}: ${DEMO_FIRM}` });
    await expect(button).toBeVisible();
    await expectAccessible(page, 'firms with print buttons (IBA, de)');
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toMatch(/^passgenau-matches-[0-9a-f]{8}\.pdf$/);
    const file = testInfo.outputPath('match-list.pdf');
    await download.saveAs(file);
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(file);
    expect(text).toContain(DEMO_FIRM);
    expect(text).toContain(de.print.matchList.title);
    const printed = [...text.matchAll(/\d+\. (K-[A-Z0-9]+)/g)].map((m) => m[1]);
    expect(printed).toEqual(expected);
    await expectAccessible(page, 'firms after the download (IBA, de)');
    await page.context().close();
  });

  test('the print button in Arabic on a phone', async ({ browser, baseURL }, testInfo) => {
    const page = await newPage(browser, baseURL, true);
    const app = await signIn(page, IBA, 'ar');
    await page.goto('/firms');
    await page.getByRole('searchbox', { name: ar.jobs.filters.q }).fill('Metallbau Remstal');
    const button = page.getByRole('button', { name: `${ar.print.buttons.matchList}: ${DEMO_FIRM}` });
    await expect(button).toBeVisible();
    await expectAccessible(page, 'firms with print buttons (IBA, ar, 375 px)');
    await page.screenshot({ path: testInfo.outputPath('firms-print-ar-375.png'), fullPage: false });
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    const file = testInfo.outputPath('match-list-ar.pdf');
    await download.saveAs(file);
    expect(pdfText(file)).toContain(ar.print.matchList.title);
    // The switch is remembered for the account: back to German for the other tests.
    await app.chooseLanguage('de');
    await page.context().close();
  });

  test('the candidate downloads their full pass from their profile page', async ({ browser, baseURL }, testInfo) => {
    const page = await newPage(browser, baseURL);
    // The demo candidate reads Arabic.
    await signIn(page, CANDIDATE, 'ar');
    await page.goto('/profile/view');
    const button = page.getByRole('button', { name: ar.print.buttons.profileFull });
    await expect(button).toBeVisible();
    await expectAccessible(page, 'own profile with print button (candidate, ar)');
    await page.screenshot({ path: testInfo.outputPath('profile-view-print-ar.png') });
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    const file = testInfo.outputPath('pass.pdf');
    await download.saveAs(file);
    const text = pdfText(file);
    expect(text).toContain(ar.print.profile.titleFull);
    expect(text).toContain(candidatePseudonym);
    await page.context().close();
  });

  test('IBA staff open an employer information event, enter a firm on the spot, download one firm’s match list and the batch of all', async ({
    browser,
    baseURL,
  }, testInfo) => {
    test.setTimeout(150_000);
    const EVENT = 'Infotag Arbeitgeber Größe Waiblingen';
    const GUEST = 'Schreinerei Öztürk (vor Ort)';
    const iba = await ApiSession.signIn(baseURL!, IBA);
    const employer = await ApiSession.signIn(baseURL!, EMPLOYER);
    let eventId = '';
    let expected: string[] = [];
    try {
      const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date(Date.now() + 10 * 86_400_000));
      eventId = (
        await iba.call<{ id: string }>('POST', '/events', {
          kind: 'iba_info', title: EVENT, townAgs: '08119079', venue: 'Landratsamt', day,
          startsAt: '10:00', endsAt: '13:00', firmCapacity: 20, candidateCapacity: 50,
        })
      ).id;
      await iba.call('POST', `/events/${eventId}/status`, { status: 'open' });
      // The demo firm comes with all its open offers.
      await employer.call('POST', `/events/${eventId}/registrations`, {});
      await expect
        .poll(async () => (expected = await expectedMatchList(iba, companyId)).includes(candidatePseudonym), { timeout: 20_000 })
        .toBe(true);
    } finally {
      await iba.dispose();
      await employer.dispose();
    }

    const page = await newPage(browser, baseURL);
    const app = await signIn(page, IBA, 'de');
    await page.goto(`/events/${eventId}`);
    await page.getByRole('link', { name: de.print.eventLists.open }).click();
    await expect(page.getByRole('heading', { level: 1, name: de.print.eventLists.title })).toBeVisible();
    await expect(page.locator('[data-firm]')).toHaveCount(1);

    // A firm that walked in: name, town, the occupation it looks for.
    await page.getByRole('textbox', { name: de.print.eventLists.name }).fill(GUEST);
    await page.getByRole('combobox', { name: de.print.eventLists.town }).selectOption({ label: 'Waiblingen' });
    await page.getByRole('combobox', { name: de.jobs.form.occupation }).fill('Schweißer');
    await page.getByRole('listbox').getByRole('option', { name: /^Schwei(ß|ss)er/ }).first().click();
    await page.getByRole('button', { name: de.print.eventLists.add, exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: GUEST })).toBeVisible();
    await expect(page.locator('[data-firm]')).toHaveCount(2);
    // Ready for the next firm: the name field has the focus again.
    await expect(page.getByRole('textbox', { name: de.print.eventLists.name })).toBeFocused();
    await expectAccessible(page, 'event printouts with a guest firm (IBA, de)');
    await page.screenshot({ path: testInfo.outputPath('event-printouts-de.png'), fullPage: true });

    // One firm's list, on the spot.
    const button = page.getByRole('button', { name: de.print.eventLists.matchListFor.replace('{{firm}}', DEMO_FIRM) });
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    const file = testInfo.outputPath('event-firm-matches.pdf');
    await download.saveAs(file);
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(file);
    expect(text).toContain(`${de.print.matchList.event}: ${EVENT}`);
    expect(text).toContain(DEMO_FIRM);
    expect([...text.matchAll(/\d+\. (K-[A-Z0-9]+)/g)].map((m) => m[1])).toEqual(expected);

    // Every firm's list as one batch on the job queue: progress, then the download.
    await page.getByRole('button', { name: de.print.eventLists.startMatchLists }).click();
    const job = page.locator('[data-job]').first();
    await expect(job).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
    const downloadJob = job.getByRole('button', {
      name: de.print.eventLists.downloadFor.replace('{{kind}}', de.print.eventLists.kinds.event_match_lists),
    });
    const [batch] = await Promise.all([page.waitForEvent('download'), downloadJob.click()]);
    const batchFile = testInfo.outputPath('event-match-lists.pdf');
    await batch.saveAs(batchFile);
    const batchText = pdfText(batchFile);
    expect(batchText).toContain(DEMO_FIRM);
    expect(batchText).toContain(GUEST);
    expect(batchText.split(de.print.matchList.title).length - 1).toBe(2);
    await expectAccessible(page, 'event printouts with a finished batch (IBA, de)');

    // The same page in Arabic on a phone.
    await page.setViewportSize(PHONE);
    await app.chooseLanguage('ar');
    await expect(page.getByRole('heading', { level: 1, name: ar.print.eventLists.title })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await expectAccessible(page, 'event printouts (IBA, ar, 375 px)');
    await page.screenshot({ path: testInfo.outputPath('event-printouts-ar-375.png'), fullPage: true });
    await app.chooseLanguage('de');
    await page.context().close();
  });
});
