import { expect, type Locator } from '@playwright/test';
import { AppPage } from './app-page';

export interface NewOffer {
  kind: 'job' | 'apprenticeship' | 'internship' | 'eq';
  title: string;
  /** What the employer types into the occupation search … */
  occupationSearch: string;
  /** … and the hit they pick. */
  occupation: string;
  status: 'draft' | 'open' | 'filled' | 'closed';
  places: number;
  startsOn: string;
}

/** /company and /company/offers/…: the employer's company and the offer editor. */
export class JobsCompanyPage extends AppPage {
  async openFromHeader(): Promise<void> {
    const texts = await this.texts();
    await this.banner.getByRole('link', { name: texts.jobs.nav.myCompany, exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: texts.jobs.company.title })).toBeVisible();
  }

  async startNewOffer(): Promise<void> {
    const texts = await this.texts();
    await this.page.getByRole('link', { name: texts.jobs.offers.new }).click();
    await expect(this.page).toHaveURL(/\/company\/offers\/new$/);
  }

  private field(role: 'combobox' | 'textbox', label: string): Locator {
    return this.page.getByRole(role, {
      name: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    });
  }

  private async choose(label: string, option: string): Promise<void> {
    await this.field('combobox', label).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  /** Fills the form, saves, and returns the site's label as shown in the form. */
  async createOffer(offer: NewOffer): Promise<{ siteLabel: string }> {
    const texts = (await this.texts()).jobs;
    await this.choose(texts.form.kind, texts.kinds[offer.kind]);
    await this.choose(texts.form.status, texts.statuses[offer.status]);
    await this.field('textbox', texts.form.title).fill(offer.title);
    const occupation = this.field('combobox', texts.form.occupation);
    await occupation.click();
    await occupation.pressSequentially(offer.occupationSearch, { delay: 30 });
    await this.page.getByRole('option', { name: offer.occupation, exact: true }).click();
    await expect(occupation).toHaveValue(offer.occupation);
    const site = this.field('combobox', texts.form.site);
    const siteLabel = await site.inputValue();
    expect(siteLabel).not.toBe(texts.form.noSite);
    await this.field('textbox', texts.form.places).fill(String(offer.places));
    await this.page.getByLabel(texts.form.startsOn).fill(offer.startsOn);
    await this.page.getByRole('button', { name: texts.form.save }).click();
    await expect(this.page.getByRole('status').filter({ hasText: texts.form.saved })).toBeVisible();
    await expect(this.page).toHaveURL(/\/company\/offers\/[0-9a-f-]{36}$/);
    return { siteLabel };
  }
}
