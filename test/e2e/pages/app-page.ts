import type { Page } from 'playwright-core';

/** What every screen shares: the frame's language switch, year switcher and a screenshot. */
export class AppPage {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  async open(path: string): Promise<void> {
    await this.page.goto(new URL(path, this.baseUrl).href);
    await this.waitForContent();
  }

  /** Waits until the screen has left its loading state. */
  async waitForContent(): Promise<void> {
    await this.page.locator('main h1').first().waitFor();
    await this.page.waitForFunction(() => document.querySelector('.status--loading') === null);
  }

  heading(): Promise<string> {
    return this.page.locator('main h1').first().innerText();
  }

  async switchLanguage(): Promise<void> {
    await this.page.locator('.lang-switch').click();
    await this.waitForContent();
  }

  async switchYear(label: string): Promise<void> {
    await this.page
      .getByRole('navigation', { name: /表示する年度|Fiscal year shown/ })
      .getByRole('link', { name: label })
      .click();
    await this.waitForContent();
  }

  /** The year switcher's entries as they read ("令和5年度（2023） 未公開" for a member). */
  async yearLinks(): Promise<string[]> {
    const links = this.page.locator('.year-switcher a');
    // The switcher may draw after the screen's heading (its years come with the plan): every
    // caller expects one year at least, so wait for it rather than read an empty list.
    await links.first().waitFor();
    return (await links.allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
  }

  currentYear(): Promise<string> {
    return this.page.locator('.year-switcher [aria-current="page"]').innerText();
  }

  /** The header's signed-in user ("名前（役割）"), or null when signed out. */
  async signedInUser(): Promise<string | null> {
    await this.page
      .locator('.session-bar:not([data-session="loading"])')
      .waitFor({ state: 'attached' });
    const user = this.page.locator('.session-bar__user');
    return (await user.count()) === 0 ? null : user.innerText();
  }

  async openSignIn(): Promise<void> {
    await this.page.locator('.session-bar__signin').click();
    await this.page.waitForURL((url) => url.pathname === '/signin');
    await this.waitForContent();
  }

  async signOut(): Promise<void> {
    await this.page.getByRole('button', { name: 'サインアウト' }).click();
    await this.page.locator('.session-bar__signin').waitFor();
    await this.waitForContent();
  }

  /** The header's menu entries, in order. */
  navLinks(): Promise<string[]> {
    return this.page.locator('.site-nav a').allInnerTexts();
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `test-results/${name}.png`, fullPage: true });
  }
}
