import { expect, type Locator } from '@playwright/test';
import { AppPage } from './app-page';

/** /showcase: the public list of firms that employ or train refugees. */
export class JobsShowcasePage extends AppPage {
  async goto(): Promise<void> {
    await this.page.goto('/showcase');
    await expect(
      this.page.getByRole('heading', { level: 1, name: (await this.texts()).jobs.showcase.title }),
    ).toBeVisible();
  }

  async firms(): Promise<Locator> {
    return this.page.getByRole('list', { name: (await this.texts()).jobs.showcase.title });
  }
}
