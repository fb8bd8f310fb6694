import { AppPage } from './app-page.ts';

/** The plan's rounds (/plans/:id/rounds): the list, and an admin's form to open one. */
export class PlanRoundsPage extends AppPage {
  async goto(planId: number): Promise<void> {
    await this.open(`/plans/${planId}/rounds`);
  }

  async openRound(yearLabel: string, due: string): Promise<string> {
    await this.page.getByLabel('対象年度').selectOption({ label: yearLabel });
    await this.page.getByLabel('提出期限').fill(due);
    await this.page.getByRole('button', { name: '照会を開始' }).click();
    const outcome = this.page.locator('section[aria-labelledby="open-round"] .form-status');
    await outcome.waitFor();
    return outcome.innerText();
  }

  rounds(): Promise<string[]> {
    return this.page.locator('.round-list__item').allInnerTexts();
  }
}

/** An editor's list of what it owes in a round (/rounds or /plans/:id/rounds/:fy). */
export class OwedListPage extends AppPage {
  async goto(planId?: number, fy?: number): Promise<void> {
    await this.open(planId === undefined ? '/rounds' : `/plans/${planId}/rounds/${fy}`);
    await this.page.locator('.owed-list').waitFor();
  }

  /** The KPIs listed, by code. */
  codes(): Promise<string[]> {
    return this.page
      .locator('.owed-list__kpi')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-kpi') ?? ''));
  }

  /** One KPI's entry as it reads: department, state, comment. */
  entryText(code: string): Promise<string> {
    return this.page.locator(`.owed-list__kpi[data-kpi="${code}"]`).innerText();
  }

  async openEntry(code: string): Promise<void> {
    await this.page
      .locator(`.owed-list__kpi[data-kpi="${code}"]`)
      .getByRole('link')
      .first()
      .click();
    await this.waitForContent();
    await this.page.locator('.entry-preview').waitFor();
  }
}

/** The entry form of one KPI × department (/plans/:id/rounds/:fy/entries/:code). */
export class EntryFormPage extends AppPage {
  async fillFigure(value: string): Promise<void> {
    await this.page.locator('#entry-figure').fill(value);
  }

  async fillNarrative(text: string): Promise<void> {
    await this.page.locator('#entry-narrative').fill(text);
  }

  /** Writes the self-evaluation (一次評価) the entry asks for, and waits for it to be saved. */
  async fillSelfEvaluation(grade: string, text: string): Promise<void> {
    const form = this.page.locator('form[data-level="self"]');
    await form.getByLabel('評価', { exact: true }).selectOption(grade);
    await form.getByLabel('評価の理由・意見').fill(text);
    await form.getByRole('button', { name: '保存' }).click();
    await form.locator('[role="status"]', { hasText: '保存しました' }).waitFor();
  }

  /** The live rate the form shows for what is typed. */
  previewRate(): Promise<string> {
    return this.page.locator('[data-preview="rate"]').innerText();
  }

  checks(): Promise<string[]> {
    return this.page.locator('.entry-check').allInnerTexts();
  }

  submitEnabled(): Promise<boolean> {
    return this.page.getByRole('button', { name: '提出する' }).isEnabled();
  }

  /** Waits for the draft to be saved to the server. */
  async waitSaved(): Promise<void> {
    await this.page.locator('#entry-save-status', { hasText: '下書きを保存しました' }).waitFor();
  }

  async submit(): Promise<string> {
    await this.page.getByRole('button', { name: '提出する' }).click();
    const done = this.page.locator('main [role="status"]', { hasText: '提出しました' });
    await done.waitFor();
    // The notice shows at once; the entry read again after the move follows it.
    await this.page.locator('.entry-head .entry-state[data-state="submitted"]').waitFor();
    return done.innerText();
  }

  comments(): Promise<string[]> {
    return this.page.locator('.entry-comment__text').allInnerTexts();
  }

  stateText(): Promise<string> {
    return this.page.locator('.entry-head .entry-state').first().innerText();
  }

  /** What was entered, as the read-only view of a submitted or approved entry shows it. */
  submissionText(): Promise<string> {
    return this.page.locator('section[aria-labelledby="entry-submission"]').innerText();
  }

  /** An admin's 承認 on the entry page; resolves to what the page then says. */
  async approveHere(): Promise<string> {
    const section = this.page.locator('section[aria-labelledby="entry-submission"]');
    await section.getByRole('button', { name: '承認', exact: true }).click();
    const done = this.page.locator('main [role="status"]', { hasText: '承認済になりました' });
    await done.waitFor();
    await this.page.locator('.entry-head .entry-state[data-state="approved"]').waitFor();
    return done.innerText();
  }
}

