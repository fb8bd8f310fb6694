import { AppPage } from './app-page.ts';

/** The signed-in user's own page (/account): details and the change-password form. */
export class AccountPage extends AppPage {
  async goto(): Promise<void> {
    await this.open('/account');
  }

  details(): Promise<string> {
    return this.page.locator('.facts').innerText();
  }

  /** Fills and sends the form; resolves to the form's message, or the first field's error. */
  async changePassword(current: string, next: string, again = next): Promise<string> {
    await this.page.getByLabel('現在のパスワード').fill(current);
    await this.page.getByLabel('新しいパスワード', { exact: true }).fill(next);
    await this.page.getByLabel('新しいパスワード（確認）').fill(again);
    await this.page.getByRole('button', { name: 'パスワードを変更' }).click();
    const said = this.page.locator('main .field__error, main .form-status').first();
    await said.waitFor();
    return said.innerText();
  }
}
