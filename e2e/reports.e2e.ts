import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { expectAccessible } from './pages/a11y';
import { DEMO_PASSWORD } from './pages/api';
import { SCREENSHOT_DIR } from './pages/home-page';
import { SignInPage } from './pages/sign-in-page';

/** The district report page: a coordinator sees table, chart and CSV download, in German and Arabic, at 1280 and 375 px. */
test.describe('district report', () => {
  for (const language of ['de', 'ar'] as const) {
    for (const width of [1280, 375]) {
      test(`coordinator, ${language}, ${width} px`, async ({ browser, baseURL }) => {
        test.setTimeout(150_000);
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
        await signIn.signIn('coordinator@demo.passgenau.de', DEMO_PASSWORD);
        await page.goto('/reports');
        await expect(page.locator('main table')).toBeVisible();
        await expect(page.locator('html')).toHaveAttribute('dir', language === 'ar' ? 'rtl' : 'ltr');
        await expect(page.locator('main .recharts-wrapper')).toBeVisible();
        // Every count shown is 5 or more, or "<5".
        for (const text of await page.locator('main tbody td, main tfoot td').allInnerTexts()) {
          expect(text.trim()).toMatch(/^(<5|[\d.,٬٠-٩]+)$/);
        }
        await page
          .getByRole('combobox', { name: language === 'de' ? 'Aufteilen nach' : 'التقسيم حسب' })
          .click();
        await page.getByRole('option', { name: language === 'de' ? 'Gemeinde' : 'البلدية' }).click();
        await expect(page.locator('main tbody tr').first()).toBeVisible();
        await page.keyboard.press('Escape');
        await expectAccessible(page, `report ${language} ${width}`);
        mkdirSync(SCREENSHOT_DIR, { recursive: true });
        await page.screenshot({
          path: join(SCREENSHOT_DIR, `reports-${language}-${width}.png`),
          fullPage: true,
        });

        const download = page.waitForEvent('download');
        await page
          .getByRole('button', { name: language === 'de' ? 'Als CSV herunterladen' : 'تنزيل كملف CSV' })
          .click();
        expect((await download).suggestedFilename()).toMatch(
          /^district-report-\d{4}-\d{2}-\d{4}-\d{2}-by-town\.csv$/,
        );
        await context.close();
      });
    }
  }
});
