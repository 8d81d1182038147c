import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { CATALOGUES, LOCALES, localeInfo, type Catalogue, type LocaleCode } from '@passgenau/i18n';
import { SCREENSHOT_DIR } from './home-page';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const SWITCHER_NAME = new RegExp(
  `^(${LOCALES.map((locale) => escapeRegExp(CATALOGUES[locale.code].language.label)).join('|')}):`,
);

/** What every page of the app has: the header with language switcher and account menu, and the texts of the current language. */
export class AppPage {
  constructor(readonly page: Page) {}

  get html(): Locator {
    return this.page.locator('html');
  }

  get banner(): Locator {
    return this.page.getByRole('banner');
  }

  async language(): Promise<LocaleCode> {
    return (await this.html.getAttribute('lang')) as LocaleCode;
  }

  async texts(): Promise<Catalogue> {
    return CATALOGUES[await this.language()];
  }

  async chooseLanguage(code: LocaleCode): Promise<void> {
    await this.banner.getByRole('button', { name: SWITCHER_NAME }).click();
    await this.page.getByRole('menuitem', { name: localeInfo(code).nativeName, exact: true }).click();
    await expect(this.html).toHaveAttribute('lang', code);
  }

  /** The header's "Sign in" button (visitors only). */
  async signInButton(): Promise<Locator> {
    return this.banner.getByRole('link', { name: (await this.texts()).nav.signIn, exact: true });
  }

  /** The header's account menu button, named after the signed-in person. */
  accountMenu(displayName: string): Locator {
    return this.banner.getByRole('button', { name: new RegExp(escapeRegExp(displayName)) });
  }

  async signOut(displayName: string): Promise<void> {
    const texts = await this.texts();
    await this.accountMenu(displayName).click();
    await this.page.getByRole('menuitem', { name: texts.nav.signOut }).click();
    await expect(await this.signInButton()).toBeVisible();
  }

  async openFromAccountMenu(displayName: string, item: 'myAccount' | 'admin'): Promise<void> {
    const texts = await this.texts();
    await this.accountMenu(displayName).click();
    await this.page.getByRole('menuitem', { name: texts.nav[item] }).click();
  }

  async screenshot(name: string, { fullPage = true }: { fullPage?: boolean } = {}): Promise<string> {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const path = join(SCREENSHOT_DIR, `${name}.png`);
    await this.page.screenshot({ path, fullPage });
    return path;
  }

  async scrollsHorizontally(): Promise<boolean> {
    return this.page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  }
}
