import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, request, test, type Browser, type Page } from '@playwright/test';
import { CATALOGUES } from '@passgenau/i18n';
import { expectAccessible } from './pages/a11y';
import { ApiSession, DEMO_PASSWORD } from './pages/api';
import { expectNoHorizontalScroll, publishWeldingProfile, unique } from './pages/first-hour';
import { SCREENSHOT_DIR } from './pages/home-page';
import { SignInPage } from './pages/sign-in-page';

const COORDINATOR = 'coordinator@demo.passgenau.de';
const EMPLOYER = 'employer@demo.passgenau.de';
const MENTOR = 'mentor@demo.passgenau.de';
const PASSWORD = 'Remstal-Apfelbaum-2026';
const de = CATALOGUES.de.events;
const ar = CATALOGUES.ar.events;

async function newPage(browser: Browser, baseURL: string | undefined, phone = false): Promise<Page> {
  const context = await browser.newContext({
    baseURL,
    locale: 'de-DE',
    ...(phone
      ? { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true }
      : { viewport: { width: 1280, height: 900 } }),
  });
  return context.newPage();
}

async function signIn(
  page: Page,
  email: string,
  language: 'de' | 'ar',
  password = DEMO_PASSWORD,
): Promise<void> {
  const signInPage = new SignInPage(page);
  await signInPage.goto();
  if (language !== 'de') await signInPage.chooseLanguage(language);
  await signInPage.signIn(email, password);
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `events-${name}.png`), fullPage: true });
}

/** A day a week ahead, in the district, as the German date field takes it (TT.MM.JJJJ). */
function dayAhead(days: number): { iso: string; typed: string } {
  const iso = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(
    new Date(Date.now() + days * 864e5),
  );
  const [y, m, d] = iso.split('-');
  return { iso, typed: `${d}.${m}.${y}` };
}

/** Accepts an invitation link as the invited person would (no session of anyone). */
async function accept(baseURL: string, acceptUrl: string, body: Record<string, unknown>): Promise<void> {
  const token = new URL(acceptUrl).pathname.split('/').pop()!;
  const http = await request.newContext({ baseURL });
  const response = await http.post(`/api/invitations/${token}/accept`, { data: body });
  expect(response.status(), await response.text()).toBe(201);
  await http.dispose();
}

/** An employer of a new firm, invited by the coordinator (firms invited by staff are checked). */
async function invitedEmployer(baseURL: string, coordinator: ApiSession): Promise<ApiSession> {
  const email = `firma-${unique()}@e2e.passgenau.de`;
  const invitation = await coordinator.call<{ acceptUrl: string }>('POST', '/invitations', {
    kind: 'employer',
    email,
    companyName: `Speed-Dating Firma ${unique()}`,
  });
  await accept(baseURL, invitation.acceptUrl, {
    password: PASSWORD,
    givenName: 'Erika',
    familyName: `Betrieb ${unique()}`,
  });
  return ApiSession.signIn(baseURL, email, PASSWORD);
}

/** A candidate with an own login (invited by the demo mentor), with a published welding profile. */
async function invitedCandidate(
  baseURL: string,
  mentor: ApiSession,
): Promise<{ session: ApiSession; email: string }> {
  const email = `kandidatin-${unique()}@e2e.passgenau.de`;
  const invitation = await mentor.call<{ acceptUrl: string }>('POST', '/invitations', {
    kind: 'candidate',
    email,
  });
  await accept(baseURL, invitation.acceptUrl, {
    password: PASSWORD,
    givenName: 'Samira',
    familyName: `Nasser ${unique()}`,
    language: 'ar',
  });
  const session = await ApiSession.signIn(baseURL, email, PASSWORD);
  await publishWeldingProfile(session, session.account.candidateId!);
  return { session, email };
}

