import { expect, test } from '@playwright/test';
import { CATALOGUES } from '@passgenau/i18n';
import { HomePage } from './pages/home-page';
import { expectAccessible } from './pages/a11y';

const WELDER = 'http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b';

test.describe('start page', () => {
  test('opens in the browser language (German) and shows the data credits', async ({ page }) => {
    // A Content-Security-Policy violation or a crash shows up here, not on screen.
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    const home = new HomePage(page);
    await home.goto();

    await expect(home.html).toHaveAttribute('lang', 'de');
    await expect(home.html).toHaveAttribute('dir', 'ltr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(CATALOGUES.de.intro.title);
    const footer = page.getByRole('contentinfo');
    await expect(footer).toContainText(
      'This service uses the ESCO classification of the European Commission.',
    );
    await expect(footer).toContainText(
      'Quelle: Statistik der Bundesagentur für Arbeit, KldB 2010 – überarbeitete Fassung 2020',
    );
    await expect(footer).toContainText(
      CATALOGUES.de.footer.towns.replace('{{osm}}', CATALOGUES.de.footer.osm),
    );
    await expect(footer.getByRole('link', { name: CATALOGUES.de.footer.apiDocs })).toHaveAttribute(
      'href',
      '/api/docs',
    );
    expect(await home.scrollsHorizontally()).toBe(false);

    await expectAccessible(home.page, 'home-de-desktop');
    await home.screenshot('home-de-desktop');
    expect(problems).toEqual([]);
  });

  test('mirrors the page in Arabic and finds the welder by an Arabic word', async ({ page }) => {
    const home = new HomePage(page);
    await home.goto();

    await home.chooseLanguage('ar');

    await expect(home.html).toHaveAttribute('dir', 'rtl');
    await expect(home.html).toHaveAttribute('lang', 'ar');
    const switcher = await home.languageSwitcher.boundingBox();
    const name = await home.productName.boundingBox();
    expect(switcher).not.toBeNull();
    expect(name).not.toBeNull();
    // Right to left: the product name sits at the right edge, the switcher at the left.
    expect(switcher!.x + switcher!.width).toBeLessThan(name!.x);

    await home.search('occupations', 'لحام');
    await expect.poll(async () => (await home.resultCodes('occupations')).slice(0, 3)).toContain(WELDER);
    const welder = await home.hit('occupations', WELDER);
    await expect(welder).toContainText('عامل لحام / عاملة لحام');

    await expectAccessible(home.page, 'home-ar-desktop');
    await home.screenshot('home-ar-desktop');
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

    test('works in Farsi without sideways scrolling', async ({ page }) => {
      const home = new HomePage(page);
      await home.goto();

      await home.chooseLanguage('fa');
      await expect(home.html).toHaveAttribute('dir', 'rtl');
      await home.search('occupations', 'جوشکار');
      await expect.poll(async () => home.resultCodes('occupations')).toContain(WELDER);
      expect(await home.scrollsHorizontally()).toBe(false);

      await expectAccessible(home.page, 'home-fa-phone');
      await home.screenshot('home-fa-phone');

      const detail = await home.openHit('occupations', WELDER);
      await expect(detail.locator(`[data-code="${WELDER}"]`)).toBeVisible();
      await expectAccessible(home.page, 'home-fa-phone-detail');
      await home.screenshot('home-fa-phone-detail', { fullPage: false });
    });
  });
});
