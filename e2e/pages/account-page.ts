import { expect, type Locator } from '@playwright/test';
import { CATALOGUES, type LocaleCode } from '@passgenau/i18n';
import { AppPage } from './app-page';

export interface AccessCard {
  loginName: string;
  accessCode: string;
  address: string;
}

/** /account: by role, my candidates (mentor), my mentors, consent and access log (candidate). */
export class AccountPage extends AppPage {
  async goto(): Promise<void> {
    await this.page.goto('/account');
    await this.expectLoaded();
  }

  async expectLoaded(): Promise<void> {
    await expect(
      this.page.getByRole('heading', { level: 1, name: (await this.texts()).account.title }),
    ).toBeVisible();
  }

  // ---- mentor ----

  async myCandidates(): Promise<Locator> {
    return this.page.getByRole('region', { name: (await this.texts()).mentor.candidates.title });
  }

  async candidateList(): Promise<Locator> {
    return (await this.myCandidates()).getByRole('list', {
      name: (await this.texts()).mentor.candidates.title,
    });
  }

  /** Opens "new person without e-mail", fills the form and returns what the printable card shows. */
  async createCandidateWithoutEmail(givenName: string, familyName: string): Promise<AccessCard> {
    const texts = await this.texts();
    const section = await this.myCandidates();
    await section.getByRole('button', { name: texts.mentor.create.open }).click();
    const form = section.getByRole('form', { name: texts.mentor.create.title });
    await form.getByRole('textbox', { name: texts.common.givenName }).fill(givenName);
    await form.getByRole('textbox', { name: texts.common.familyName }).fill(familyName);
    await form.getByRole('button', { name: texts.mentor.create.submit, exact: true }).click();
    // The card speaks the language chosen in the form; left as it is, the mentor's own.
    const card = await this.accessCard();
    await expect(card).toBeVisible();
    await expect(section.getByRole('button', { name: texts.mentor.card.print })).toBeVisible();
    return {
      loginName: (await card.locator('[data-value="login-name"]').innerText()).trim(),
      accessCode: (await card.locator('[data-value="access-code"]').innerText()).trim(),
      address: (await card.locator('[data-value="address"]').innerText()).trim(),
    };
  }

  /** The printable card: a region named by its title, in the candidate's language. */
  async accessCard(language?: LocaleCode): Promise<Locator> {
    const texts = language ? CATALOGUES[language] : await this.texts();
    return this.page.getByRole('region', { name: texts.mentor.card.title });
  }

  // ---- candidate ----

  async mentorsSection(): Promise<Locator> {
    return this.page.getByRole('region', { name: (await this.texts()).account.mentors.title });
  }

  async activeMentors(): Promise<Locator> {
    const texts = await this.texts();
    return (await this.mentorsSection()).getByRole('list', { name: texts.account.mentors.activeList });
  }

  async formerMentors(): Promise<Locator> {
    const texts = await this.texts();
    return (await this.mentorsSection()).getByRole('list', { name: texts.account.mentors.formerTitle });
  }

  async withdrawMentor(mentorName: string): Promise<void> {
    const texts = await this.texts();
    const active = await this.activeMentors();
    await active
      .getByRole('listitem')
      .filter({ hasText: mentorName })
      .getByRole('button', { name: texts.account.mentors.withdraw })
      .click();
    const dialog = this.page.getByRole('dialog', { name: texts.account.mentors.confirmTitle });
    await expect(dialog).toContainText(mentorName);
    await dialog.getByRole('button', { name: texts.account.mentors.confirmButton }).click();
    await expect(dialog).toBeHidden();
  }

  async consentSection(): Promise<Locator> {
    return this.page.getByRole('region', { name: (await this.texts()).account.consent.title });
  }

  async accessLogSection(): Promise<Locator> {
    return this.page.getByRole('region', { name: (await this.texts()).account.accessLog.title });
  }
}
