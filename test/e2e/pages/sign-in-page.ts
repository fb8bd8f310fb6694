import { AppPage } from './app-page.ts';

/** The sign-in form (/signin), and the session corner of every screen's header. */
export class SignInPage extends AppPage {
  async goto(next?: string): Promise<void> {
    await this.open(next === undefined ? '/signin' : `/signin?next=${encodeURIComponent(next)}`);
  }

  /** Fills the form and sends it; the caller waits for where it should land. */
  async submit(email: string, password: string): Promise<void> {
    await this.page.getByLabel('メールアドレス').fill(email);
    await this.page.getByLabel('パスワード', { exact: true }).fill(password);
    await this.page.getByRole('button', { name: 'サインイン', exact: true }).click();
  }

  /** Signs in and waits until the app has left the sign-in page. */
  async signIn(email: string, password: string): Promise<void> {
    await this.submit(email, password);
    await this.page.waitForURL((url) => url.pathname !== '/signin');
    await this.waitForContent();
  }

  errorText(): Promise<string> {
    return this.page.locator('main [role="alert"]').innerText();
  }
}
