import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { CATALOGUES, localeInfo, type LocaleCode } from '@passgenau/i18n';
import { expectAccessible } from './pages/a11y';
import { AppPage } from './pages/app-page';
import { SCREENSHOT_DIR } from './pages/home-page';

const DEMO_PASSWORD = 'demo-passgenau-2026';
const LANGUAGES = ['de', 'ar'] as const satisfies readonly LocaleCode[];

/** What has focus: enough to tell elements apart and to check that the focus can be seen. */
interface Focused {
  tag: string;
  name: string;
  href: string | null;
  inMain: boolean;
  inHeader: boolean;
  /** Width of a solid outline, or 0. */
  outline: number;
  /** The box lies inside the viewport. */
  onScreen: boolean;
  attributes: Record<string, string | null>;
}

async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) {
      const none: Record<string, string | null> = {};
      return {
        tag: 'body',
        name: '',
        href: null,
        inMain: false,
        inHeader: false,
        outline: 0,
        onScreen: false,
        attributes: none,
      };
    }
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return {
      tag: element.tagName.toLowerCase(),
      name: (
        element.getAttribute('aria-label') ??
        element.textContent ??
        (element as HTMLInputElement).name ??
        ''
      )
        .replace(/\s+/g, ' ')
        .trim(),
      href: element.getAttribute('href'),
      inMain: Boolean(element.closest('main')),
      inHeader: Boolean(element.closest('header')),
      outline: style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth),
      onScreen:
        box.bottom > 0 && box.top < window.innerHeight && box.right > 0 && box.left < window.innerWidth,
      attributes: {
        name: element.getAttribute('name'),
        'aria-invalid': element.getAttribute('aria-invalid'),
        'data-step-heading': element.getAttribute('data-step-heading'),
        tabindex: element.getAttribute('tabindex'),
      },
    };
  });
}

/** A control reached by Tab shows a clearly visible ring (2.4.7; the theme draws 3 px) and is on screen (2.4.11). */
async function expectVisibleFocus(page: Page, what: string): Promise<Focused> {
  const now = await focused(page);
  expect(now.tag, `${what}: something has focus`).not.toBe('body');
  expect(now.outline, `${what}: focus ring on <${now.tag}> "${now.name}"`).toBeGreaterThanOrEqual(2);
  expect(now.onScreen, `${what}: the focused control is on screen`).toBe(true);
  return now;
}

/** Presses Tab (or Shift+Tab) until `matches` holds, checking the focus ring at every stop on the way. */
async function tabUntil(
  page: Page,
  matches: (now: Focused) => boolean,
  what: string,
  { back = false, max = 80 }: { back?: boolean; max?: number } = {},
): Promise<Focused[]> {
  const stops: Focused[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const now = await expectVisibleFocus(page, `${what}, stop ${i + 1}`);
    stops.push(now);
    if (matches(now)) return stops;
  }
  throw new Error(
    `${what}: not reached within ${max} presses of Tab; stops: ${stops.map((s) => s.name).join(' | ')}`,
  );
}

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `keyboard-${name}.png`) });
}

async function newPage(browser: Browser, baseURL: string, language: LocaleCode, width = 1280): Promise<Page> {
  const context = await browser.newContext({
    baseURL,
    locale: language === 'de' ? 'de-DE' : 'ar',
    viewport: { width, height: width > 600 ? 900 : 740 },
  });
  return context.newPage();
}

async function headingHasFocus(page: Page, level: 1 | 2, name?: string): Promise<void> {
  const heading = name ? page.getByRole('heading', { level, name }) : page.locator(`main h${level}`).first();
  await expect(heading).toBeFocused();
}

