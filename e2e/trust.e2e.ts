import { expect, test, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';
import { CATALOGUES } from '@passgenau/i18n';
import { AccountPage } from './pages/account-page';
import { publishDemoProfile } from './pages/first-hour';
import { ApiSession } from './pages/api';
import { HomePage } from './pages/home-page';
import { linkIn, mailsTo } from './pages/mailbox';
import { ProfileViewPage } from './pages/profile-view-page';
import { ProfileWizardPage } from './pages/profile-wizard-page';
import { SignInPage } from './pages/sign-in-page';
import { expectAccessible } from './pages/a11y';

const DEMO_PASSWORD = 'demo-passgenau-2026';
const CANDIDATE = { email: 'candidate@demo.passgenau.de', name: 'Amina Haddad' };
const MENTOR = { email: 'mentor@demo.passgenau.de', name: 'Jonas Weber' };
const EMPLOYER = { email: 'employer@demo.passgenau.de', firm: 'Metallbau Remstal GmbH (Demo)' };
const IBA = { email: 'iba@demo.passgenau.de', name: 'Sabine Keller (Team IBA)' };

const PHONE: BrowserContextOptions = {
  locale: 'de-DE',
  viewport: { width: 375, height: 812 },
  isMobile: true,
  hasTouch: true,
};

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;

/** A draft the API accepts: the fields every save sends, with the given parts filled in. */
function draft(parts: Record<string, unknown> = {}) {
  return {
    languages: [],
    germanCertificates: [],
    competences: [],
    schooling: {},
    education: [],
    experience: [],
    texts: [],
    wishes: { occupations: [], kinds: [] },
    mobility: { drivingLicences: [] },
    workPermit: 'unknown',
    ...parts,
  };
}

interface SavedBody {
  competences?: Array<{ code: string; evidence: Array<{ kind: string; level?: string }> }>;
}

function hasEvidence(body: SavedBody, code: string, evidence: { kind: string; level: string }): boolean {
  return Boolean(
    body.competences
      ?.find((competence) => competence.code === code)
      ?.evidence.some((entry) => entry.kind === evidence.kind && entry.level === evidence.level),
  );
}

/** Makes a change and waits until the autosave that carries it is answered with success. */
async function savedWith(page: Page, change: () => Promise<unknown>, carries: (body: SavedBody) => boolean) {
  const saved = page.waitForResponse(
    (response) =>
      response.request().method() === 'PUT' &&
      /^\/api\/candidates\/[^/]+\/profile$/.test(new URL(response.url()).pathname) &&
      carries(response.request().postDataJSON() as SavedBody),
  );
  await change();
  const response = await saved;
  expect(response.status(), await response.text()).toBe(200);
}

async function signedInPage(
  browser: Browser,
  baseURL: string,
  email: string,
  options: BrowserContextOptions = {},
) {
  const context = await browser.newContext({ baseURL, locale: 'de-DE', ...options });
  const page = await context.newPage();
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(email, DEMO_PASSWORD);
  // The app switches to the account's own language after signing in; wait for it, so that the
  // texts a test looks for are read in the language the page ends up in.
  const me = await page.request.get('/api/auth/me');
  expect(me.ok()).toBe(true);
  await expect(page.locator('html')).toHaveAttribute('lang', (await me.json()).preferredLanguage);
  await new AccountPage(page).expectLoaded();
  return { context, page };
}

test.describe('trust: sign-up by link, honest access log, duplicates, evidence authorship', () => {
  test('sign-up in Arabic on a phone: "check your inbox", the link creates the account, a second sign-up gets the same answer', async ({
    browser,
    baseURL,
  }) => {
    const ar = CATALOGUES.ar;
    const email = `rana.${unique()}@example.org`;
    const context = await browser.newContext({ baseURL, ...PHONE });
    try {
      const page = await context.newPage();
      const home = new HomePage(page);
      await home.goto();
      await home.chooseLanguage('ar');
      await expect(home.html).toHaveAttribute('dir', 'rtl');

      const signUp = async () => {
        await page.goto('/sign-up');
        await expect(page.getByRole('heading', { level: 1, name: ar.auth.signUp.title })).toBeVisible();
        await page.getByRole('textbox', { name: ar.common.givenName }).fill('Rana');
        await page.getByRole('textbox', { name: ar.common.familyName }).fill('Khalil');
        await page.getByRole('textbox', { name: ar.common.email }).fill(email);
        await page.locator('input[name="password"]').fill('Zitronenbaum-Remstal-2026');
        await page.getByRole('button', { name: ar.auth.signUp.submit, exact: true }).click();
        const status = page.getByRole('status').filter({ hasText: email });
        await expect(status).toContainText(ar.auth.signUp.sent.split('{{email}}')[1]!.trim().slice(0, 12));
        return (await status.innerText()).trim();
      };

      const answer = await signUp();
      expect(await home.scrollsHorizontally()).toBe(false);
      await expectAccessible(home.page, 'trust-sign-up-sent-ar-phone');
      await home.screenshot('trust-sign-up-sent-ar-phone');

      const [mail] = await mailsTo(email);
      const link = linkIn(mail!, '/sign-up?token=');
      expect(new URL(link).origin).toBe(baseURL);
      await page.goto(link);
      await expect(page.getByRole('heading', { level: 1, name: ar.auth.signUp.confirmTitle })).toBeVisible();
      await expectAccessible(home.page, 'trust-sign-up-confirm-ar-phone');
      await home.screenshot('trust-sign-up-confirm-ar-phone');
      await page.getByRole('button', { name: ar.auth.signUp.confirmSubmit }).click();
      await expect(page).toHaveURL(/\/account$/);
      const account = new AccountPage(page);
      await account.expectLoaded();
      await expect(account.accountMenu('Rana Khalil')).toBeVisible();
      await expect(account.html).toHaveAttribute('dir', 'rtl');
      expect(await account.scrollsHorizontally()).toBe(false);
      await expectAccessible(account.page, 'trust-sign-up-signed-in-ar-phone');
      await account.screenshot('trust-sign-up-signed-in-ar-phone');

      // Signing up again with the same e-mail: the same answer, nothing that tells the address is taken.
      await account.signOut('Rana Khalil');
      const again = await signUp();
      expect(again).toBe(answer);
      await expect(page.getByText(ar.validation.emailTaken)).toHaveCount(0);
      await expectAccessible(home.page, 'trust-sign-up-again-ar-phone');
      await home.screenshot('trust-sign-up-again-ar-phone');
    } finally {
      await context.close();
    }
  });

  test("an employer opens the demo candidate's profile; the candidate reads it as a sentence in German, and no entry for own saves", async ({
    browser,
    baseURL,
  }) => {
    const de = CATALOGUES.de;
    const { pseudonym } = await publishDemoProfile(baseURL!);

    const employer = await signedInPage(browser, baseURL!, EMPLOYER.email);
    try {
      const view = new ProfileViewPage(employer.page);
      await view.gotoPseudonym(pseudonym);
      await expect(employer.page.locator('body')).not.toContainText('Haddad');
    } finally {
      await employer.context.close();
    }

    const candidate = await signedInPage(browser, baseURL!, CANDIDATE.email);
    try {
      const account = new AccountPage(candidate.page);
      if ((await account.language()) !== 'de') await account.chooseLanguage('de');
      const log = (await account.accessLogSection()).getByRole('list', { name: de.account.accessLog.title });
      const sentence = de.accessLog.sentences.read_pseudonymous_profile.replace('{{actor}}', EMPLOYER.firm);
      await expect(log.getByRole('listitem').first()).toContainText(sentence);
      // Technical action names never show; the candidate's own saves and publishing are no reads.
      await expect(log).not.toContainText('read_pseudonymous_profile');
      await expect(log.getByRole('listitem').filter({ hasText: CANDIDATE.name })).toHaveCount(0);
      await expectAccessible(account.page, 'trust-access-log-de-desktop');
      await account.screenshot('trust-access-log-de-desktop');
    } finally {
      await candidate.context.close();
    }
  });

  test('Team IBA merges a flagged pair with a reason and restores it, in German at 1280 px', async ({
    browser,
    baseURL,
  }) => {
    const de = CATALOGUES.de.duplicates;
    const familyName = `Haile ${unique()}`;
    const name = `Selam ${familyName}`;
    const mentor = await ApiSession.signIn(baseURL!, MENTOR.email);
    try {
      for (let i = 0; i < 2; i++) {
        const created = await mentor.call<{ candidateId: string }>('POST', '/mentor/candidates', {
          givenName: 'Selam',
          familyName,
        });
        await mentor.call('PUT', `/candidates/${created.candidateId}/profile`, draft({ birthYear: 1994 }));
      }
    } finally {
      await mentor.dispose();
    }

    const iba = await signedInPage(browser, baseURL!, IBA.email, { viewport: { width: 1280, height: 900 } });
    try {
      const page = iba.page;
      await page.goto('/duplicates');
      await expect(page.getByRole('heading', { level: 1, name: de.title })).toBeVisible();
      const pair = page.getByRole('list', { name: de.title }).getByRole('listitem').filter({ hasText: name });
      await expect(pair).toHaveCount(1);
      await expect(pair).toContainText(de.strength.likely);
      await expect(pair).toContainText(de.born.replace('{{year}}', '1994'));

      await pair.getByRole('button', { name: de.mergeOpen }).click();
      const form = pair.getByRole('form', { name: de.merge.title });
      const confirm = form.getByRole('button', { name: de.merge.confirm, exact: true });
      await expect(confirm).toBeDisabled();
      await form
        .getByRole('textbox', { name: de.merge.reason })
        .fill('Zweimal angelegt beim Messetag, gleiche Person.');
      await expectAccessible(page, 'trust-duplicates-merge-form-de-desktop');
      await new HomePage(page).screenshot('trust-duplicates-merge-form-de-desktop');
      await confirm.click();
      await expect(
        page.getByRole('status').filter({ hasText: de.merge.done.split(' {{')[0]! }),
      ).toBeVisible();
      await expect(pair).toHaveCount(0);

      const merged = page
        .getByRole('list', { name: de.merges.title })
        .getByRole('listitem')
        .filter({ hasText: `„${name}“` });
      await expect(merged).toHaveCount(1);
      await expect(merged).toContainText('Zweimal angelegt beim Messetag');
      await expect(merged).toContainText(IBA.name);
      await expectAccessible(page, 'trust-duplicates-merged-de-desktop');
      await new HomePage(page).screenshot('trust-duplicates-merged-de-desktop');

      await merged.getByRole('button', { name: de.merges.restore }).click();
      await expect(page.getByRole('status').filter({ hasText: de.merges.restored })).toBeVisible();
      await expect(merged).toHaveCount(0);
      // Both records exist again, so the pair is flagged again.
      await expect(pair).toHaveCount(1);
      await expectAccessible(page, 'trust-duplicates-restored-de-desktop');
      await new HomePage(page).screenshot('trust-duplicates-restored-de-desktop');
      // Marked as two people, the pair leaves the list (and does not pile up over test runs).
      await pair.getByRole('button', { name: de.dismiss }).click();
      await expect(pair).toHaveCount(0);
    } finally {
      await iba.context.close();
    }
  });

  test("a mentor's observation keeps its author after the candidate autosaves, read-only for the candidate (Arabic, phone)", async ({
    browser,
    baseURL,
  }) => {
    const de = CATALOGUES.de.profiles;
    const ar = CATALOGUES.ar.profiles;
    const { candidateId } = await publishDemoProfile(baseURL!);

    // The mentor, in German, adds a competence the candidate does not have yet, observed "good".
    const mentor = await signedInPage(browser, baseURL!, MENTOR.email);
    let code: string;
    try {
      const wizard = new ProfileWizardPage(mentor.page);
      await wizard.gotoForCandidate(candidateId);
      await wizard.openStep('competences');
      const list = await wizard.competenceList();
      const codes = () =>
        list
          .getByRole('listitem')
          .evaluateAll((items) => items.map((item) => item.getAttribute('data-code')));
      const before = await codes();
      await mentor.page.getByRole('textbox', { name: de.competences.search }).fill('Metall');
      await mentor.page.getByRole('listbox').getByRole('option').first().click();
      await expect(list.getByRole('listitem')).toHaveCount(before.length + 1);
      code = (await codes()).find((entry) => !before.includes(entry))!;
      const added = list.locator(`li[data-code="${code}"]`);
      await expect(added.getByRole('checkbox', { name: de.competences.observed })).toBeChecked();
      await savedWith(
        mentor.page,
        () => added.getByRole('combobox', { name: de.competences.observedLevel }).selectOption('good'),
        (body) => hasEvidence(body, code, { kind: 'mentor', level: 'good' }),
      );
      await wizard.expectSaved();
    } finally {
      await mentor.context.close();
    }

    // The candidate, on a phone in Arabic, changes her own assessment of it (autosave).
    const candidate = await signedInPage(browser, baseURL!, CANDIDATE.email, PHONE);
    try {
      const page = candidate.page;
      const wizard = new ProfileWizardPage(page);
      if ((await wizard.language()) !== 'ar') await wizard.chooseLanguage('ar');
      await page.goto('/profile');
      await expect(wizard.html).toHaveAttribute('lang', 'ar');
      await wizard.expectLoaded();
      await wizard.openStep('competences');
      const item = page.locator(`li[data-code="${code}"]`);
      await savedWith(
        page,
        () => item.getByRole('combobox', { name: ar.competences.selfLevel }).selectOption('very_good'),
        (body) => hasEvidence(body, code, { kind: 'self', level: 'very_good' }),
      );
      await wizard.expectSaved();

      await page.reload();
      await expect(wizard.html).toHaveAttribute('lang', 'ar');
      await wizard.expectLoaded();
      await wizard.openStep('competences');
      await expect(item.getByRole('combobox', { name: ar.competences.selfLevel })).toHaveValue('very_good');
      // Still the mentor's observation, named and with the mentor's level, and not editable here.
      const observation = item.getByText(ar.evidence.mentor.split(' {{')[0]!);
      // The Latin name is isolated, so its parentheses stay in place in right-to-left text.
      await expect(observation.locator('bdi')).toHaveText(MENTOR.name);
      await expect(observation).toContainText(ar.levels.good);
      await expect(item.getByRole('combobox', { name: ar.competences.observedLevel })).toHaveCount(0);
      await expect(item.getByRole('checkbox')).toHaveCount(0);
      await expect(wizard.html).toHaveAttribute('dir', 'rtl');
      expect(await wizard.scrollsHorizontally()).toBe(false);
      await item.scrollIntoViewIfNeeded();
      await expectAccessible(wizard.page, 'trust-evidence-candidate-ar-phone');
      await wizard.screenshot('trust-evidence-candidate-ar-phone');

      // The API agrees: the observation is still recorded as the mentor's.
      const api = await ApiSession.signIn(baseURL!, MENTOR.email);
      try {
        const profile = await api.call<{
          competences: Array<{
            code: string;
            evidence: Array<{ kind: string; level: string; observedByAccountId: string }>;
          }>;
        }>('GET', `/candidates/${candidateId}/profile`);
        const competence = profile.competences.find((entry) => entry.code === code)!;
        expect(competence.evidence).toEqual(
          expect.arrayContaining([
            expect.objectContaining({
              kind: 'mentor',
              level: 'good',
              observedByAccountId: api.account.accountId,
            }),
            expect.objectContaining({ kind: 'self', level: 'very_good' }),
          ]),
        );
      } finally {
        await api.dispose();
      }

      // The candidate may remove the competence, and with it the observation (this also keeps the
      // demo profile from growing with every test run).
      await savedWith(
        page,
        () => item.getByRole('button', { name: ar.common.remove }).click(),
        (body) => !body.competences?.some((competence) => competence.code === code),
      );
      await expect(item).toHaveCount(0);
    } finally {
      await candidate.context.close();
    }
  });
});
