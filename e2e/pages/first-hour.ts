import { SEARCHABLE_PROFILE_CONSENT } from '@passgenau/domain';
import {
  expect,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from '@playwright/test';
import { findA11yProblems, formatProblems } from './a11y';
import { AccountPage } from './account-page';
import { ApiSession, DEMO_PASSWORD } from './api';
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

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

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
 * Runs the accessibility check (axe WCAG 2.2 A/AA, Arabic-script contrast, touch targets: e2e/pages/a11y.ts) on the
 * page state; a problem fails the test (softly, so the test's own assertions still run and report too).
 */
export async function checkA11y(page: Page, label: string): Promise<void> {
  const problems = await findA11yProblems(page);
  const report = `accessibility problems on "${label}" (${page.url()}):\n${formatProblems(problems)}`;
  expect.soft(problems, report).toEqual([]);
}

/** The demo candidate's profile, published (the demo data starts as a draft); returns its ids. */
export async function publishDemoProfile(
  baseURL: string,
): Promise<{ candidateId: string; pseudonym: string }> {
  const candidate = await ApiSession.signIn(baseURL, DEMO.candidate.email);
  try {
    const candidateId = candidate.account.candidateId!;
    return { candidateId, pseudonym: await publishWeldingProfile(candidate, candidateId) };
  } finally {
    await candidate.dispose();
  }
}

/**
 * Publishes a small welding profile (MAG welding, German B1, Waiblingen) of a candidate, as the candidate or an
 * authorised mentor (consent given on their behalf when missing), with the given work experience; an already
 * published profile stays as it is. Returns the pseudonym.
 */
export async function publishWeldingProfile(
  session: ApiSession,
  candidateId: string,
  extra: { experience?: Array<{ occupationCode: string; years: number }> } = {},
): Promise<string> {
  const profile = await session.call<{ status: string; pseudonym: string }>(
    'GET',
    `/candidates/${candidateId}/profile`,
  );
  if (profile.status === 'published') return profile.pseudonym;
  const skills = await session.call<{ hits: Array<{ code: string }> }>(
    'GET',
    `/taxonomy/skills?q=${encodeURIComponent('Schweißgeräte')}&lang=de`,
  );
  const personal = await session.call<{ searchableConsent: boolean }>('GET', `/candidates/${candidateId}`);
  if (!personal.searchableConsent)
    await session.call('POST', `/candidates/${candidateId}/consent`, {
      textVersion: SEARCHABLE_PROFILE_CONSENT.version,
    });
  await session.call('PUT', `/candidates/${candidateId}/profile`, {
    languages: [{ language: 'de', overall: 'B1' }],
    germanCertificates: [],
    competences: [{ code: skills.hits[0]!.code, evidence: [{ kind: 'self', level: 'good' }] }],
    schooling: {},
    education: [],
    experience: extra.experience ?? [],
    texts: [],
    wishes: { occupations: [WELDER], kinds: ['job'] },
    mobility: { homeTownAgs: WAIBLINGEN, drivingLicences: [] },
    workPermit: 'permitted',
  });
  const published = await session.call<{ pseudonym: string }>(
    'POST',
    `/candidates/${candidateId}/profile/publish`,
  );
  return published.pseudonym;
}

export const WELDER = 'http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b';
export const WAIBLINGEN = '08119079';