test.describe('keyboard only', () => {
  for (const language of LANGUAGES) {
    const texts = CATALOGUES[language];

    test(`sign in (${language}): tab order, submit with errors, focus after the route change`, async ({
      browser,
      baseURL,
    }) => {
      const page = await newPage(browser, baseURL!, language);
      await page.goto('/sign-in');
      await expect(page).toHaveTitle(`${texts.auth.signIn.title} – Passgenau`);

      // First stop: the skip link, visible while it has focus; Enter takes focus into the main region.
      await page.keyboard.press('Tab');
      const skip = await expectVisibleFocus(page, 'skip link');
      expect(skip.name).toBe(texts.app.skipToContent);
      await shot(page, `sign-in-skip-link-${language}`);

      // Header first, then the form: identifier before password before the button.
      const stops = await tabUntil(page, (now) => now.attributes.name === 'email', 'to the identifier');
      expect(
        stops.slice(0, -1).every((stop) => stop.inHeader),
        'only header controls before the form',
      ).toBe(true);
      await page.keyboard.press('Enter');
      // Submitted empty: focus goes to the first invalid field, which says why.
      let now = await expectVisibleFocus(page, 'after an empty submit');
      expect(now.attributes.name).toBe('email');
      expect(now.attributes['aria-invalid']).toBe('true');
      await expect(page.getByText(texts.validation.required).first()).toBeVisible();
      await shot(page, `sign-in-invalid-${language}`);

      await page.keyboard.type('mentor@demo.passgenau.de');
      const toPassword = await tabUntil(
        page,
        (stop) => stop.attributes.name === 'password',
        'to the password',
      );
      expect(toPassword).toHaveLength(1);
      await page.keyboard.type('not-the-password-1');
      await page.keyboard.press('Enter');
      // Refused by the server: focus on the message that says so.
      await expect(page.getByRole('alert')).toBeFocused();
      await expect(page.getByRole('alert')).toHaveText(texts.auth.signIn.badCredentials);

      await tabUntil(page, (stop) => stop.attributes.name === 'password', 'back to the password');
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type(DEMO_PASSWORD);
      now = await expectVisibleFocus(page, 'password typed');
      await page.keyboard.press('Enter');

      // After sign-in the page changed: focus is on its heading, and the window title names it (in the
      // account's own language, which the interface switches to).
      await expect(page).toHaveURL(/\/account$/);
      const signedIn = CATALOGUES[(await page.locator('html').getAttribute('lang')) as LocaleCode];
      await headingHasFocus(page, 1, signedIn.account.title);
      await expect(page).toHaveTitle(`${signedIn.account.title} – Passgenau`);
      await shot(page, `sign-in-after-${language}`);
      await expectAccessible(page, `account after keyboard sign-in (${language})`);
      await page.context().close();
    });

    test(`job board to an offer (${language}): focus on the offer's heading, back with Shift+Tab`, async ({
      browser,
      baseURL,
    }) => {
      const page = await newPage(browser, baseURL!, language);
      await page.goto('/jobs');
      await expect(page.getByRole('heading', { level: 1, name: texts.jobs.title })).toBeVisible();
      await expect(page.locator('main a[href^="/jobs/"]').first()).toBeVisible();

      const stops = await tabUntil(
        page,
        (now) => now.inMain && /^\/jobs\/[0-9a-f-]{36}$/.test(now.href ?? ''),
        'to the first offer',
        { max: 60 },
      );
      const offer = stops.at(-1)!;
      await shot(page, `job-board-offer-link-${language}`);
      await page.keyboard.press('Enter');

      await expect(page).toHaveURL(new RegExp(`${offer.href}$`));
      const heading = page.locator('main h1');
      await expect(heading).toBeFocused();
      // The German offer title keeps its own language in the Arabic interface.
      await expect(heading.locator('[lang]').first()).toHaveAttribute('lang', 'de');
      await expect(page).toHaveTitle(new RegExp(' – Passgenau$'));
      await shot(page, `offer-heading-focused-${language}`);

      // Shift+Tab from the heading: the link back to the job board, just above it.
      await page.keyboard.press('Shift+Tab');
      const back = await expectVisibleFocus(page, 'back link');
      expect(back.href).toBe('/jobs');
      expect(back.name).toContain(texts.jobs.offer.back);
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/\/jobs$/);
      await headingHasFocus(page, 1, texts.jobs.title);
      await page.context().close();
    });

    test(`language switch (${language}): menu by keyboard, Escape closes it, focus returns to the switcher`, async ({
      browser,
      baseURL,
    }) => {
      const page = await newPage(browser, baseURL!, language, 375);
      await page.goto('/');
      const switcherName = new RegExp(`^${texts.language.label}:`);
      const switcher = page.getByRole('banner').getByRole('button', { name: switcherName });
      await tabUntil(
        page,
        (now) =>
          (now.inHeader && now.name.includes(localeInfo(language).nativeName)) ||
          now.name.startsWith(texts.language.label),
        'to the language switcher',
      );
      await expect(switcher).toBeFocused();

      // Enter opens the menu with focus on an item (not on the menu's container); Escape closes it again.
      await page.keyboard.press('Enter');
      await expect(page.getByRole('menu')).toBeVisible();
      await expect(page.getByRole('menuitem').first()).toBeFocused();
      await expectVisibleFocus(page, 'first language in the menu');
      await shot(page, `language-menu-${language}`);
      await page.keyboard.press('Escape');
      await expect(page.getByRole('menu')).toBeHidden();
      await expect(switcher).toBeFocused();

      // Space opens it; the arrow keys move to the other language; Enter picks it.
      const target: LocaleCode = language === 'de' ? 'ar' : 'de';
      await page.keyboard.press('Space');
      await expect(page.getByRole('menu')).toBeVisible();
      const wanted = page.getByRole('menuitem', { name: localeInfo(target).nativeName, exact: true });
      for (let i = 0; i < 6 && !(await wanted.evaluate((el) => el === document.activeElement)); i++) {
        await page.keyboard.press('ArrowDown');
      }
      await expect(wanted).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page.locator('html')).toHaveAttribute('lang', target);
      await expect(page.locator('html')).toHaveAttribute('dir', target === 'ar' ? 'rtl' : 'ltr');
      const after = page
        .getByRole('banner')
        .getByRole('button', { name: new RegExp(`^${CATALOGUES[target].language.label}:`) });
      await expect(after).toBeFocused();
      await expectVisibleFocus(page, 'switcher after choosing');
      await expect(page).toHaveTitle(`${CATALOGUES[target].intro.title} – Passgenau`);
      await shot(page, `language-switched-${language}-to-${target}`);
      await page.context().close();
    });
  }

  test('the wizard (ar, then de): current step exposed, each new step heading focused and on screen, focus kept on the last step', async ({
    browser,
    baseURL,
  }) => {
    // Two languages, seven steps, every stop of Tab checked for its focus ring.
    test.setTimeout(240_000);
    for (const language of ['ar', 'de'] as const) {
      const texts = CATALOGUES[language];
      const page = await newPage(browser, baseURL!, language);
      await page.goto('/sign-in');
      await page
        .getByRole('textbox', { name: texts.auth.signIn.identifier })
        .fill('candidate@demo.passgenau.de');
      await page.getByRole('textbox', { name: texts.auth.password, exact: true }).fill(DEMO_PASSWORD);
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/\/account$/);
      // Signing in switches to the account's language: choose the one under test again.
      if ((await page.locator('html').getAttribute('lang')) !== language) {
        await new AppPage(page).chooseLanguage(language);
      }
      // Inside the app, as a link would (a reload would start from the account's language again).
      await page.evaluate(() => {
        window.history.pushState(null, '', '/profile');
        window.dispatchEvent(new PopStateEvent('popstate'));
      });
      await expect(page.getByRole('heading', { level: 1, name: texts.profiles.wizard.title })).toBeVisible();
      const steps = Object.keys(texts.profiles.steps).length;
      const current = page.locator('[aria-current="step"]');
      await expect(current).toHaveCount(1);

      for (let step = 2; step <= steps; step++) {
        await tabUntil(
          page,
          (now) => now.tag === 'button' && now.name === texts.profiles.wizard.next,
          `to "Next" on step ${step - 1}`,
          {
            max: 150,
          },
        );
        await page.keyboard.press('Enter');
        // The new step's heading has focus and is on screen; the stepper marks the step as current.
        const heading = page.locator('main [data-step-heading]:visible');
        await expect(heading).toBeFocused();
        const now = await focused(page);
        expect(now.onScreen, `step ${step} heading on screen`).toBe(true);
        await expect(current).toHaveCount(1);
        await expect(page.locator('button[aria-current="step"]')).toHaveCount(1);
        if (step === 2 || step === steps) await shot(page, `wizard-step-${step}-${language}`);
      }
      // The last step has no "Next": the focus did not stay on a removed button.
      await expect(page.getByRole('button', { name: texts.profiles.wizard.next })).toHaveCount(0);
      expect((await focused(page)).tag).not.toBe('body');
      await expectAccessible(page, `wizard review step (${language})`);
      await page.context().close();
    }
  });
});
