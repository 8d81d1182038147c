import { expect, test } from '@playwright/test';
import { CATALOGUES } from '@passgenau/i18n';
import { AccessCodePage } from './pages/access-code-page';
import { AccountPage } from './pages/account-page';
import { AdminPage } from './pages/admin-page';
import { HomePage } from './pages/home-page';
import { SignInPage } from './pages/sign-in-page';
import { expectAccessible } from './pages/a11y';

const DEMO_PASSWORD = 'demo-passgenau-2026';
const MENTOR = { email: 'mentor@demo.passgenau.de', name: 'Jonas Weber' };
const ADMIN = { email: 'admin@demo.passgenau.de', name: 'Admin Passgenau' };

test.describe('accounts', () => {
  test('a mentor in Arabic creates a candidate without e-mail, who signs in on a phone and withdraws the mentor', async ({
    page,
    browser,
    baseURL,
  }) => {
    // Mentor, desktop, Arabic.
    const home = new HomePage(page);
    await home.goto();
    await home.chooseLanguage('ar');
    await expect(home.html).toHaveAttribute('dir', 'rtl');
    const signIn = new SignInPage(page);
    await signIn.openFromHeader();
    await signIn.signIn(MENTOR.email, DEMO_PASSWORD);
    const mentorAccount = new AccountPage(page);
    await mentorAccount.expectLoaded();
    // Signing in applies the account's language (the demo mentor's is German); the mentor picks Arabic again.
    await expect(mentorAccount.html).toHaveAttribute('lang', 'de');
    await mentorAccount.chooseLanguage('ar');
    await expect(mentorAccount.html).toHaveAttribute('dir', 'rtl');
    await expect(mentorAccount.accountMenu(MENTOR.name)).toBeVisible();

    const familyName = `Tesfaye ${Date.now().toString(36)}`;
    const candidateName = `Yonas ${familyName}`;
    const card = await mentorAccount.createCandidateWithoutEmail('Yonas', familyName);
    expect(card.loginName).toMatch(/^k-[a-z0-9]+$/);
    expect(card.accessCode).toMatch(/^[A-Z0-9-]{8,}$/);
    expect(card.address).toBe(`${baseURL}/access-code`);
    // The card speaks the candidate's language (the form's default: the mentor's Arabic).
    await expect(await mentorAccount.accessCard('ar')).toContainText(CATALOGUES.ar.mentor.card.step2);
    await expect(
      (await mentorAccount.candidateList()).getByRole('listitem').filter({ hasText: candidateName }),
    ).toBeVisible();
    await expectAccessible(mentorAccount.page, 'account-mentor-ar-desktop');
    await mentorAccount.screenshot('account-mentor-ar-desktop');

    // The candidate, on a phone, in Ukrainian, with the printed card.
    const phone = await browser.newContext({
      baseURL,
      locale: 'de-DE',
      viewport: { width: 375, height: 812 },
      isMobile: true,
      hasTouch: true,
    });
    try {
      const candidatePage = await phone.newPage();
      const candidateHome = new HomePage(candidatePage);
      await candidateHome.goto();
      await candidateHome.chooseLanguage('uk');
      const accessCode = new AccessCodePage(candidatePage);
      await accessCode.goto();
      await accessCode.redeem(card.loginName, card.accessCode, 'Sonnenblume-Remstal-2026');

      const candidateAccount = new AccountPage(candidatePage);
      await candidateAccount.expectLoaded();
      // The account was created in the mentor's Arabic, which applies on sign-in; the candidate picks Ukrainian.
      await expect(candidateAccount.html).toHaveAttribute('lang', 'ar');
      await candidateAccount.chooseLanguage('uk');
      await expect(candidateAccount.accountMenu(candidateName)).toBeVisible();
      const activeMentors = await candidateAccount.activeMentors();
      await expect(activeMentors.getByRole('listitem').filter({ hasText: MENTOR.name })).toContainText(
        MENTOR.email,
      );
      await expect(await candidateAccount.consentSection()).toContainText(
        CATALOGUES.uk.account.consent.statusOff,
      );
      // The mentor's list of candidates was logged as a look at the candidate's data.
      await expect(await candidateAccount.accessLogSection()).toContainText(MENTOR.name);
      expect(await candidateAccount.scrollsHorizontally()).toBe(false);
      await expectAccessible(candidateAccount.page, 'account-candidate-uk-phone');
      await candidateAccount.screenshot('account-candidate-uk-phone');

      await candidateAccount.withdrawMentor(MENTOR.name);
      await expect(await candidateAccount.mentorsSection()).toContainText(CATALOGUES.uk.account.mentors.none);
      await expect((await candidateAccount.formerMentors()).getByRole('listitem')).toContainText(MENTOR.name);
    } finally {
      await phone.close();
    }

    // Back to the mentor: the candidate has gone from the list.
    await page.reload();
    await mentorAccount.expectLoaded();
    const candidates = await mentorAccount.candidateList();
    await expect(candidates.getByRole('listitem').first()).toBeVisible();
    await expect(candidates.getByRole('listitem').filter({ hasText: candidateName })).toHaveCount(0);

    await mentorAccount.signOut(MENTOR.name);
    await page.goto('/account');
    await expect(page).toHaveURL(/\/sign-in\?next=%2Faccount$/);
    await expect(
      page.getByRole('heading', { level: 1, name: CATALOGUES.ar.auth.signIn.title }),
    ).toBeVisible();
  });

  test('says in Farsi that e-mail or password is wrong', async ({ page }) => {
    const signIn = new SignInPage(page);
    await page.goto('/');
    await signIn.chooseLanguage('fa');
    await signIn.goto();

    await signIn.submit('nobody@example.org', 'not-the-password-1');

    await expect(page.getByRole('alert')).toHaveText(CATALOGUES.fa.auth.signIn.badCredentials);
    await expectAccessible(page, 'sign-in-error-fa-desktop');
    await expect(page).toHaveURL(/\/sign-in$/);
  });

  test('an admin finds accounts by name and role, and reads the access log and the outbox, in German', async ({
    page,
  }) => {
    const signIn = new SignInPage(page);
    await signIn.goto();
    await expect(signIn.html).toHaveAttribute('lang', 'de');
    await signIn.signIn(ADMIN.email, DEMO_PASSWORD);
    await signIn.openFromAccountMenu(ADMIN.name, 'admin');

    const admin = new AdminPage(page);
    await admin.expectLoaded();
    const texts = CATALOGUES.de;
    await expect((await admin.accountsTable()).getByRole('row').nth(1)).toBeVisible();
    await expectAccessible(admin.page, 'admin-de-desktop');
    await admin.screenshot('admin-de-desktop');
    await admin.filterRole(texts.roleNames.mentor);
    const mentorRow = await admin.accountRow(MENTOR.email);
    await expect(mentorRow).toContainText(MENTOR.name);
    await expect(
      mentorRow.getByRole('combobox', { name: new RegExp(texts.admin.accounts.roleOf.split(' {{')[0]!) }),
    ).toHaveValue('mentor');
    await admin.search('Jonas');
    await expect((await admin.accountsTable()).getByRole('row')).toHaveCount(2);

    await admin.openTab('accessLog');
    await expect(page.getByRole('table', { name: texts.admin.tabs.accessLog })).toContainText(
      texts.accessLog.actions.list_mentor_candidates,
    );
    await expectAccessible(page, 'admin-access-log-de-desktop');
    await admin.openTab('outbox');
    await expect(page.getByText(texts.admin.outbox.intro)).toBeVisible();
    await expectAccessible(page, 'admin-outbox-de-desktop');
  });

  test('sends a signed-out visitor from the admin page to the sign-in page', async ({ page }) => {
    await page.goto('/admin');
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fadmin$/);
  });
});
