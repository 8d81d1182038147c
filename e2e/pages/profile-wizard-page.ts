import { expect, type Locator } from '@playwright/test';
import { AppPage } from './app-page';

type StepName = 'languages' | 'skills' | 'competences' | 'experience' | 'wishes' | 'mobility' | 'review';

/** /profile and /candidates/:id/profile: the step-by-step profile wizard. */
export class ProfileWizardPage extends AppPage {
  async gotoForCandidate(candidateId: string): Promise<void> {
    await this.page.goto(`/candidates/${candidateId}/profile`);
    await this.expectLoaded();
  }

  async expectLoaded(): Promise<void> {
    const texts = await this.texts();
    await expect(this.page.getByRole('button', { name: texts.profiles.wizard.next })).toBeVisible();
  }

  /** Opens a step by clicking its entry in the stepper. */
  async openStep(step: StepName): Promise<void> {
    const texts = await this.texts();
    await this.page.getByRole('button', { name: texts.profiles.steps[step] }).first().click();
    await expect(
      this.page.getByRole('heading', { level: 2, name: texts.profiles.steps[step] }),
    ).toBeVisible();
  }

  async expectSaved(): Promise<void> {
    const texts = await this.texts();
    await expect(this.page.getByRole('status').filter({ hasText: texts.profiles.save.saved })).toBeVisible({
      timeout: 15_000,
    });
  }

  async setGermanLevel(level: string): Promise<void> {
    const texts = await this.texts();
    await this.page.getByRole('combobox', { name: texts.profiles.languages.germanLevel }).selectOption(level);
  }

  /** Types a word into the taxonomy search and picks the hit whose label matches. */
  async pickCompetence(word: string, hitLabel: RegExp | string): Promise<void> {
    const texts = await this.texts();
    const search = this.page.getByRole('textbox', { name: texts.profiles.competences.search });
    await search.fill(word);
    await this.page.getByRole('option', { name: hitLabel }).first().click();
  }

  async competenceList(): Promise<Locator> {
    return this.page.getByRole('list', { name: (await this.texts()).profiles.competences.list });
  }

  async pickWishedOccupation(word: string, hitLabel: RegExp | string): Promise<void> {
    const texts = await this.texts();
    await this.page.getByRole('textbox', { name: texts.profiles.wishes.occupations }).fill(word);
    await this.page.getByRole('option', { name: hitLabel }).first().click();
  }

  async chooseWorkKind(kind: 'apprenticeship' | 'job' | 'internship' | 'eq'): Promise<void> {
    const texts = await this.texts();
    await this.page.getByRole('checkbox', { name: texts.profiles.kinds[kind] }).check();
  }

  async chooseHomeTown(name: string): Promise<void> {
    const texts = await this.texts();
    await this.page
      .getByRole('combobox', { name: texts.profiles.mobility.town })
      .selectOption({ label: name });
  }

  async giveConsentOnBehalf(): Promise<void> {
    const texts = await this.texts();
    await this.page.getByRole('button', { name: texts.profiles.consent.giveOnBehalf }).click();
    await expect(this.page.getByRole('button', { name: texts.profiles.consent.giveOnBehalf })).toBeHidden();
  }

  /** Publishes and returns the pseudonym employers see. */
  async publish(): Promise<string> {
    const texts = await this.texts();
    await this.page.getByRole('button', { name: texts.profiles.review.publish, exact: true }).click();
    await expect(this.page.getByRole('button', { name: texts.profiles.review.unpublish })).toBeVisible();
    await expect(this.page.getByTestId('visibility')).toContainText(
      texts.profiles.visibility.visible.split(' {{')[0]!,
    );
    return (await this.page.getByTestId('pseudonym').innerText()).trim();
  }
}
