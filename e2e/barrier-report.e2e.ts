import { expect, test } from '@playwright/test';
import { CATALOGUES, type LocaleCode } from '@passgenau/i18n';
import { expectAccessible } from './pages/a11y';
import { mailsTo } from './pages/mailbox';
import { SCREENSHOT_DIR } from './pages/home-page';

const COORDINATOR = 'coordinator@demo.passgenau.de';

test.describe('accessibility statement and barrier report', () => {
  let reports = 0;

  for (const language of ['de', 'ar'] as const satisfies readonly LocaleCode[]) {
    test(`a visitor in ${language} opens the statement from the footer and reports a barrier; the coordinator gets it`, async ({
      browser,
      baseURL,
    }) => {
      const texts = CATALOGUES[language].a11yStatement;
      const context = await browser.newContext({ baseURL, locale: language === 'de' ? 'de-DE' : 'ar' });
      const page = await context.newPage();
      await page.goto('/jobs');
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await page.getByRole('contentinfo').getByRole('link', { name: texts.footerLink }).click();

      await expect(page).toHaveURL(/\/accessibility$/);
      await expect(page.getByRole('heading', { level: 1, name: texts.title })).toBeFocused();
      await expect(page).toHaveTitle(`${texts.title} – Passgenau`);
      await expect(page.getByText(texts.status)).toBeVisible();
      await expectAccessible(page, `statement (${language})`);

      // The page came along; a too short description is refused at its field.
      await expect(page.getByRole('textbox', { name: texts.form.page })).toHaveValue('/jobs');
      const description = page.getByRole('textbox', { name: texts.form.description });
      await description.fill('ab');
      await page.getByRole('button', { name: texts.form.submit }).click();
      await expect(description).toBeFocused();
      await expect(description).toHaveAttribute('aria-invalid', 'true');
      await expectAccessible(page, `barrier form with an error (${language})`);

      const marker = `${language}-${Date.now().toString(36)}`;
      const text =
        language === 'de'
          ? `Der Filter „Ort“ lässt sich nicht mit der Tastatur schließen (${marker})`
          : `لا يمكن إغلاق قائمة المكان بلوحة المفاتيح (${marker})`;
      await description.fill(text);
      await page.getByRole('button', { name: texts.form.submit }).click();
      await expect(page.getByTestId('barrier-sent')).toBeFocused();
      await expect(page.getByText(texts.form.sent)).toBeVisible();
      await page.screenshot({
        path: `${SCREENSHOT_DIR}/barrier-report-sent-${language}.png`,
        fullPage: true,
      });
      await expectAccessible(page, `barrier report sent (${language})`);
      reports += 1;

      // Through the outbox and the job queue to the demo coordinator, as an .eml file in this run.
      await expect
        .poll(async () => (await mailsTo(COORDINATOR, reports)).some((mail) => mail.text.includes(marker)), {
          timeout: 30_000,
        })
        .toBe(true);
      await context.close();
    });
  }
});
