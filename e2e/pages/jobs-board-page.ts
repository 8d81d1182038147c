import { expect, type Locator } from '@playwright/test';
import { AppPage } from './app-page';

/** /jobs: the public job board with its filter bar and offer cards. */
export class JobsBoardPage extends AppPage {
  async openFromHeader(): Promise<void> {
    const texts = await this.texts();
    await this.banner.getByRole('link', { name: texts.jobs.nav.jobs, exact: true }).click();
    await this.expectLoaded();
  }

  async expectLoaded(): Promise<void> {
    await expect(
      this.page.getByRole('heading', { level: 1, name: (await this.texts()).jobs.title }),
    ).toBeVisible();
  }

  /** Picks a value in one of the filter bar's selects (searchable ones get the text typed first). */
  async chooseFilter(
    label: string,
    option: string,
    { type = false }: { type?: boolean } = {},
  ): Promise<void> {
    const field = this.page.getByRole('combobox', { name: label, exact: true });
    await field.click();
    if (type) await field.fill(option);
    await this.page.getByRole('option', { name: option, exact: true }).click();
    await expect(field).toHaveValue(option);
  }

  async filterByTown(town: string): Promise<void> {
    await this.chooseFilter((await this.texts()).jobs.filters.town, town, { type: true });
  }

  async filterByKind(kind: 'job' | 'apprenticeship' | 'internship' | 'eq'): Promise<void> {
    const texts = await this.texts();
    await this.chooseFilter(texts.jobs.filters.kind, texts.jobs.kinds[kind]);
  }

  async results(): Promise<Locator> {
    return this.page.getByRole('list', { name: (await this.texts()).jobs.results.list });
  }

  /** The card of the offer with this title. */
  async offerCard(title: string): Promise<Locator> {
    return (await this.results())
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('link', { name: title, exact: true }) });
  }
}
