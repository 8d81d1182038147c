import { expect, type Locator } from '@playwright/test';
import { AppPage } from './app-page';

/** /sign-in: e-mail (or login name) and password, with links to reset and to the access-code sign-in. */
export class SignInPage extends AppPage {
  async goto(): Promise<void> {
    await this.page.goto('/sign-in');
    await expect(
      this.page.getByRole('heading', { level: 1, name: (await this.texts()).auth.signIn.title }),
    ).toBeVisible();
  }

  async openFromHeader(): Promise<void> {
    await (await this.signInButton()).click();
    await expect(this.page).toHaveURL(/\/sign-in$/);
  }

  async identifierField(): Promise<Locator> {
    return this.page.getByRole('textbox', { name: (await this.texts()).auth.signIn.identifier });
  }

  async passwordField(): Promise<Locator> {
    return this.page.getByRole('textbox', { name: (await this.texts()).auth.password, exact: true });
  }

  async submit(identifier: string, password: string): Promise<void> {
    const texts = await this.texts();
    await (await this.identifierField()).fill(identifier);
    await (await this.passwordField()).fill(password);
    await this.page.getByRole('button', { name: texts.auth.signIn.submit, exact: true }).click();
  }

  /** Signs in and waits for the account page. */
  async signIn(identifier: string, password: string): Promise<void> {
    await this.submit(identifier, password);
    await expect(this.page).toHaveURL(/\/account$/);
  }
}
