import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { CATALOGUES } from '@passgenau/i18n';
import { expectAccessible, findA11yProblems, formatProblems, type A11yProblem } from './pages/a11y';
import { ApiSession, DEMO_PASSWORD } from './pages/api';
import { SCREENSHOT_DIR } from './pages/home-page';
import { SignInPage } from './pages/sign-in-page';

type Role = 'visitor' | 'candidate' | 'mentor' | 'employer' | 'iba' | 'coordinator' | 'admin';
const SIGNED_IN: Exclude<Role, 'visitor'>[] = [
  'candidate',
  'mentor',
  'employer',
  'iba',
  'coordinator',
  'admin',
];
const ALL: Role[] = ['visitor', ...SIGNED_IN];

/** Ids the routes with parameters need, read from the demo data once. */
interface Ids {
  offerId: string;
  ownOfferId: string;
  pseudonym: string;
  mentorCandidateId: string;
  /** An open speed-dating event of the sweep, with a published plan for a new candidate of the demo mentor. */
  eventId: string;
  eventPlanId: string;
  eventTableId: string;
}

interface RouteCase {
  /** The path, or how to build it from the demo data's ids. */
  path: string | ((ids: Ids) => string);
  /** Who can see the page (the route's RequireSession roles; public pages: everyone who is not redirected). */
  roles: Role[];
  /** Something that must be on screen before the check (the page has finished loading). */
  ready?: string;
}

/**
 * EVERY ROUTE OF THE WEB APP (apps/web/src/app/router.tsx and routes/*). A page added to the router is added
 * here in the same commit, with every role that can see it: the sweep below checks each one as each of those
 * roles in German and Arabic at 1280 and 375 px.
 */
/** An id no open-house day or job fair has. */
const NO_ID = '00000000-0000-4000-8000-000000000000';

