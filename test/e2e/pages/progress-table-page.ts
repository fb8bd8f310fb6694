import { AppPage } from './app-page.ts';

/** The progress table with its filters; every filter lands in the URL. */
export class ProgressTablePage extends AppPage {
  async goto(planId: number, query = ''): Promise<void> {
    await this.open(`/plans/${planId}/table${query}`);
  }

  /** On a laptop the table shows the report year's actuals; this shows every year's. */
  async showAllYears(): Promise<void> {
    await this.page.getByRole('button', { name: '過去の年度の実績も表示' }).click();
    await this.page.getByRole('button', { name: '報告年度の実績のみ表示' }).waitFor();
  }

  /** The KPI codes shown, in order. */
  kpiCodes(): Promise<string[]> {
    return this.page.locator('.progress-table th.col-kpi .kpi-code').allInnerTexts();
  }

  async filterBy(label: string, option: string): Promise<void> {
    await this.page.getByLabel(label, { exact: true }).selectOption({ label: option });
    await this.settle();
  }

  async toggleTag(): Promise<void> {
    await this.page.locator('#filter-tag').check();
    await this.settle();
  }

  async search(text: string): Promise<void> {
    await this.page.locator('#filter-q').fill(text);
    await this.page.waitForFunction(
      (q) => new URL(location.href).searchParams.get('q') === q,
      text,
    );
    await this.settle();
  }

  async sortBy(option: string): Promise<void> {
    await this.filterBy(this.page.url().includes('lang=en') ? 'Sort' : '並べ替え', option);
  }

  resultCount(): Promise<string> {
    return this.page.locator('.result-count').innerText();
  }

  /** A KPI's cells by column header class: rate, target, etc. */
  rowOf(code: string) {
    return this.page.locator('.progress-table tbody').filter({
      has: this.page.locator('.kpi-code', { hasText: code }),
    });
  }

  headerTexts(): Promise<string[]> {
    return this.page.locator('.progress-table thead th').allInnerTexts();
  }

  async openKpi(code: string): Promise<void> {
    await this.rowOf(code).locator('th.col-kpi a').click();
    await this.waitForContent();
  }

  private async settle(): Promise<void> {
    await this.waitForContent();
  }

  async pdf(): Promise<Buffer> {
    await this.page.emulateMedia({ media: 'print' });
    const pdf = await this.page.pdf({
      format: 'A4',
      landscape: true,
      preferCSSPageSize: true,
      printBackground: true,
    });
    await this.page.emulateMedia({ media: 'screen' });
    return pdf;
  }
}
