import { expect, type Locator } from '@playwright/test';
import { AppPage } from './app-page';

/** /profiles and /profiles/:pseudonym: what employers see. */
export class ProfileViewPage extends AppPage {
  async gotoPseudonym(pseudonym: string): Promise<void> {
    await this.page.goto(`/profiles/${encodeURIComponent(pseudonym)}`);
    const texts = await this.texts();
    await expect(
      this.page.getByRole('heading', {
        level: 1,
        name: texts.profiles.list.candidate.replace('{{pseudonym}}', pseudonym),
      }),
    ).toBeVisible();
  }

  async gotoList(): Promise<void> {
    await this.page.goto('/profiles');
    await expect(
      this.page.getByRole('heading', { level: 1, name: (await this.texts()).profiles.list.title }),
    ).toBeVisible();
  }

  get main(): Locator {
    return this.page.getByRole('main');
  }
}