export const ROUTES: RouteCase[] = [
  { path: '/', roles: ALL },
  { path: '/sign-in', roles: ['visitor'] },
  { path: '/sign-up', roles: ['visitor'] },
  { path: '/sign-up/firm', roles: ['visitor'] },
  { path: '/reset-password', roles: ['visitor'] },
  { path: '/access-code', roles: ['visitor'] },
  { path: '/invitations/not-a-valid-token', roles: ['visitor'] },
  { path: '/no-such-page', roles: ['visitor'] },
  { path: '/accessibility', roles: ['visitor', 'candidate'] },
  { path: '/jobs', roles: ALL, ready: 'main article, main li' },
  { path: (ids) => `/jobs/${ids.offerId}`, roles: ['visitor', 'candidate', 'employer'], ready: 'main h1' },
  { path: '/showcase', roles: ['visitor', 'employer'] },
  { path: '/account', roles: SIGNED_IN },
  { path: '/admin', roles: ['admin'], ready: 'main table' },
  { path: '/jobs/import', roles: ['iba', 'admin'] },
  { path: '/company', roles: ['employer'] },
  { path: (ids) => `/company/offers/${ids.ownOfferId}`, roles: ['employer'] },
  { path: '/firms', roles: ['coordinator', 'iba', 'admin'] },
  { path: '/profile', roles: ['candidate'] },
  { path: '/profile/view', roles: ['candidate'] },
  { path: (ids) => `/candidates/${ids.mentorCandidateId}/profile`, roles: ['mentor'] },
  { path: '/profiles', roles: ['employer', 'iba', 'coordinator', 'admin'] },
  { path: (ids) => `/profiles/${encodeURIComponent(ids.pseudonym)}`, roles: ['employer', 'iba'] },
  { path: '/assessments', roles: ['iba'] },
  { path: '/duplicates', roles: ['iba', 'admin'] },
  { path: '/candidates/lookup', roles: ['mentor', 'iba', 'admin'] },
  { path: '/taxonomy', roles: ['coordinator', 'admin'] },
  { path: '/company-checks', roles: ['iba', 'coordinator', 'admin'] },
  { path: '/search', roles: ['employer', 'iba', 'coordinator'], ready: 'main h1' },
  { path: (ids) => `/offers/${ids.ownOfferId}/matches`, roles: ['employer'], ready: 'main h1' },
  { path: '/matches', roles: ['candidate'], ready: 'main h1' },
  { path: (ids) => `/candidates/${ids.mentorCandidateId}/matches`, roles: ['mentor'], ready: 'main h1' },
  { path: '/reports', roles: ['iba', 'coordinator', 'admin'], ready: 'main table' },
  { path: '/saved-searches', roles: ['employer', 'candidate', 'mentor'], ready: 'main h2' },
  { path: '/shortlist', roles: ['employer'], ready: 'main h1' },
  { path: '/contact-requests/sent', roles: ['employer'], ready: 'main h1' },
  { path: '/contact-requests', roles: ['candidate', 'mentor'], ready: 'main h1' },
  { path: '/brokering', roles: ['iba', 'coordinator', 'admin'], ready: 'main h1' },
  // Open-house days and job fairs: pages with an id are swept in their not-found state (the demo data has no
  // day or fair); e2e/open-house.e2e.ts checks their filled states.
  { path: '/open-house', roles: ['iba', 'coordinator', 'admin'], ready: 'main h2' },
  { path: `/open-house/days/${NO_ID}`, roles: ['iba', 'coordinator', 'admin'], ready: 'main [role="alert"]' },
  {
    path: `/open-house/fairs/${NO_ID}`,
    roles: ['iba', 'coordinator', 'admin'],
    ready: 'main [role="alert"]',
  },
  {
    path: `/open-house/days/${NO_ID}/sites/${NO_ID}`,
    roles: ['employer', 'iba', 'coordinator', 'admin'],
    ready: 'main [role="alert"]',
  },
  {
    path: `/open-house/days/${NO_ID}/route`,
    roles: ['candidate', 'mentor', 'iba', 'coordinator', 'admin'],
    ready: 'main [role="alert"]',
  },
  {
    path: `/open-house/fairs/${NO_ID}/group`,
    roles: ['mentor', 'iba', 'coordinator', 'admin'],
    ready: 'main [role="alert"]',
  },
  { path: `/open-house/fairs/${NO_ID}/plan`, roles: ['candidate'], ready: 'main [role="alert"]' },
  { path: '/my-open-house', roles: ['candidate', 'mentor'], ready: 'main h2' },
  { path: '/events', roles: SIGNED_IN, ready: 'main li' },
  { path: '/events/new', roles: ['iba', 'coordinator', 'admin'], ready: 'main form' },
  { path: (ids) => `/events/${ids.eventId}`, roles: SIGNED_IN, ready: 'main h1' },
  {
    path: (ids) => `/events/${ids.eventId}/edit`,
    roles: ['iba', 'coordinator', 'admin'],
    ready: 'main form',
  },
  {
    path: (ids) => `/events/${ids.eventId}/wall`,
    roles: ['iba', 'coordinator', 'admin'],
    ready: 'main table',
  },
  {
    path: (ids) => `/events/${ids.eventId}/check-in`,
    roles: ['iba', 'coordinator', 'admin'],
    ready: 'main h1',
  },
  {
    path: (ids) => `/events/${ids.eventId}/printouts`,
    roles: ['iba', 'coordinator'],
    ready: 'main [data-firm]',
  },
  {
    path: (ids) => `/events/${ids.eventId}/plans/${ids.eventPlanId}`,
    roles: ['mentor', 'iba', 'coordinator', 'admin'],
    ready: 'main li',
  },
  {
    path: (ids) => `/events/${ids.eventId}/plans/${ids.eventTableId}`,
    roles: ['employer', 'iba', 'coordinator', 'admin'],
    ready: 'main table',
  },
];

const EMAIL: Record<Exclude<Role, 'visitor'>, string> = {
  candidate: 'candidate@demo.passgenau.de',
  mentor: 'mentor@demo.passgenau.de',
  employer: 'employer@demo.passgenau.de',
  iba: 'iba@demo.passgenau.de',
  coordinator: 'coordinator@demo.passgenau.de',
  admin: 'admin@demo.passgenau.de',
};

const LANGUAGES = ['de', 'ar'] as const;
const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 375, height: 812 },
] as const;

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

async function signedInState(
  browser: Browser,
  baseURL: string,
  role: Exclude<Role, 'visitor'>,
): Promise<StorageState> {
  const context = await browser.newContext({ baseURL, locale: 'de-DE' });
  const page = await context.newPage();
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(EMAIL[role], DEMO_PASSWORD);
  const state = await context.storageState();
  await context.close();
  return state;
}

