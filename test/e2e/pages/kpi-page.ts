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

  /** The year's evaluation levels as the page lists them, each as its text reads. */
  evaluationLevels(): Promise<string[]> {
    return this.page.locator('.evaluation-level').allInnerTexts();
  }

  /** The levels the page offers a form for. */
  evaluationForms(): Promise<string[]> {
    return this.page
      .locator('form.evaluation-form')
      .evaluateAll((forms) => forms.map((form) => form.getAttribute('data-level') ?? ''));
  }

  /** Writes one level through its form and waits for it to be saved and shown. */
  async writeEvaluation(
    level: string,
    input: { grade: string; text: string; direction?: string },
  ): Promise<void> {
    const form = this.page.locator(`form.evaluation-form[data-level="${level}"]`);
    await form.getByLabel('評価', { exact: true }).selectOption(input.grade);
    if (input.direction !== undefined) {
      await form.getByLabel('今後の方向性').selectOption({ label: input.direction });
    }
    await form.getByLabel('評価の理由・意見').fill(input.text);
    await form.getByRole('button', { name: '保存' }).click();
    await this.page
      .locator(`.evaluation-level[data-level="${level}"] .evaluation-level__text`, {
        hasText: input.text,
      })
      .waitFor();
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

  /** Whether the page offers to enter the year's narrative and figure. */
  hasEntry(): Promise<boolean> {
    return this.page
      .locator('#entry-title')
      .count()
      .then((n) => n > 0);
  }

  async openEntry(): Promise<void> {
    await this.page.getByRole('button', { name: /の取組内容・実績値を入力する$/ }).click();
    await this.page.getByLabel('取組内容', { exact: true }).waitFor();
  }

  /** Replaces the narrative in the open entry form and saves it; resolves to what the form says. */
  async saveNarrative(text: string): Promise<string> {
    const form = this.page.locator('form[data-entry="narrative"]');
    await form.getByLabel('取組内容', { exact: true }).fill(text);
    await form.getByRole('button', { name: '取組内容を保存' }).click();
    const status = form.locator('[role="status"], [role="alert"]');
    await status.waitFor();
    return status.innerText();
  }

  /** The labels of the open entry form's figure fields ("上下水道課の実績値（件）"). */
  figureFields(): Promise<string[]> {
    return this.page.locator('form[data-entry="figure"] label').allInnerTexts();
  }

  /** Enters one department's figure of a breakdown (⑰) and saves it; resolves to what it says. */
  async saveDepartmentFigure(department: string, value: string): Promise<string> {
    const form = this.page.locator(`form[data-entry="figure"][data-department="${department}"]`);
    await form.getByLabel(`${department}の実績値`).fill(value);
    await form.getByRole('button', { name: `${department}の実績値を保存` }).click();
    const status = form.locator('[role="status"], [role="alert"]');
    await status.waitFor();
    return status.innerText();
  }

  /** The change history (members only): who, what, field and old → new, newest first. */
  async changes(): Promise<{ who: string; what: string; change: string }[]> {
    const rows = await this.page.locator('#kpi-changes ~ * tbody tr').all();
    return Promise.all(
      rows.map(async (row) => {
        const cells = await row.locator('th, td').allInnerTexts();
        return { who: cells[1] ?? '', what: cells[2] ?? '', change: cells[5] ?? '' };
      }),
    );
  }

  hasChanges(): Promise<boolean> {
    return this.page
      .locator('#kpi-changes')
      .count()
      .then((n) => n > 0);
  }

  /**
   * The figure history as a phone shows it: the page's scroll width against the viewport's, its
   * rows, and the rows whose last column (when it was updated) is not wholly on the screen.
   */
  async historyFit(): Promise<{
    pageWidth: number;
    viewport: number;
    rows: number;
    cut: string[];
  }> {
    await this.page.locator('#figure-history').waitFor();
    return this.page.evaluate(() => {
      const rows = [...document.querySelectorAll('section:has(> #figure-history) tbody tr')];
      const cut = rows
        .map((row) => row.lastElementChild)
        .filter((cell): cell is Element => cell !== null)
        .filter((cell) => {
          const box = cell.getBoundingClientRect();
          return box.width === 0 || box.left < 0 || box.right > window.innerWidth;
        })
        .map((cell) => cell.textContent ?? '');
      return {
        pageWidth: document.scrollingElement?.scrollWidth ?? 0,
        viewport: window.innerWidth,
        rows: rows.length,
        cut,
      };
    });
  }
}
