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

  /** The admin's publication table: year, state (公開中 or 未公開) and who published it. */
  async publications(): Promise<{ year: string; state: string; by: string }[]> {
    const rows = await this.page.locator('.publication-table tbody tr').all();
    return Promise.all(
      rows.map(async (row) => {
        const cells = await row.locator('th, td').allInnerTexts();
        return { year: cells[0] ?? '', state: cells[1] ?? '', by: cells[2] ?? '' };
      }),
    );
  }

  /** Opens the confirmation to publish or withdraw a year ("令和5年度（2023）"). */
  async askToPublish(year: string, published: boolean): Promise<void> {
    const name = published ? `${year}を公開する` : `${year}の公開を取り下げる`;
    await this.page.getByRole('button', { name, exact: true }).click();
    await this.page.getByRole('dialog').waitFor();
  }

  confirmQuestion(): Promise<string> {
    return this.page.getByRole('dialog').getByRole('heading').innerText();
  }

  /**
   * Publishes or withdraws a year after confirming (a withdrawal with its reason, which the
   * dialog requires before its button works); resolves to what the panel then says.
   */
  async setPublished(
    year: string,
    published: boolean,
    reason = '数値を再確認するため',
  ): Promise<string> {
    await this.askToPublish(year, published);
    if (!published) {
      const withdraw = this.page
        .getByRole('dialog')
        .getByRole('button', { name: '公開を取り下げる', exact: true });
      if (await withdraw.isEnabled()) throw new Error('withdraw is offered without a reason');
      await this.page
        .getByRole('dialog')
        .getByLabel('取り下げの理由', { exact: false })
        .fill(reason);
    }
    await this.page
      .getByRole('dialog')
      .getByRole('button', { name: published ? '公開する' : '公開を取り下げる', exact: true })
      .click();
    await this.page.getByRole('dialog').waitFor({ state: 'detached' });
    const status = this.page.locator('section[aria-labelledby="publication-title"] .form-status');
    await status.waitFor();
    const said = await status.innerText();
    // Done, the table is fetched again: its row says so once it is (a read before races it).
    const done = published ? `${year}を公開しました。` : `${year}の公開を取り下げました。`;
    if (said === done)
      await this.page
        .locator('.publication-table tbody tr', { hasText: year })
        .filter({ hasText: published ? '公開中' : '未公開' })
        .waitFor();
    return said;
  }
}
