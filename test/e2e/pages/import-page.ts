import { AppPage } from './app-page.ts';

/** The admin's import page (/admin/import): upload, the table as read, corrections, import. */
export class ImportPage extends AppPage {
  async goto(): Promise<void> {
    await this.open('/admin/import');
  }

  /** Chooses a file and a plan name, and reads the file. */
  async read(
    file: { name: string; text: string } | { name: string; bytes: Uint8Array },
    planName: string,
  ): Promise<void> {
    const refusal = await this.tryRead(file, planName);
    if (refusal !== null) throw new Error(`not read: ${refusal}`);
  }

  /** Reads a file (a text, or a workbook's bytes): null once the reading shows, or the page's refusal. */
  async tryRead(
    file: { name: string; text: string } | { name: string; bytes: Uint8Array },
    planName: string,
  ): Promise<string | null> {
    await this.page.getByLabel('ファイル').setInputFiles({
      name: file.name,
      mimeType:
        'bytes' in file
          ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
          : 'text/tab-separated-values',
      buffer: Buffer.from('bytes' in file ? file.bytes : file.text),
    });
    await this.page.getByLabel('計画名').fill(planName);
    await this.page.getByRole('button', { name: '読み取る' }).click();
    await this.page
      .getByTestId('import-reading')
      .or(this.page.locator('.form-status--error'))
      .waitFor();
    const refused = this.page.locator('.form-status--error');
    return (await refused.isVisible()) ? refused.innerText() : null;
  }

  /** The columns as read: letter, header, the role selected, why. */
  async columns(): Promise<string[][]> {
    const rows = await this.page.getByTestId('import-columns').locator('tbody tr').all();
    return Promise.all(
      rows.map(async (row) => [
        await row.locator('th').innerText(),
        await row.locator('td').nth(0).innerText(),
        await row.locator('select').evaluate((s: HTMLSelectElement) => s.value),
        await row.locator('td').nth(2).innerText(),
      ]),
    );
  }

  /** Each KPI's code, printed rate, computed rate and check mark. */
  async rates(): Promise<string[][]> {
    const rows = await this.page.getByTestId('import-kpis').locator('tbody tr').all();
    return Promise.all(
      rows.map(async (row) => {
        const cells = await row.locator('th, td').allInnerTexts();
        return [cells[0] ?? '', cells[3] ?? '', cells[4] ?? '', cells[5] ?? ''];
      }),
    );
  }

  /** The problems listed: row, column letter, message. */
  async problems(): Promise<string[][]> {
    const rows = await this.page.getByTestId('import-problems').locator('tbody tr').all();
    return Promise.all(rows.map((row) => row.locator('td').allInnerTexts()));
  }

  /** The letters of the columns marked as of unknown role. */
  async unknownColumns(): Promise<string[]> {
    const rows = this.page.getByTestId('import-columns').locator('tbody tr');
    return rows
      .filter({ has: this.page.getByTestId('role-unknown') })
      .locator('th')
      .allInnerTexts();
  }

  /** Says to create the plan the name does not match yet, as the page asks before importing. */
  async confirmNewPlan(planName: string): Promise<void> {
    await this.page.getByLabel(`新しい計画「${planName}」を作成して取り込む`).check();
  }

  /** Why the import button is disabled, when it is. */
  blockedReason(): Promise<string> {
    return this.page.locator('.import-actions [role="status"]').innerText();
  }

  /** The page's visible text, as a reader sees it. */
  visibleText(): Promise<string> {
    return this.page.locator('body').innerText();
  }

  /** The note saying the table is a plan's own indicators, '' when the page shows none. */
  async planTableNote(): Promise<string> {
    const note = this.page.getByTestId('import-plan-table');
    return (await note.isVisible()) ? note.innerText() : '';
  }

  reportYear(): Promise<string> {
    return this.page.getByTestId('import-year').innerText();
  }

  /** Gives a column (by letter) a role, by the role's option label, and reads again. */
  async correctRole(letter: string, roleLabel: string): Promise<void> {
    await this.page.getByLabel(`${letter}列の役割`).selectOption({ label: roleLabel });
    const before = await this.page.getByTestId('import-year').innerText();
    await this.page.getByRole('button', { name: '再読込' }).click();
    await this.page.waitForFunction(
      (text) => document.querySelector('[data-testid="import-year"]')?.textContent !== text,
      before,
    );
  }

  /** The worksheets offered (option labels), and the one chosen ('' for none). */
  async sheets(): Promise<{ options: string[]; chosen: string }> {
    const select = this.page.getByLabel('シート', { exact: true });
    return {
      options: await select.locator('option').allInnerTexts(),
      chosen: await select.evaluate((s: HTMLSelectElement) => s.value),
    };
  }

  /** Chooses a workbook's worksheet, which reads it at once, and waits for that reading. */
  async chooseSheet(name: string): Promise<void> {
    const before = await this.page.getByTestId('import-kpis').innerText();
    await this.page.getByLabel('シート', { exact: true }).selectOption({ label: name });
    await this.page.waitForFunction(
      (text) =>
        (document.querySelector('[data-testid="import-kpis"]') as HTMLElement | null)?.innerText !==
        text,
      before,
    );
  }

  importButton() {
    return this.page.getByRole('button', { name: '取り込む', exact: true });
  }

  /** Imports, and waits for what was added and changed. */
  async importNow(): Promise<string> {
    await this.importButton().click();
    const result = this.page.getByTestId('import-result');
    await result.waitFor();
    return this.page.locator('.form-status--done p').first().innerText();
  }

  /** Whether the outcome (the result or a refusal) is in the viewport, and has the focus. */
  outcomeInSight(): Promise<{ inViewport: boolean; focused: boolean }> {
    return this.page.getByTestId('import-outcome').evaluate((outcome) => {
      const box = outcome.getBoundingClientRect();
      return {
        inViewport: box.height > 0 && box.top >= 0 && box.top < window.innerHeight,
        focused: document.activeElement === outcome,
      };
    });
  }

  async openProgressTable(): Promise<void> {
    await this.page.getByRole('link', { name: '進捗表を見る' }).click();
    await this.page.waitForURL((url) => url.pathname.endsWith('/table'));
    await this.waitForContent();
  }
}