const SWEEP_EVENT = 'Speed-Dating (Barrierefreiheitsprüfung)';

/**
 * The sweep's event, made once through the API: open, the demo firm's table, a new candidate of the demo mentor
 * as a walk-in (not a demo candidate), the plan generated and published.
 */
async function sweepEvent(
  baseURL: string,
  mentor: ApiSession,
  employer: ApiSession,
): Promise<{ eventId: string; eventPlanId: string; eventTableId: string }> {
  const coordinator = await ApiSession.signIn(baseURL, EMAIL.coordinator);
  try {
    const events = await coordinator.call<Array<{ id: string; title: string }>>('GET', '/events');
    let eventId = events.find((e) => e.title === SWEEP_EVENT)?.id;
    if (!eventId) {
      const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(
        new Date(Date.now() + 30 * 864e5),
      );
      const created = await coordinator.call<{ id: string }>('POST', '/events', {
        kind: 'speed_dating',
        title: SWEEP_EVENT,
        townAgs: '08119079',
        venue: 'Bürgerzentrum',
        day,
        startsAt: '17:00',
        endsAt: '18:00',
        rounds: 3,
        roundMinutes: 10,
        breakMinutes: 5,
        firmCapacity: 5,
        candidateCapacity: 10,
        interpreters: [{ name: 'Rania Haddad', languages: ['ar'], fromTime: '17:00', toTime: '18:00' }],
      });
      eventId = created.id;
      await coordinator.call('POST', `/events/${eventId}/status`, { status: 'open' });
      const candidate = await mentor.call<{ candidateId: string }>('POST', '/mentor/candidates', {
        givenName: 'Leyla',
        familyName: 'Barrierefrei',
        language: 'de',
      });
      await coordinator.call('POST', `/events/${eventId}/walk-ins`, {
        candidateId: candidate.candidateId,
        languages: ['de'],
      });
      await employer.call('POST', `/events/${eventId}/registrations`, {});
      await coordinator.call('POST', `/events/${eventId}/schedule`);
      await coordinator.call('POST', `/events/${eventId}/schedule/publish`);
    }
    const registrations = await coordinator.call<Array<{ id: string; kind: string; status: string }>>(
      'GET',
      `/events/${eventId}/registrations`,
    );
    const plan = registrations.find((r) => r.kind === 'candidate' && r.status === 'confirmed');
    const table = registrations.find((r) => r.kind === 'firm' && r.status === 'confirmed');
    expect(plan && table, 'the sweep event has a candidate and a table').toBeTruthy();
    return { eventId, eventPlanId: plan!.id, eventTableId: table!.id };
  } finally {
    await coordinator.dispose();
  }
}

async function readIds(baseURL: string): Promise<Ids> {
  const employer = await ApiSession.signIn(baseURL, EMAIL.employer);
  const mentor = await ApiSession.signIn(baseURL, EMAIL.mentor);
  try {
    const board = await employer.call<{ items: { id: string }[] }>('GET', '/job-board/offers');
    const own = await employer.call<{ items: { id: string }[] }>('GET', '/offers');
    const profiles = await employer.call<{ items: { pseudonym: string }[] }>('GET', '/profiles');
    const candidates = await mentor.call<{ id: string }[]>('GET', '/mentor/candidates');
    expect(board.items.length, 'demo offers on the job board').toBeGreaterThan(0);
    expect(own.items.length, "the demo firm's offers").toBeGreaterThan(0);
    expect(profiles.items.length, 'published demo profiles').toBeGreaterThan(0);
    expect(candidates.length, "the demo mentor's candidates").toBeGreaterThan(0);
    return {
      offerId: board.items[0]!.id,
      ownOfferId: own.items[0]!.id,
      pseudonym: profiles.items[0]!.pseudonym,
      mentorCandidateId: candidates[0]!.id,
      ...(await sweepEvent(baseURL, mentor, employer)),
    };
  } finally {
    await employer.dispose();
    await mentor.dispose();
  }
}

