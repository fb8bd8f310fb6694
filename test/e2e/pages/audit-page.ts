import { AppPage } from './app-page.ts';

export interface AuditRow {
  readonly who: string;
  readonly what: string;
  readonly kpi: string;
  readonly year: string;
  readonly field: string;
  readonly change: string;
}

/** The admin's audit log (/admin/audit): filters, the entries table, "more". */
export class AuditPage extends AppPage {
  async goto(query = ''): Promise<void> {
    await this.open(`/admin/audit${query}`);
  }

  async filterByKpi(code: string): Promise<void> {
    await this.page.getByLabel('KPI（例: ⑦）').fill(code);
    await this.page.getByRole('button', { name: '絞り込む' }).click();
    await this.page.waitForURL((url) => url.searchParams.get('kpi') === code);
    await this.waitForContent();
  }

  /** Keeps the entries from a day on (YYYY-MM-DD, the reader's day). */
  async filterSince(date: string): Promise<void> {
    await this.page.getByLabel('この日以降').fill(date);
    await this.page.getByRole('button', { name: '絞り込む' }).click();
    await this.page.waitForURL((url) => url.searchParams.get('since') === date);
    await this.waitForContent();
  }

  async rows(): Promise<AuditRow[]> {
    await this.page.locator('.audit-table, .status--empty').first().waitFor();
    const rows = await this.page.locator('.audit-table tbody tr').all();
    return Promise.all(
      rows.map(async (row) => {
        const cells = await row.locator('th, td').allInnerTexts();
        return {
          who: cells[1] ?? '',
          what: cells[3] ?? '',
          kpi: cells[4] ?? '',
          year: cells[5] ?? '',
          field: cells[6] ?? '',
          change: cells[7] ?? '',
        };
      }),
    );
  }
}
