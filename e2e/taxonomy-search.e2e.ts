import { expect, test } from '@playwright/test';
import { CATALOGUES } from '@passgenau/i18n';
import { HomePage } from './pages/home-page';
import { expectAccessible } from './pages/a11y';

const WELDER = 'http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b';

test.describe('competence explorer', () => {
  test('finds the welder by a Ukrainian word', async ({ page }) => {
    const home = new HomePage(page);
    await home.goto();
    await home.chooseLanguage('uk');

    await home.search('occupations', 'зварювальник');

    await expect.poll(async () => home.resultCodes('occupations')).toContain(WELDER);
  });

  test('finds a competence by a German word and opens its detail', async ({ page }) => {
    const home = new HomePage(page);
    await home.goto();
    await expect(home.html).toHaveAttribute('lang', 'de');

    const results = await home.search('competences', 'Schweißgeräte');
    const first = results.locator('[data-code]').first();
    const code = await first.getAttribute('data-code');
    expect(code).toBeTruthy();
    await expect(first).toContainText(/Schweißgeräte/);

    const detail = await home.openHit('competences', code!);
    await expect(detail.locator(`[data-code="${code}"]`)).toBeVisible();
    await expect(detail.getByText(CATALOGUES.de.detail.skill, { exact: true })).toBeVisible();
    await expect(detail).toContainText(/Schweißgeräte/);
    await expectAccessible(home.page, 'detail-de-desktop');
    await home.screenshot('detail-de-desktop', { fullPage: false });
  });

  test('keeps the chosen language after a reload', async ({ page }) => {
    const home = new HomePage(page);
    await home.goto();
    await home.chooseLanguage('fa');

    await page.reload();

    await expect(home.html).toHaveAttribute('lang', 'fa');
    await expect(home.html).toHaveAttribute('dir', 'rtl');
  });
});