/** Opens a route: the first by loading the app, later ones inside it (as a link would), which is much faster. */
async function visit(page: Page, path: string, ready: string | undefined): Promise<void> {
  if (page.url() === 'about:blank') {
    await page.goto(path);
  } else {
    await page.evaluate((target) => {
      window.history.pushState(null, '', target);
      window.dispatchEvent(new PopStateEvent('popstate'));
    }, path);
    await page.waitForURL((url) => `${url.pathname}${url.search}` === path);
  }
  await expect(page.locator('main')).toBeVisible();
  // The page has loaded when no loader spins any more (and what the route names is there).
  await expect(page.locator('main .mantine-Loader-root')).toHaveCount(0);
  if (ready) await expect(page.locator(ready).first()).toBeVisible();
  await expect(page.locator('main h1, main h2').first()).toBeVisible();
}

async function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);
}

test.describe('accessibility of every route', () => {
  // 28 routes × role × 2 languages × 2 widths: one test per role, which reuses one context per language and width.
  test.setTimeout(600_000);

  const states = new Map<Role, StorageState | undefined>();
  let ids: Ids;

  test.beforeAll(async ({ browser, baseURL }) => {
    test.setTimeout(120_000);
    ids = await readIds(baseURL!);
    states.set('visitor', undefined);
    for (const role of SIGNED_IN) states.set(role, await signedInState(browser, baseURL!, role));
  });

  for (const role of ALL) {
    test(`as ${role}: WCAG 2.2 AA in German and Arabic at 1280 and 375 px`, async ({ browser, baseURL }) => {
      const found: { where: string; problems: A11yProblem[] }[] = [];
      const routes = ROUTES.filter((route) => route.roles.includes(role));
      // German and Arabic side by side (two browser contexts at once), each at both widths in turn.
      await Promise.all(
        LANGUAGES.map(async (language) => {
          for (const viewport of VIEWPORTS) {
            const context = await browser.newContext({
              baseURL,
              storageState: states.get(role),
              locale: language === 'de' ? 'de-DE' : 'ar',
              viewport: { width: viewport.width, height: viewport.height },
              ...(viewport.name === 'phone' ? { isMobile: true, hasTouch: true } : {}),
            });
            // The UI language as if chosen in the switcher (it wins over the account's language).
            await context.addInitScript(
              (code) => window.localStorage.setItem('passgenau.language', code),
              language,
            );
            const page = await context.newPage();
            try {
              for (const route of routes) {
                const path = typeof route.path === 'string' ? route.path : route.path(ids);
                const where = `${role} ${path} ${language} ${viewport.width}px`;
                await test.step(where, async () => {
                  await visit(page, path, route.ready);
                  await expect(page.locator('html')).toHaveAttribute('lang', language);
                  const problems = await findA11yProblems(page);
                  if (await scrollsSideways(page)) {
                    problems.push({
                      rule: 'reflow',
                      impact: 'serious',
                      target: 'html',
                      help: `the page scrolls sideways at ${viewport.width} px (WCAG 1.4.10)`,
                    });
                  }
                  if (problems.length > 0) {
                    found.push({ where, problems });
                    mkdirSync(SCREENSHOT_DIR, { recursive: true });
                    const file = `a11y-failed-${role}-${path.replace(/[^a-z0-9]+/gi, '_')}-${language}-${viewport.width}.png`;
                    await page.screenshot({ path: join(SCREENSHOT_DIR, file), fullPage: true });
                  }
                });
              }
            } finally {
              await context.close();
            }
          }
        }),
      );
      const report = found
        .map(({ where, problems }) => `== ${where}\n${formatProblems(problems)}`)
        .join('\n');
      expect(found, `accessibility problems:\n${report}`).toEqual([]);
    });
  }
});

/** The focused element's outline, box and whether it is on screen (WCAG 2.4.7, 2.4.11, 2.4.13). */
async function focusIndicator(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return null;
    // A field drawn as a box around its input (password field, pills) shows the ring on that box (:focus-within).
    const box = element.closest<HTMLElement>('.mantine-Input-input') ?? element;
    const own = getComputedStyle(element);
    const style =
      parseFloat(own.outlineWidth) > 0 && own.outlineStyle !== 'none' ? own : getComputedStyle(box);
    const rect = element.getBoundingClientRect();
    return {
      tag: element.tagName.toLowerCase(),
      name: (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40),
      outlineStyle: style.outlineStyle,
      outlineWidth: parseFloat(style.outlineWidth),
      outlineOffset: parseFloat(style.outlineOffset),
      outlineColor: style.outlineColor,
      onScreen:
        rect.top >= 0 &&
        rect.left >= 0 &&
        rect.bottom <= window.innerHeight &&
        rect.right <= window.innerWidth,
    };
  });
}