/** The planning division's board of a round (/plans/:id/rounds/:fy as an admin). */
export class RoundBoardPage extends AppPage {
  async goto(planId: number, fy: number): Promise<void> {
    await this.open(`/plans/${planId}/rounds/${fy}`);
    await this.page.locator('.board-entries').waitFor();
  }

  private row(code: string, department: string) {
    return this.page.locator(`tr[data-entry="${code}|${department}"]`);
  }

  /** What the department entered, as the entry's line of the board shows it. */
  submissionText(code: string, department: string): Promise<string> {
    return this.row(code, department).locator('.submission').innerText();
  }

  /** The self-evaluation the board shows beside the entry's figure. */
  selfEvaluationText(code: string, department: string): Promise<string> {
    return this.row(code, department).locator('[data-submission="self-evaluation"]').innerText();
  }

  /** Opens the entry page of a line of the board. */
  async openEntry(code: string, department: string): Promise<void> {
    await this.row(code, department).getByRole('link').first().click();
    await this.waitForContent();
    await this.page.locator('.entry-head').waitFor();
  }

  async state(code: string, department: string): Promise<string> {
    return (await this.row(code, department).getAttribute('data-state')) ?? '';
  }

  /** The department's counts as the progress table shows them, by state. */
  async progress(department: string): Promise<Record<string, number>> {
    const cells = this.page.locator(`.board-progress tr[data-department="${department}"] td`);
    const pairs = await cells.evaluateAll((tds) =>
      tds.map((td) => [td.getAttribute('data-state') ?? '', Number(td.textContent)] as const),
    );
    return Object.fromEntries(pairs);
  }

  async returnEntry(code: string, department: string, comment: string): Promise<void> {
    const row = this.row(code, department);
    await row.getByRole('button', { name: '差戻し' }).click();
    await row.getByLabel('差戻しの理由（担当課に表示されます）').fill(comment);
    await row.getByRole('button', { name: '差し戻す' }).click();
    await this.page.waitForFunction(
      (key) =>
        document.querySelector(`tr[data-entry="${key}"]`)?.getAttribute('data-state') ===
        'returned',
      `${code}|${department}`,
    );
  }

  /** Reopens an approved entry with a reason; waits until the board shows it as a draft. */
  async reopen(code: string, department: string, reason: string): Promise<void> {
    const row = this.row(code, department);
    await row.getByRole('button', { name: '再開' }).click();
    await row.getByLabel('再開する理由').fill(reason);
    await row.getByRole('button', { name: '再開する' }).click();
    await this.page.waitForFunction(
      (key) =>
        document.querySelector(`tr[data-entry="${key}"]`)?.getAttribute('data-state') === 'draft',
      `${code}|${department}`,
    );
  }

  async approve(code: string, department: string): Promise<void> {
    await this.row(code, department).getByRole('button', { name: '承認' }).click();
    await this.page.waitForFunction(
      (key) =>
        document.querySelector(`tr[data-entry="${key}"]`)?.getAttribute('data-state') ===
        'approved',
      `${code}|${department}`,
    );
  }

  /** The departments the board flags as having no editor account. */
  departmentsWithoutEditor(): Promise<string[]> {
    return this.page
      .locator('.board-progress td[data-editors="0"]')
      .evaluateAll((cells) =>
        cells.map((cell) => cell.closest('tr')?.getAttribute('data-department') ?? ''),
      );
  }

  /** Asks to close the round; resolves to what the confirmation says the round leaves. */
  async askToClose(): Promise<string> {
    const section = this.page.locator('section[aria-labelledby="close-round"]');
    await section.getByRole('button', { name: '照会を締め切る' }).click();
    return section.locator('[data-close="leaves"]').innerText();
  }

  /** Closes the round after its confirmation; resolves to the round's state as then shown. */
  async closeRound(): Promise<string> {
    const section = this.page.locator('section[aria-labelledby="close-round"]');
    if ((await section.getByRole('group').count()) === 0) {
      await section.getByRole('button', { name: '照会を締め切る' }).click();
    }
    await section.getByRole('group').getByRole('button', { name: '照会を締め切る' }).click();
    const state = this.page.locator('.round-state--closed');
    await state.waitFor();
    return state.innerText();
  }

  /** Whether the board still offers to close the round. */
  async offersClose(): Promise<boolean> {
    return (await this.page.locator('section[aria-labelledby="close-round"]').count()) > 0;
  }

  /** The board's status messages (role=status), as read out. */
  statusMessages(): Promise<string[]> {
    return this.page.getByRole('status').allInnerTexts();
  }
}
