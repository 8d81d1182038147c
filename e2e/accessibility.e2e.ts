import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { findA11yProblems, formatProblems, type A11yProblem } from './pages/a11y';
import { ApiSession, DEMO_PASSWORD } from './pages/api';
import { SCREENSHOT_DIR } from './pages/home-page';
import { SignInPage } from './pages/sign-in-page';

type Role = 'visitor' | 'candidate' | 'mentor' | 'employer' | 'iba' | 'coordinator' | 'admin';
const SIGNED_IN: Exclude<Role, 'visitor'>[] = ['candidate', 'mentor', 'employer', 'iba', 'coordinator', 'admin'];
const ALL: Role[] = ['visitor', ...SIGNED_IN];

/** Ids the routes with parameters need, read from the demo data once. */
interface Ids {
  offerId: string;
  ownOfferId: string;
  pseudonym: string;
  mentorCandidateId: string;
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

async function signedInState(browser: Browser, baseURL: string, role: Exclude<Role, 'visitor'>): Promise<StorageState> {
  const context = await browser.newContext({ baseURL, locale: 'de-DE' });
  const page = await context.newPage();
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(EMAIL[role], DEMO_PASSWORD);
  const state = await context.storageState();
  await context.close();
  return state;
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

test.describe('accessibility of every route', () => {
  // 28 routes × role × 2 languages × 2 widths: one test per role, which reuses one context per language and width.
  test.setTimeout(240_000);

  const states = new Map<Role, StorageState | undefined>();
  let ids: Ids;

  test.beforeAll(async ({ browser, baseURL }) => {
    ids = await readIds(baseURL!);
    states.set('visitor', undefined);
    for (const role of SIGNED_IN) states.set(role, await signedInState(browser, baseURL!, role));
  });

  for (const role of ALL) {
    test(`as ${role}: WCAG 2.2 AA in German and Arabic at 1280 and 375 px`, async ({ browser, baseURL }) => {
      const found: { where: string; problems: A11yProblem[] }[] = [];
      const routes = ROUTES.filter((route) => route.roles.includes(role));
      for (const language of LANGUAGES) {
        for (const viewport of VIEWPORTS) {
          const context = await browser.newContext({
            baseURL,
            storageState: states.get(role),
            locale: language === 'de' ? 'de-DE' : 'ar',
            viewport: { width: viewport.width, height: viewport.height },
            ...(viewport.name === 'phone' ? { isMobile: true, hasTouch: true } : {}),
          });
          const page = await context.newPage();
          for (const route of routes) {
            const path = typeof route.path === 'string' ? route.path : route.path(ids);
            await test.step(`${path} (${language}, ${viewport.width} px)`, async () => {
              await visit(page, path, route.ready);
              await expect(page.locator('html')).toHaveAttribute('lang', language);
              const problems = await findA11yProblems(page);
              const sideways = await page.evaluate(
                () => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1,
              );
              if (sideways) {
                problems.push({
                  rule: 'reflow',
                  impact: 'serious',
                  target: 'html',
                  help: `the page scrolls sideways at ${viewport.width} px (WCAG 1.4.10)`,
                });
              }
              if (problems.length > 0) {
                found.push({ where: `${role} ${path} ${language} ${viewport.width}px`, problems });
                mkdirSync(SCREENSHOT_DIR, { recursive: true });
                const file = `a11y-failed-${role}-${path.replace(/[^a-z0-9]+/gi, '_')}-${language}-${viewport.width}.png`;
                await page.screenshot({ path: join(SCREENSHOT_DIR, file), fullPage: true });
              }
            });
          }
          await context.close();
        }
      }
      const report = found.map(({ where, problems }) => `== ${where}\n${formatProblems(problems)}`).join('\n');
      expect(found, `accessibility problems:\n${report}`).toEqual([]);
    });
  }
});
