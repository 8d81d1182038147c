import { expect, test, type Browser, type Page } from '@playwright/test';
import { CATALOGUES } from '@passgenau/i18n';
import { expectAccessible } from './pages/a11y';
import { ApiSession, DEMO_PASSWORD } from './pages/api';
import { AppPage } from './pages/app-page';
import { publishWeldingProfile, unique } from './pages/first-hour';
import { SignInPage } from './pages/sign-in-page';

const EMPLOYER = 'employer@demo.passgenau.de';
const MENTOR = 'mentor@demo.passgenau.de';
const IBA = 'iba@demo.passgenau.de';
const PHONE = { width: 375, height: 812 };

const de = CATALOGUES.de;
const ar = CATALOGUES.ar;

async function signIn(page: Page, email: string, language: 'de' | 'ar'): Promise<AppPage> {
  const signInPage = new SignInPage(page);
  await signInPage.goto();
  if (language !== 'de') await signInPage.chooseLanguage(language);
  await signInPage.signIn(email, DEMO_PASSWORD);
  await expect(signInPage.html).toHaveAttribute('lang', language);
  return new AppPage(page);
}

async function newPage(browser: Browser, baseURL: string | undefined, phone: boolean): Promise<Page> {
  const context = await browser.newContext({
    baseURL,
    locale: 'de-DE',
    ...(phone
      ? { viewport: PHONE, isMobile: true, hasTouch: true }
      : { viewport: { width: 1280, height: 900 } }),
  });
  return context.newPage();
}

/**
 * Issue 12, item 1: at an employer event a firm finds a candidate on its printed match list; IBA staff
 * open the profile from the printout's QR code (with `?firm=`) and send the firm's contact request.
 */
test.describe('contact request on a firm’s behalf', () => {
  test.describe.configure({ timeout: 180_000 });

  test('IBA staff (Arabic, 375 px) send for the demo firm from /profiles/<pseudonym>?firm=<id>; the firm’s person sees it in the sent list as sent by IBA staff', async ({
    browser,
    baseURL,
  }) => {
    // A new candidate of the demo mentor with a published profile, and the demo firm's id.
    const mentor = await ApiSession.signIn(baseURL!, MENTOR);
    const employerApi = await ApiSession.signIn(baseURL!, EMPLOYER);
    const staffApi = await ApiSession.signIn(baseURL!, IBA);
    let pseudonym: string;
    let firm: { id: string; name: string };
    try {
      const created = await mentor.call<{ candidateId: string }>('POST', '/mentor/candidates', {
        givenName: 'Olena',
        familyName: `Messe ${unique()}`,
        language: 'uk',
      });
      pseudonym = await publishWeldingProfile(mentor, created.candidateId);
      firm = await employerApi.call<{ id: string; name: string }>('GET', '/me/company');
    } finally {
      await mentor.dispose();
      await employerApi.dispose();
    }
    const staffName = staffApi.account.displayName;
    await staffApi.dispose();

    // IBA staff, in Arabic on a phone, open the profile as the QR code of the firm's match list links it.
    const staffPage = await newPage(browser, baseURL, true);
    const staff = await signIn(staffPage, IBA, 'de');
    await staff.chooseLanguage('ar');
    await staffPage.goto(`/profiles/${encodeURIComponent(pseudonym)}?firm=${firm.id}`);
    await expect(staff.html).toHaveAttribute('dir', 'rtl');
    const section = staffPage.getByRole('region', { name: ar.contacts.onBehalf.title });
    await expect(section).toBeVisible();
    const firmField = section.getByRole('combobox', { name: new RegExp(`^${ar.contacts.onBehalf.firm}`) });
    await expect(firmField).toHaveValue(firm.name);
    await expectAccessible(staffPage, 'on-behalf form, Arabic, 375 px');
    await staff.screenshot('contact-on-behalf-form-ar-375');

    const message = `Guten Tag! Die Firma hat Ihr Profil auf der Infoveranstaltung gesehen. ${unique()}`;
    await section
      .getByRole('textbox', { name: new RegExp(`^${ar.contacts.onBehalf.message}`) })
      .fill(message);
    await section.getByRole('button', { name: ar.contacts.onBehalf.submit }).click();
    const done = section.getByRole('status');
    await expect(done).toContainText(firm.name);
    await expect(done).toHaveText(
      new RegExp(
        [ar.contacts.onBehalf.sent, ar.contacts.onBehalf.sentBrokered]
          .map((text) => text.replace('{{firm}}', firm.name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
          .join('|'),
      ),
    );
    await expectAccessible(staffPage, 'on-behalf sent, Arabic, 375 px');
    // The same request again: the firm already has an open one, said in Arabic.
    await section.getByRole('button', { name: ar.contacts.onBehalf.another }).click();
    await section
      .getByRole('textbox', { name: new RegExp(`^${ar.contacts.onBehalf.message}`) })
      .fill(message);
    await section.getByRole('button', { name: ar.contacts.onBehalf.submit }).click();
    await expect(section.getByRole('alert')).toHaveText(ar.contacts.onBehalf.errors.CONTACT_REQUEST_OPEN);
    await expectAccessible(staffPage, 'on-behalf refused, Arabic, 375 px');
    await staffPage.context().close();

    // The firm's person (German, desktop) finds it in the sent list, marked as sent by IBA staff.
    const firmPage = await newPage(browser, baseURL, false);
    const employer = await signIn(firmPage, EMPLOYER, 'de');
    await firmPage.goto('/contact-requests/sent');
    await expect(firmPage.getByRole('heading', { level: 1, name: de.contacts.sent.title })).toBeVisible();
    const card = firmPage.locator('[data-request]').filter({ hasText: message });
    await expect(card).toBeVisible();
    await expect(card.locator('[data-sent-by-staff]')).toHaveText(
      de.contacts.sent.byStaff.replace('{{name}}', staffName),
    );
    await expectAccessible(firmPage, 'sent list with a request sent by IBA staff, German');
    await employer.screenshot('contact-on-behalf-sent-de-1280');
    await firmPage.context().close();
  });
});