test.describe('speed dating: create, register, plan, check in', () => {
  test('a coordinator plans an event in German, a candidate reads the plan in Arabic, check-in on a phone re-plans', async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(240_000);
    const title = `Speed-Dating Waiblingen ${unique()}`;
    const day = dayAhead(7);

    // 1. The coordinator creates the event through the form, in German.
    const staff = await newPage(browser, baseURL);
    await signIn(staff, COORDINATOR, 'de');
    await staff.goto('/events');
    await expect(staff.getByRole('heading', { level: 1, name: de.list.title })).toBeVisible();
    await staff.getByRole('link', { name: de.list.create }).click();
    await expect(staff.getByRole('heading', { level: 1, name: de.form.createTitle })).toBeVisible();
    await staff.getByLabel(de.form.title).fill(title);
    await staff
      .getByRole('combobox', { name: new RegExp(`^${de.form.town}\\b`) })
      .selectOption({ label: 'Waiblingen' });
    await staff.getByLabel(de.form.venue).fill('Bürgerzentrum, Saal 2');
    await staff.getByRole('textbox', { name: new RegExp(`^${de.form.day}\\b`) }).fill(day.typed);
    await staff.getByLabel(de.form.rounds, { exact: true }).fill('4');
    await staff.getByLabel(de.form.roundMinutes).fill('10');
    await staff.getByLabel(de.form.breakMinutes).fill('5');
    await staff.getByLabel(de.form.languages).fill('de, ar');
    await expectAccessible(staff, 'event form (de)');
    await shot(staff, 'form-de-1280');
    await staff.getByRole('button', { name: de.form.create }).click();
    await expect(staff.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await staff.getByRole('button', { name: de.detail.toStatus.open }).click();
    await expect(staff.getByText(de.status.open, { exact: true })).toBeVisible();
    const eventId = new URL(staff.url()).pathname.split('/').pop()!;
    await expectAccessible(staff, 'event page, open (de)');

    // 2. Three firms and ten candidates register (seeded through the API; no demo candidates).
    const coordinator = await ApiSession.signIn(baseURL!, COORDINATOR);
    const mentor = await ApiSession.signIn(baseURL!, MENTOR);
    const demoFirm = await ApiSession.signIn(baseURL!, EMPLOYER);
    const firms = [
      demoFirm,
      await invitedEmployer(baseURL!, coordinator),
      await invitedEmployer(baseURL!, coordinator),
    ];
    const offers = await demoFirm.call<{ items: Array<{ id: string; status: string }> }>('GET', '/offers');
    const tables: Array<{ id: string }> = [];
    for (const [n, firm] of firms.entries()) {
      const mine = await firm.call<Array<{ id: string }>>('GET', `/events/${eventId}/my-registrations`);
      tables.push(
        mine[0] ??
          (await firm.call<{ id: string }>('POST', `/events/${eventId}/registrations`, {
            offerIds:
              n === 0
                ? offers.items
                    .filter((o) => o.status === 'open')
                    .slice(0, 2)
                    .map((o) => o.id)
                : [],
          })),
      );
    }
    const samira = await invitedCandidate(baseURL!, mentor);
    const own = await samira.session.call<{ id: string }>('POST', `/events/${eventId}/registrations`, {
      languages: ['de', 'ar'],
    });
    for (let i = 0; i < 9; i += 1) {
      const created = await mentor.call<{ candidateId: string }>('POST', '/mentor/candidates', {
        givenName: `Teilnehmer${i}`,
        familyName: `Speed ${unique()}`,
        language: 'de',
      });
      await publishWeldingProfile(mentor, created.candidateId);
      await mentor.call('POST', `/events/${eventId}/registrations`, { candidateId: created.candidateId });
    }

    // 3. The coordinator generates and publishes the schedule and looks at the plans.
    await staff.reload();
    await expect(staff.getByRole('heading', { level: 2, name: de.detail.registrations })).toBeVisible();
    await expect(staff.getByRole('table', { name: de.detail.candidates }).getByRole('row')).toHaveCount(11);
    await staff.getByRole('button', { name: de.schedule.generate }).click();
    await expect(staff.getByText(/^Gespräche: \d+$/)).toBeVisible();
    const meetings = Number((await staff.getByText(/^Gespräche: \d+$/).textContent())!.split(': ')[1]);
    expect(meetings).toBeGreaterThanOrEqual(10); // 3 tables × 4 rounds: every one of the ten candidates meets a firm
    await expect(staff.getByText(de.schedule.notPublished)).toBeVisible();
    await staff.getByRole('button', { name: de.schedule.publish }).click();
    await expect(staff.getByText(/^Veröffentlicht: /)).toBeVisible();
    await expectAccessible(staff, 'event page with schedule (de)');
    await shot(staff, 'event-de-1280');

    await staff.getByRole('link', { name: de.detail.wallPlan }).click();
    await expect(staff.getByRole('heading', { level: 1, name: de.wall.title })).toBeVisible();
    await expect(staff.getByRole('table', { name: de.wall.byTable }).getByRole('row')).toHaveCount(4);
    await expectAccessible(staff, 'wall plan (de)');
    await shot(staff, 'wall-de-1280');

    await staff.goto(`/events/${eventId}/plans/${tables[1]!.id}`);
    await expect(staff.getByRole('heading', { level: 1, name: /^Plan von Tisch 2$/ })).toBeVisible();
    expect(await staff.getByRole('table').getByRole('row').count()).toBeGreaterThan(1);
    await expectAccessible(staff, 'table plan (de)');
    await staff.goto(`/events/${eventId}/plans/${own.id}`);
    await expect(staff.getByRole('heading', { level: 1, name: de.plan.title })).toBeVisible();
    await expect(staff.getByRole('main').getByRole('listitem').first()).toContainText(/Runde \d/);
    await expectAccessible(staff, 'candidate plan (de)');

    // 4. The candidate sees her own plan, in Arabic, large and with icons.
    const candidatePage = await newPage(browser, baseURL);
    await signIn(candidatePage, samira.email, 'ar', PASSWORD);
    await candidatePage.goto(`/events/${eventId}`);
    await candidatePage.getByRole('link', { name: ar.register.myPlan }).click();
    await expect(candidatePage.getByRole('heading', { level: 1, name: ar.plan.title })).toBeVisible();
    await expect(candidatePage.locator('html')).toHaveAttribute('dir', 'rtl');
    const cards = candidatePage.getByRole('main').getByRole('listitem');
    expect(await cards.count()).toBeGreaterThanOrEqual(1);
    await expect(cards.first()).toContainText(ar.plan.roundN.replace('{{n}}', ''));
    await expectAccessible(candidatePage, 'own plan (ar)');
    await shot(candidatePage, 'plan-ar-1280');
    // a table's plan is not hers to see
    expect((await candidatePage.request.get(`/api/events/${eventId}/plans/${tables[1]!.id}`)).status()).toBe(
      404,
    );

    // 5. Check-in on a phone: a no-show, then a re-plan from round 2.
    const phone = await newPage(browser, baseURL, true);
    await signIn(phone, COORDINATOR, 'de');
    await phone.goto(`/events/${eventId}/check-in`);
    await expect(phone.getByRole('heading', { level: 1, name: de.checkIn.title })).toBeVisible();
    await phone.getByLabel(de.checkIn.search).fill('Teilnehmer3');
    const person = phone.getByRole('listitem').filter({ hasText: 'Teilnehmer3' });
    await expect(person).toHaveCount(1);
    await person.getByRole('button', { name: new RegExp(`^${de.checkIn.noShow}`) }).click();
    await expect(person.getByText(de.detail.noShow, { exact: true })).toBeVisible();
    await expectAccessible(phone, 'check-in, no-show (de, 375)');
    await phone.getByLabel(de.checkIn.replanFrom).fill('2');
    await phone.getByRole('button', { name: de.checkIn.replan, exact: true }).click();
    await expect(phone.getByRole('status').filter({ hasText: /^Neu geplant/ })).toBeVisible();
    await expectNoHorizontalScroll(phone);
    await expectAccessible(phone, 'check-in, re-planned (de, 375)');
    await shot(phone, 'check-in-de-375');

    // the no-show has nothing left from round 2 on
    const schedule = await coordinator.call<{
      meetings: Array<{ round: number; candidateLabel: string; candidateRegistrationId: string }>;
    }>('GET', `/events/${eventId}/schedule`);
    const registrations = await coordinator.call<Array<{ id: string; name: string }>>(
      'GET',
      `/events/${eventId}/registrations?q=Teilnehmer3`,
    );
    expect(registrations).toHaveLength(1);
    expect(
      schedule.meetings.filter((m) => m.round >= 2 && m.candidateRegistrationId === registrations[0]!.id),
    ).toEqual([]);

    for (const session of [coordinator, mentor, samira.session, ...firms]) await session.dispose();
  });
});
