import { AppPage } from './app-page.ts';

export interface TrendRow {
  readonly year: string;
  readonly kind: string;
  readonly value: string;
}

/** One KPI: rate, explanation, the chart and its data table, department figures, narratives. */
export class KpiPage extends AppPage {
  async goto(planId: number, code: string, query = ''): Promise<void> {
    await this.open(`/plans/${planId}/kpis/${encodeURIComponent(code)}${query}`);
  }

  rate(): Promise<string> {
    return this.page.locator('.big-rate').innerText();
  }

  formula(): Promise<string> {
    return this.page.getByTestId('rate-formula').innerText();
  }

  chartLabel(): Promise<string | null> {
    return this.page.locator('svg.chart__svg title').textContent();
  }

  /** The chart's data table, row by row. */
  async trendRows(): Promise<TrendRow[]> {
    const rows = await this.page.locator('#trend-data tbody tr').all();
    return Promise.all(
      rows.map(async (row) => {
        const cells = await row.locator('th, td').allInnerTexts();
        return { year: cells[0] ?? '', kind: cells[1] ?? '', value: cells[2] ?? '' };
      }),
    );
  }

  departmentRows(): Promise<string[]> {
    return this.page.locator('#dept-figures ~ * tbody tr').allInnerTexts();
  }

  narratives(): Promise<string[]> {
    return this.page.locator('.narrative-year').allInnerTexts();
  }
}
