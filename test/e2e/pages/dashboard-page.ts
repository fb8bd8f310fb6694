import { AppPage } from './app-page.ts';

/** The plan dashboard: headline counts, grades, grades by policy, KPIs at risk. */
export class DashboardPage extends AppPage {
  async goto(planId: number, query = ''): Promise<void> {
    await this.open(`/plans/${planId}${query}`);
  }

  /** A headline figure by its label ("KPI数"). */
  stat(label: string): Promise<string> {
    return this.page
      .locator('.stat')
      .filter({ has: this.page.locator('dt').getByText(label, { exact: true }) })
      .locator('dd')
      .innerText();
  }

  /** Grade → count, as the bar list shows them. */
  async gradeCounts(): Promise<Record<string, number>> {
    const rows = this.page.locator('.bars__row');
    const counts: Record<string, number> = {};
    for (const row of await rows.all()) {
      counts[await row.locator('.grade').innerText()] = Number(
        await row.locator('.bars__count').innerText(),
      );
    }
    return counts;
  }

  /** Basic policy rows: name and KPI count. */
  async policies(): Promise<{ name: string; kpis: number }[]> {
    const rows = await this.page.locator('#by-policy ~ * tbody tr').all();
    return Promise.all(
      rows.map(async (row) => ({
        name: await row.locator('th').innerText(),
        kpis: Number(await row.locator('td').first().innerText()),
      })),
    );
  }

  atRiskCodes(): Promise<string[]> {
    return this.page.locator('section[aria-labelledby="at-risk"] .kpi-code').allInnerTexts();
  }

  /** The year's grade changes as their lines read ("③ … 悪化 85% B → 60% C"). */
  async gradeChanges(): Promise<string[]> {
    const items = this.page.locator('section[aria-labelledby="grade-changes"] li');
    return (await items.allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
  }

  async openTableForPolicy(name: string): Promise<void> {
    await this.page.getByRole('link', { name }).click();
    await this.waitForContent();
  }
}
