import { expect, test } from '@playwright/test';
import { CATALOGUES } from '@passgenau/i18n';
import { AccountPage } from './pages/account-page';
import { HomePage } from './pages/home-page';
import { ProfileViewPage } from './pages/profile-view-page';
import { ProfileWizardPage } from './pages/profile-wizard-page';
import { SignInPage } from './pages/sign-in-page';
import { expectAccessible } from './pages/a11y';
import { ApiSession } from './pages/api';
import { expectNoHorizontalScroll, publishWeldingProfile, unique } from './pages/first-hour';

const DEMO_PASSWORD = 'demo-passgenau-2026';
const MENTOR = { email: 'mentor@demo.passgenau.de', name: 'Jonas Weber' };
const EMPLOYER = { email: 'employer@demo.passgenau.de' };
const WELDING_DE = 'Schweißgeräte bedienen';
const WELDING_UK = 'зварювання';
/** ESCO "vehicle technician": German label "Kraftfahrzeugmechatroniker Schwerpunkt Personenkraftwagentechnik/…in …". */
const VEHICLE_TECHNICIAN = 'http://data.europa.eu/esco/occupation/4ad4024e-d1d3-4dea-b6d1-2c7948111dce';

test.describe('competence profiles', () => {
  test('a mentor completes the wizard in Ukrainian and an employer reads the profile in German', async ({
    page,
    browser,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const uk = CATALOGUES.uk;

    // The mentor, in Ukrainian, creates a person without e-mail and opens that person's profile.
    const home = new HomePage(page);
    await home.goto();
    await home.chooseLanguage('uk');
    const signIn = new SignInPage(page);
    await signIn.openFromHeader();
    await signIn.signIn(MENTOR.email, DEMO_PASSWORD);
    const account = new AccountPage(page);
    await account.expectLoaded();
    // Signing in applies the account's language (German); the mentor picks Ukrainian again.
    await account.chooseLanguage('uk');
    const familyName = `Kovalenko ${Date.now().toString(36)}`;
    const candidateName = `Oksana ${familyName}`;
    await account.createCandidateWithoutEmail('Oksana', familyName);
    const item = (await account.candidateList()).getByRole('listitem').filter({ hasText: candidateName });
    await item.getByRole('link', { name: uk.profiles.mentor.editProfile }).click();
    await expect(page).toHaveURL(/\/candidates\/[^/]+\/profile$/);

    const wizard = new ProfileWizardPage(page);
    await wizard.expectLoaded();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(candidateName);

    // Languages: German B1 (autosaved).
    await wizard.setGermanLevel('B1');
    await wizard.expectSaved();

    // Competences: typed in Ukrainian, the stored value is the code.
    await wizard.openStep('competences');
    await wizard.pickCompetence(WELDING_UK, WELDING_UK);
    await expect((await wizard.competenceList()).getByRole('listitem')).toContainText(WELDING_UK);
    await wizard.expectSaved();
    // Bilingual mode: the German beside the Ukrainian, for mentor and candidate at one screen.
    await page.getByRole('switch', { name: uk.profiles.wizard.bilingual }).check();
    await expect(page.getByText(`· ${CATALOGUES.de.profiles.competences.search}`)).toBeVisible();
    await expectAccessible(wizard.page, 'profile-wizard-uk-desktop');
    await wizard.screenshot('profile-wizard-uk-desktop');
    await page.getByRole('switch', { name: uk.profiles.wizard.bilingual }).uncheck();

    // Wishes: an occupation and a kind of work.
    await wizard.openStep('wishes');
    await wizard.pickWishedOccupation('зварник', /зварювальник \/ зварювальниця/);
    await wizard.chooseWorkKind('job');
    await wizard.expectSaved();

    // Mobility: home town.
    await wizard.openStep('mobility');
    await wizard.chooseHomeTown('Waiblingen');
    await wizard.expectSaved();

    // Review: consent on the person's behalf, then publish.
    await wizard.openStep('review');
    await expect(page.getByText(uk.profiles.review.completeness).first()).toBeVisible();
    await wizard.giveConsentOnBehalf();
    const pseudonym = await wizard.publish();
    expect(pseudonym).toMatch(/^K-[A-Z0-9]+$/);
    await expectAccessible(wizard.page, 'profile-wizard-uk-review');
    await wizard.screenshot('profile-wizard-uk-review');

    // The same wizard in Arabic on a phone (right to left, no sideways scrolling).
    const candidatePath = new URL(page.url()).pathname;
    const phone = await browser.newContext({
      baseURL,
      locale: 'de-DE',
      viewport: { width: 375, height: 812 },
      isMobile: true,
      hasTouch: true,
      storageState: await page.context().storageState(),
    });
    try {
      const phonePage = await phone.newPage();
      const phoneHome = new HomePage(phonePage);
      await phoneHome.goto();
      await phoneHome.chooseLanguage('ar');
      await phonePage.goto(candidatePath);
      const phoneWizard = new ProfileWizardPage(phonePage);
      await phoneWizard.expectLoaded();
      await expect(phoneWizard.html).toHaveAttribute('dir', 'rtl');
      await phoneWizard.openStep('competences');
      await expect((await phoneWizard.competenceList()).getByRole('listitem')).toHaveCount(1);
      expect(await phoneWizard.scrollsHorizontally()).toBe(false);
      await expectAccessible(phoneWizard.page, 'profile-wizard-ar-phone');
      await phoneWizard.screenshot('profile-wizard-ar-phone');
    } finally {
      await phone.close();
    }

    // An employer, in German, reads the pseudonymous profile.
    const employerContext = await browser.newContext({ baseURL, locale: 'de-DE' });
    try {
      const employerPage = await employerContext.newPage();
      const employerSignIn = new SignInPage(employerPage);
      await employerSignIn.goto();
      await expect(employerSignIn.html).toHaveAttribute('lang', 'de');
      await employerSignIn.signIn(EMPLOYER.email, DEMO_PASSWORD);
      const view = new ProfileViewPage(employerPage);
      await view.gotoPseudonym(pseudonym);
      await expect(view.main.getByText(WELDING_DE, { exact: true })).toBeVisible();
      await expect(view.main).toContainText(CATALOGUES.de.profiles.mayWork.unknown);
      await expect(employerPage.locator('body')).not.toContainText(familyName);
      await expect(employerPage.locator('body')).not.toContainText('Oksana');
      await expectAccessible(view.page, 'profile-employer-de-desktop');
      await view.screenshot('profile-employer-de-desktop');

      // The list finds it by town.
      await view.gotoList();
      await employerPage
        .getByRole('combobox', { name: CATALOGUES.de.profiles.list.town })
        .selectOption({ label: 'Waiblingen' });
      await expect(employerPage.locator('[data-pseudonym]').first()).toBeVisible();
    } finally {
      await employerContext.close();
    }
  });

  test('a long German occupation name in the work experience wraps on a phone: the employer’s profile page does not scroll sideways', async ({
    browser,
    baseURL,
  }) => {
    const mentor = await ApiSession.signIn(baseURL!, MENTOR.email);
    let pseudonym: string;
    try {
      const created = await mentor.call<{ candidateId: string }>('POST', '/mentor/candidates', {
        givenName: 'Lange',
        familyName: `Wörter ${unique()}`,
        language: 'de',
      });
      pseudonym = await publishWeldingProfile(mentor, created.candidateId, {
        experience: [{ occupationCode: VEHICLE_TECHNICIAN, years: 9 }],
      });
    } finally {
      await mentor.dispose();
    }
    // A 375 px window as the accessibility sweep uses (a mobile emulation would zoom out instead of scrolling).
    const context = await browser.newContext({
      baseURL,
      locale: 'de-DE',
      viewport: { width: 375, height: 812 },
    });
    const page = await context.newPage();
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.signIn(EMPLOYER.email, DEMO_PASSWORD);
    await page.goto(`/profiles/${encodeURIComponent(pseudonym)}`);
    await expect(
      page.getByText(/Personenkraftwagentechnik\/Kraftfahrzeugmechatronikerin/).first(),
    ).toBeVisible();
    await expectNoHorizontalScroll(page);
    await expectAccessible(page, 'profile with a long occupation name, German, phone');
    await page.screenshot({
      path: 'test-results/screenshots/profile-long-occupation-de-375.png',
      fullPage: true,
    });
    await context.close();
  });

  test('IBA staff see per-row errors in a CSV preview and cannot import it', async ({ page }) => {
    const de = CATALOGUES.de.profiles;
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.signIn('iba@demo.passgenau.de', DEMO_PASSWORD);
    await page
      .getByRole('banner')
      .getByRole('button', { name: new RegExp(CATALOGUES.de.nav.accountMenu) })
      .click();
    await page.getByRole('menuitem', { name: de.nav.assessments }).click();
    await expect(page.getByRole('heading', { level: 1, name: de.assessments.title })).toBeVisible();

    // Mantine's file input is a button with a hidden native file input behind it.
    await page.locator('input[type="file"]').setInputFiles({
      name: 'results.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'candidate,provider,procedure,assessedOn,code,level\nnobody,Bildungszentrum,MYSKILLS,2099-01-01,unknown,B7\n',
      ),
    });
    const preview = page.getByRole('table', { name: de.assessments.preview });
    await expect(preview.getByRole('row')).toHaveCount(2);
    // Each error names its column and what the column must hold.
    await expect(preview).toContainText(
      CATALOGUES.de.staff.csv.columnError.replace('{{column}}', 'candidate').split('{{expected}}')[0]!,
    );
    await expect(page.getByRole('button', { name: de.assessments.import, exact: true })).toBeDisabled();
    await expectAccessible(page, 'profile-assessments-de-desktop');
    await new ProfileViewPage(page).screenshot('profile-assessments-de-desktop');
  });

  test('sends a signed-out visitor from the profile list to the sign-in page', async ({ page }) => {
    await page.goto('/profiles');
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fprofiles$/);
  });
});
