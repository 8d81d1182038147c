import { expect, type Locator } from '@playwright/test';
import { AppPage } from './app-page';

/** /admin: accounts with search, role filter, role change and disabling; access log; outbox. */
export class AdminPage extends AppPage {
  async expectLoaded(): Promise<void> {
    await expect(this.page).toHaveURL(/\/admin$/);
    await expect(
      this.page.getByRole('heading', { level: 1, name: (await this.texts()).admin.title }),
    ).toBeVisible();
  }

  async openTab(tab: 'accounts' | 'accessLog' | 'outbox'): Promise<void> {
    await this.page.getByRole('tab', { name: (await this.texts()).admin.tabs[tab] }).click();
  }

  async accountsTable(): Promise<Locator> {
    return this.page.getByRole('table', { name: (await this.texts()).admin.tabs.accounts });
  }

  async search(text: string): Promise<void> {
    const texts = await this.texts();
    await this.page.getByRole('searchbox', { name: texts.admin.accounts.search }).fill(text);
  }

  async filterRole(roleLabel: string): Promise<void> {
    const texts = await this.texts();
    await this.page
      .getByRole('combobox', { name: texts.admin.accounts.roleFilter, exact: true })
      .selectOption({ label: roleLabel });
  }

  async accountRow(text: string): Promise<Locator> {
    return (await this.accountsTable()).getByRole('row').filter({ hasText: text });
  }
}