test.describe('keyboard, focus, zoom and motion', () => {
  let candidateState: StorageState;
  let adminState: StorageState;

  test.beforeAll(async ({ browser, baseURL }) => {
    test.setTimeout(60_000);
    candidateState = await signedInState(browser, baseURL!, 'candidate');
    adminState = await signedInState(browser, baseURL!, 'admin');
  });

  for (const language of LANGUAGES) {
    for (const viewport of VIEWPORTS) {
      test(`every control shows a thick focus ring on screen (${language}, ${viewport.width} px)`, async ({
        browser,
        baseURL,
      }) => {
        const context = await browser.newContext({
          baseURL,
          locale: language === 'de' ? 'de-DE' : 'ar',
          viewport: { width: viewport.width, height: viewport.height },
          reducedMotion: 'reduce',
        });
        const page = await context.newPage();
        try {
          for (const path of ['/', '/sign-in']) {
            await page.goto(path);
            await expect(page.locator('main h1').first()).toBeVisible();
            await expect(page.locator('html')).toHaveAttribute('lang', language);
            const seen: string[] = [];
            // Tab through the page's first controls: the skip link, header, the form or the start page's links.
            for (let step = 0; step < 12; step += 1) {
              await page.keyboard.press('Tab');
              const focus = await focusIndicator(page);
              if (!focus) continue;
              const where = `${path} Tab ${step + 1}: <${focus.tag}> "${focus.name}"`;
              seen.push(where);
              // Read until the focus style has been applied (a field box takes its ring through :focus-within).
              await expect
                .poll(
                  async () => {
                    const now = await focusIndicator(page);
                    return (
                      now && {
                        style: now.outlineStyle,
                        width: now.outlineWidth >= 2,
                        offset: now.outlineOffset >= 0,
                      }
                    );
                  },
                  { message: `${where}: a solid ring of at least 2 px` },
                )
                .toEqual({ style: 'solid', width: true, offset: true });
              // A control that moves into view on focus (the skip link) may need a frame to get there.
              await expect
                .poll(async () => (await focusIndicator(page))?.onScreen, {
                  message: `${where} is in view, not hidden`,
                })
                .toBe(true);
              if (step === 3) {
                mkdirSync(SCREENSHOT_DIR, { recursive: true });
                await page.screenshot({
                  path: join(
                    SCREENSHOT_DIR,
                    `a11y-focus${path.replace(/\W+/g, '-')}-${language}-${viewport.width}.png`,
                  ),
                });
              }
            }
            expect(seen.length).toBeGreaterThan(3);
          }
          // A text field shows the ring too (not only a border colour), also when clicked.
          await page.goto('/sign-in');
          const field = page.getByRole('textbox').first();
          await field.click();
          const focus = await focusIndicator(page);
          expect(focus?.outlineStyle).toBe('solid');
          expect(focus?.outlineWidth).toBeGreaterThanOrEqual(2);
          await page.screenshot({
            path: join(SCREENSHOT_DIR, `a11y-focus-input-${language}-${viewport.width}.png`),
          });
        } finally {
          await context.close();
        }
      });
    }
  }

  test('text at 200 % needs no sideways scrolling at 1280 px', async ({ browser, baseURL }) => {
    const context = await browser.newContext({
      baseURL,
      locale: 'de-DE',
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    try {
      for (const path of ['/', '/jobs', '/showcase', '/sign-in', '/sign-up', '/access-code']) {
        await page.goto(path);
        await expect(page.locator('main h1').first()).toBeVisible();
        // The browser's text-size setting: every rem grows with the root font size.
        await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
        await expect
          .poll(() => page.evaluate(() => getComputedStyle(document.documentElement).fontSize))
          .toBe('32px');
        expect(await scrollsSideways(page), `${path} at 200 % text`).toBe(false);
        // Nothing is cut off: no text sticks out of its box sideways.
        const clipped = await page.evaluate(() =>
          Array.from(document.querySelectorAll('main h1, main h2, main p, main label, main button, main a'))
            .filter(
              (element) =>
                element.scrollWidth > element.clientWidth + 1 &&
                getComputedStyle(element).overflowX === 'hidden',
            )
            .map((element) => (element.textContent ?? '').trim().slice(0, 40)),
        );
        expect(clipped, `${path}: text cut off at 200 %`).toEqual([]);
      }
      await page.screenshot({ path: join(SCREENSHOT_DIR, 'a11y-text-200-access-code-de-1280.png') });
    } finally {
      await context.close();
    }
  });

  test('with "reduce motion" nothing moves: no transitions, animations or smooth scrolling', async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ baseURL, locale: 'de-DE', reducedMotion: 'reduce' });
    const page = await context.newPage();
    try {
      await page.goto('/');
      await expect(page.locator('main h1').first()).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('data-respect-reduced-motion', 'true');
      const switcher = page.getByRole('banner').getByRole('button', { name: /^Sprache:/ });
      await switcher.click();
      const menu = page.getByRole('menu');
      await expect(menu).toBeVisible();
      const motion = await menu.evaluate((element) => {
        const durations = (value: string) =>
          value.split(',').map((part) => parseFloat(part) * (part.includes('ms') ? 1 : 1000));
        return {
          transition: Math.max(...durations(getComputedStyle(element).transitionDuration)),
          running: document.getAnimations().filter((animation) => animation.playState === 'running').length,
          scroll: getComputedStyle(document.documentElement).scrollBehavior,
        };
      });
      expect(motion.transition).toBeLessThanOrEqual(1);
      expect(motion.running).toBe(0);
      expect(motion.scroll).toBe('auto');
    } finally {
      await context.close();
    }
  });

  test('menus focus their first item; the erase dialog names its close button and focuses "Cancel"', async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ baseURL, locale: 'de-DE', storageState: candidateState });
    await context.addInitScript(() => window.localStorage.setItem('passgenau.language', 'de'));
    const page = await context.newPage();
    try {
      await page.goto('/profile/view');
      await expect(page.locator('main h1').first()).toBeVisible();
      // The language menu, opened with the keyboard.
      const switcher = page.getByRole('banner').getByRole('button', { name: /^Sprache:/ });
      await switcher.focus();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('menu')).toBeVisible();
      await expect(page.getByRole('menuitem').first()).toBeFocused();
      await expectAccessible(page, 'language menu open');
      await page.keyboard.press('Escape');
      await expect(switcher).toBeFocused();

      const texts = CATALOGUES.de;
      await page.getByRole('button', { name: texts.profiles.erase.button }).click();
      const dialog = page.getByRole('dialog', { name: texts.profiles.erase.confirmTitle });
      await expect(dialog).toBeVisible();
      await expect(dialog.getByRole('button', { name: texts.common.close, exact: true })).toBeVisible();
      await expect(dialog.getByRole('button', { name: texts.profiles.common.cancel })).toBeFocused();
      await expectAccessible(page, 'erase dialog open');
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOT_DIR, 'a11y-focus-erase-dialog-de-1280.png') });
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
    } finally {
      await context.close();
    }
  });

  test("the access log's wide table scrolls with the keyboard at 375 px", async ({ browser, baseURL }) => {
    const context = await browser.newContext({
      baseURL,
      locale: 'de-DE',
      storageState: adminState,
      viewport: { width: 375, height: 812 },
      isMobile: true,
      hasTouch: true,
    });
    await context.addInitScript(() => window.localStorage.setItem('passgenau.language', 'de'));
    const page = await context.newPage();
    try {
      const texts = CATALOGUES.de;
      await page.goto('/admin');
      await page.getByRole('tab', { name: texts.admin.tabs.accessLog }).click();
      const scroller = page
        .getByRole('region', { name: texts.common.scrollableTable })
        .filter({ has: page.getByRole('table', { name: texts.admin.tabs.accessLog }) });
      await expect(scroller).toBeVisible();
      expect(await scroller.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
      await expect(scroller).toHaveAttribute('tabindex', '0');
      await scroller.focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('End');
      await expect.poll(() => scroller.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
      await expectAccessible(page, 'access log at 375 px');
    } finally {
      await context.close();
    }
  });
});
