import { AppPage } from './app-page.ts';

/** The list of plans, the app's front page. */
export class PlanListPage extends AppPage {
  async goto(query = ''): Promise<void> {
    await this.open(`/${query}`);
  }

  planTitles(): Promise<string[]> {
    return this.page.locator('.plan-list .card__title').allInnerTexts();
  }

  async openPlan(title: string): Promise<void> {
    await this.page.getByRole('link', { name: title }).click();
    await this.waitForContent();
  }

  /** Presses Tab from the top of the page and returns the focused element's text and outline. */
  async tabFromTop(times: number): Promise<{ text: string; outline: string }> {
    await this.page.locator('body').focus();
    for (let i = 0; i < times; i += 1) await this.page.keyboard.press('Tab');
    return this.page.evaluate(() => {
      const active = document.activeElement;
      if (!(active instanceof HTMLElement)) return { text: '', outline: '' };
      return { text: active.innerText, outline: getComputedStyle(active).outlineStyle };
    });
  }
}
