import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { CATALOGUES, LOCALES, localeInfo, type LocaleCode } from '@passgenau/i18n';

export type SearchKind = 'occupations' | 'competences';

export const SCREENSHOT_DIR = resolve(__dirname, '..', '..', 'test-results', 'screenshots');

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// The switcher's accessible name starts with "Language" in the current UI language.
const SWITCHER_NAME = new RegExp(
  `^(${LOCALES.map((locale) => escapeRegExp(CATALOGUES[locale.code].language.label)).join('|')}):`,
);

/** The start page: header with the language switcher, role cards and the competence explorer. */
export class HomePage {
  constructor(readonly page: Page) {}

  get html(): Locator {
    return this.page.locator('html');
  }

  get productName(): Locator {
    return this.page.getByRole('banner').getByText('Passgenau', { exact: true });
  }

  get languageSwitcher(): Locator {
    return this.page.getByRole('banner').getByRole('button', { name: SWITCHER_NAME });
  }

  async goto(): Promise<void> {
    await this.page.goto('/');
    await expect(this.productName).toBeVisible();
  }

  async currentLanguage(): Promise<LocaleCode> {
    return (await this.html.getAttribute('lang')) as LocaleCode;
  }

  async chooseLanguage(code: LocaleCode): Promise<void> {
    await this.languageSwitcher.click();
    await this.page.getByRole('menuitem', { name: localeInfo(code).nativeName, exact: true }).click();
    await expect(this.html).toHaveAttribute('lang', code);
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText(CATALOGUES[code].intro.title);
  }

  private async texts() {
    return CATALOGUES[await this.currentLanguage()].explorer;
  }

  async searchBox(kind: SearchKind): Promise<Locator> {
    const texts = await this.texts();
    const name = kind === 'occupations' ? texts.searchOccupations : texts.searchCompetences;
    return this.page.getByRole('searchbox', { name, exact: true });
  }

  async results(kind: SearchKind): Promise<Locator> {
    const texts = await this.texts();
    const name = kind === 'occupations' ? texts.searchOccupations : texts.searchCompetences;
    return this.page.getByRole('list', { name, exact: true });
  }

  async search(kind: SearchKind, text: string): Promise<Locator> {
    const texts = await this.texts();
    await this.page
      .getByRole('radiogroup')
      .getByText(kind === 'occupations' ? texts.occupations : texts.competences, { exact: true })
      .click();
    const box = await this.searchBox(kind);
    await box.fill(text);
    const results = await this.results(kind);
    await expect(results.locator('[data-code]').first()).toBeVisible();
    return results;
  }

  /** Concept codes of the hits, in the order shown. */
  async resultCodes(kind: SearchKind): Promise<string[]> {
    const results = await this.results(kind);
    return results
      .locator('[data-code]')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-code') ?? ''));
  }

  async hit(kind: SearchKind, code: string): Promise<Locator> {
    return (await this.results(kind)).locator(`[data-code="${code}"]`);
  }

  get detail(): Locator {
    return this.page.getByRole('dialog');
  }

  async openHit(kind: SearchKind, code: string): Promise<Locator> {
    await (await this.hit(kind, code)).click();
    await expect(this.detail).toBeVisible();
    const texts = CATALOGUES[await this.currentLanguage()].detail;
    await expect(this.detail.getByRole('heading', { name: texts.allLabels })).toBeVisible();
    return this.detail;
  }

  /** Full page by default; a drawer is fixed to the window, so take only the window while one is open. */
  async screenshot(name: string, { fullPage = true }: { fullPage?: boolean } = {}): Promise<string> {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const path = join(SCREENSHOT_DIR, `${name}.png`);
    await this.page.screenshot({ path, fullPage });
    return path;
  }

  /** True when the page is wider than the window, i.e. the user would have to scroll sideways. */
  async scrollsHorizontally(): Promise<boolean> {
    return this.page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  }
}
