import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { CATALOGUES } from '@passgenau/i18n';
import { expectAccessible } from './pages/a11y';
import { DEMO_PASSWORD } from './pages/api';
import { SCREENSHOT_DIR } from './pages/home-page';
import { SignInPage } from './pages/sign-in-page';

const CASES = [
  { who: 'employer', email: 'employer@demo.passgenau.de', page: '/search', ready: 'main h1' },
  { who: 'candidate', email: 'candidate@demo.passgenau.de', page: '/jobs', ready: 'main article, main li' },
] as const;

/** "Save this search" on the candidate search and the job board, and the saved-searches page, in German and Arabic. */
test.describe('saved searches', () => {
  for (const { who, email, page: searchPage, ready } of CASES) {
    for (const language of ['de', 'ar'] as const) {
      for (const width of [1280, 375]) {
        test(`${who} saves a search, ${language}, ${width} px`, async ({ browser, baseURL }) => {
          test.setTimeout(150_000);
          const texts = CATALOGUES[language].savedSearches;
          const context = await browser.newContext({
            baseURL,
            locale: language === 'de' ? 'de-DE' : 'ar',
            viewport: { width, height: 900 },
          });
          await context.addInitScript(
            (code) => window.localStorage.setItem('passgenau.language', code),
            language,
          );
          const page = await context.newPage();
          const signIn = new SignInPage(page);
          await signIn.goto();
          await signIn.signIn(email, DEMO_PASSWORD);
          await page.goto(searchPage);
          await page.locator(ready).first().waitFor();
          await page.getByRole('button', { name: texts.save }).click();
          const name = `${who} ${language} ${width}`;
          await page.getByRole('textbox', { name: texts.name }).fill(name);
          await page.getByRole('button', { name: texts.saveSubmit, exact: true }).click();
          await expect(page.getByRole('status').filter({ hasText: texts.saved })).toBeVisible();
          await page.getByRole('link', { name: texts.toList }).click();
          await expect(page.getByRole('heading', { level: 1, name: texts.title })).toBeVisible();
          await expect(page.getByText(name, { exact: true })).toBeVisible();
          await page.getByRole('button', { name: texts.showResults }).first().click();
          await expect(
            page.getByRole('list', { name: texts.results }).or(page.getByText(texts.noResults)),
          ).toBeVisible();
          await expectAccessible(page, `saved searches ${who} ${language} ${width}`);
          mkdirSync(SCREENSHOT_DIR, { recursive: true });
          await page.screenshot({
            path: join(SCREENSHOT_DIR, `saved-searches-${who}-${language}-${width}.png`),
            fullPage: true,
          });
          await context.close();
        });
      }
    }
  }
});
