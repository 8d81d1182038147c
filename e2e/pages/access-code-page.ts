import { expect } from '@playwright/test';
import { AppPage } from './app-page';

/** /access-code: the first sign-in of a candidate without e-mail, with the printed card. */
export class AccessCodePage extends AppPage {
  async goto(): Promise<void> {
    await this.page.goto('/access-code');
    await expect(
      this.page.getByRole('heading', { level: 1, name: (await this.texts()).auth.accessCode.title }),
    ).toBeVisible();
  }

  async redeem(loginName: string, code: string, newPassword: string): Promise<void> {
    const texts = (await this.texts()).auth.accessCode;
    await this.page.getByRole('textbox', { name: texts.loginName }).fill(loginName);
    await this.page.getByRole('textbox', { name: texts.code }).fill(code);
    await this.page.getByRole('textbox', { name: texts.newPassword, exact: true }).fill(newPassword);
    await this.page.getByRole('button', { name: texts.submit, exact: true }).click();
    await expect(this.page).toHaveURL(/\/account$/);
  }
}
