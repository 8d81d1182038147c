import { expect, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from '@playwright/test';
import { findA11yProblems, formatProblems } from './a11y';
import { AccountPage } from './account-page';
import { DEMO_PASSWORD } from './api';
import { SignInPage } from './sign-in-page';

/** The demo accounts (README, apps/api/src/database/seeds). */
export const DEMO = {
  candidate: { email: 'candidate@demo.passgenau.de', name: 'Amina Haddad' },
  mentor: { email: 'mentor@demo.passgenau.de' },
  employer: { email: 'employer@demo.passgenau.de', firm: 'Metallbau Remstal GmbH (Demo)' },
  iba: { email: 'iba@demo.passgenau.de' },
  coordinator: { email: 'coordinator@demo.passgenau.de' },
  admin: { email: 'admin@demo.passgenau.de' },
} as const;

export const PHONE: BrowserContextOptions = {
  locale: 'de-DE',
  viewport: { width: 375, height: 812 },
  isMobile: true,
  hasTouch: true,
};

export const DESKTOP: BrowserContextOptions = { locale: 'de-DE', viewport: { width: 1280, height: 900 } };

export const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;

/** Signs in through the sign-in page and waits until the app shows the account's own language. */
export async function signedInPage(
  browser: Browser,
  baseURL: string,
  email: string,
  options: BrowserContextOptions = DESKTOP,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL, ...options });
  const page = await context.newPage();
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(email, DEMO_PASSWORD);
  const me = await page.request.get('/api/auth/me');
  expect(me.ok()).toBe(true);
  await expect(page.locator('html')).toHaveAttribute('lang', (await me.json()).preferredLanguage);
  await new AccountPage(page).expectLoaded();
  return { context, page };
}

/** The page has no horizontal scroll (nothing cut off on a phone). */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    'the page scrolls sideways',
  ).toBe(true);
}

/**
 * The page state passes the accessibility check (axe WCAG 2.2 A/AA, e2e/pages/a11y.ts). A soft check: the
 * test goes on to its own assertions and fails at the end with the list of problems.
 */
export async function checkA11y(page: Page, label: string): Promise<void> {
  const problems = await findA11yProblems(page);
  expect.soft(problems, `accessibility problems on "${label}" (${page.url()}):\n${formatProblems(problems)}`).toEqual([]);
}
