import { yearCell } from './year-cell-columns.ts';
import { planHeadingLevel, wordedPlanLevel } from './plan-heading.ts';
import { headerDate } from './column-role.ts';
import type { FiscalYear } from '../../domain/fiscal-year.ts';
import { spreadsheetError } from './spreadsheet-error.ts';
import { formatFiscalYear, parseFiscalYear } from '../../domain/fiscal-year.ts';
import { isPassFailScale } from '../../domain/grade-direction.ts';
import type { ImportProblem, UnplacedCell } from '../import-problem.ts';
import type { ImportedKpi } from '../imported-report.ts';
import type { ColumnGroup } from './column-groups.ts';
import { columnGroups, groupIndex } from './column-groups.ts';
import { IGNORED, placeKpiCell } from './cell-placement.ts';
import { continuationFigures } from './continuation-row.ts';
import type { Column, HeaderMap } from './header-map.ts';
import { KpiCodes } from './kpi-codes.ts';
import { numberColumnOf, printedNumber } from './number-column.ts';
import { lineLetters } from './line-letters.ts';
import type { KpiDraft } from './kpi-draft.ts';
import { emptyDraft } from './kpi-draft.ts';
import { finishKpi } from './kpi-finish.ts';
import { takeTitleTargets, type TitleTarget } from './title-targets.ts';
import type { TotalMismatch } from './totals.ts';
import { extraMismatches, isGrandTotal, totalMismatches } from './totals.ts';
import { TotalMembers } from './total-members.ts';
import { parseKpiLabel, parseOrderedLabel } from './label-cells.ts';
import type { KpiRowCells, Placement } from './placement.ts';
import { placed, unplaced } from './placement.ts';
import { PlanTreeDraft } from './plan-tree.ts';
import type { AlignedRow } from './row-alignment.ts';
import { fileColumn, filledCells } from './row-alignment.ts';
import type { RowKind } from './row-kind.ts';
import { rowKind } from './row-kind.ts';
import type { TargetSecondLine } from './target-second-line.ts';
import { laterTargetMiss, placeLaterTarget } from './later-target.ts';
import { nameByFigures, sharedFigureName } from './named-figures.ts';
import type { CellField, RowKindName, RowReading, TableNote } from './table-reading.ts';

/**
 * The column that names each row's KPI: the KPI column, else a headed column of words right
 * after the tree columns (富士市 会計 beside 章), else the tree column (栗原市's 基本指針 rows
 * name their KPI there), else an unnamed first column (区分).
 */
export function kpiColumnOf(columns: readonly Column[]): number | null {
  const find = (kind: Column['role']['kind']) =>
    columns.find((c) => c.role.kind === kind)?.index ?? null;
  return (
    find('kpi') ??
    besideTree(columns) ??
    find('theme') ??
    find('policy') ??
    (columns[0]?.role.kind === 'other' ? 0 : null)
  );
}

const TREE_KINDS: readonly Column['role']['kind'][] = ['policy', 'theme'];

/** The headed 'other' column that follows the tree columns at the left of the table. */
function besideTree(columns: readonly Column[]): number | null {
  const tree = columns.findIndex((c) => !TREE_KINDS.includes(c.role.kind));
  const next = columns[tree];
  if (tree <= 0 || !next || next.role.kind !== 'other' || next.label.trim() === '') return null;
  return next.index;
}

/** No years printed beside a row's figures: most tables, shared by every row. */
const NO_YEARS: ReadonlyMap<number, FiscalYear> = new Map();

/**
 * A cell the source printed as 「?」, or a spreadsheet's error value (#REF!): no figure to read.
 * Its first and last characters first, two comparisons: this runs on every cell.
 */
export function isUnreadable(text: string): boolean {
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  const question = last === QUESTION || last === FULL_WIDTH_QUESTION;
  if (first !== HASH && !question) return false;
  return (
    (question && text.length === 1) ||
    (first === HASH && spreadsheetError(text)) ||
    (question && CUT_OFF.test(text))
  );
}

const HASH = 0x23; // '#'
const QUESTION = 0x3f; // '?'
const FULL_WIDTH_QUESTION = 0xff1f; // '？'

/** A figure, then the rest of the cell unreadable (備前市 「38 ?」, the stored copy cut off there). */
const CUT_OFF = /\d\s+[?？]$/;

/** One pass over a table's data rows: the plan tree, and where every cell went. */
export class TableReader {
  readonly unplaced: UnplacedCell[] = [];
  readonly notes: TableNote[] = [];
  readonly problems: ImportProblem[] = [];
  readonly rows: RowReading[] = [];
  private readonly tree = new PlanTreeDraft();
  private readonly codes = new KpiCodes();
  private readonly groups: ColumnGroup[];
  private readonly groupOf: ReadonlyMap<number, number>;
  /** The columns as cells are placed by: the column naming the KPIs read as the KPI column. */
  private readonly placing: readonly Column[];
  /** The columns printing the years of other columns' figures (鳥取県 時点): read first in a row. */
  /** The column printing each KPI's number beside its name (No.), or null. */
  private readonly numberColumn: number | null;
  private readonly yearColumns: readonly Column[];
  /** The drafts of the latest KPI row (one per group); null after a refused row. */
  private current: KpiDraft[] | null = null;
  /** The titles of the last KPI row whose name is not a sub-line's (「(単価)」), by group. */
  private parentTitles: readonly string[] = [];
  private afterKpi = false;
  /** The row read before the one being read: what its years would be the years of. */
  private above: AlignedRow | null = null;
  /** Every KPI draft read, in row order. */
  private readonly drafts: KpiDraft[] = [];
  /** The row the header was last printed again on, null when it was not. */
  private headerAgainRow: number | null = null;
  /** The row of the latest heading of the plan tree read after a KPI: its items are numbered afresh. */
  private headingAgainRow: number | null = null;
  /** The KPI rows the next 計 or 合計 totals. */
  private readonly totals = new TotalMembers();
  /** What each cell of the row being read became, by file column. */
  private fields: (CellField | null)[] = [];

  constructor(
    private readonly file: string,
    private readonly header: HeaderMap,
    readonly kpiColumn: number | null,
    private readonly year: FiscalYear,
    /** The unit a title line states for the whole table ("（単位：千円）"), else ''. */
    private readonly unit: string,
  ) {
    this.groups = columnGroups(header);
    this.groupOf = groupIndex(this.groups);
    this.placing = header.columns.map((c) =>
      c.index === kpiColumn ? { ...c, role: { kind: 'kpi' } } : c,
    );
    this.yearColumns = header.columns.filter((c) => c.yearsOf !== undefined);
    this.numberColumn = numberColumnOf(header.columns, kpiColumn);
  }

  /**
   * A table of its own starts at this row under the header printed again, though a rewrite
   * printed that header once ({@link TurnedTable.tableStarts}): read as after the header again.
   */
  tableStart(row: number): void {
    this.headerAgainRow = row;
    this.totals.headerAgain();
  }

  /**
   * The title lines above the header that name levels of the plan by their words (「基本目標１ しごとを
   * つくる」 over 「施策1-1 農業の振興」), each alone on its line: the branch of the tree the first
   * rows are under, as the same lines between the rows open the next (the cells stay the title's).
   * Not in a table with columns of its own for the levels.
   */
  headingsAbove(titles: readonly { readonly cells: readonly string[] }[]): void {
    // A table with columns of its own for the levels builds its tree from them.
    if (this.header.columns.some((c) => c.role.kind === 'policy' || c.role.kind === 'theme'))
      return;
    for (const { cells } of titles) {
      const filled = cells.filter((c) => c.trim() !== '');
      const text = filled[0]?.trim() ?? '';
      const level = filled.length === 1 ? wordedPlanLevel(text) : null;
      if (level === 'policy') this.tree.addPolicy(parseOrderedLabel(text));
      else if (level === 'theme') this.tree.addTheme(parseOrderedLabel(text));
    }
  }

  read(aligned: AlignedRow): void {
    this.fields = new Array<CellField | null>(aligned.cells.length - aligned.shift).fill(null);
    const kind = rowKind(aligned, {
      columns: this.header.columns,
      kpiColumn: this.kpiColumn,
      afterKpi: this.afterKpi,
      above: this.above,
      yearContext: this.header.context,
    });
    this.above = aligned;
    this.readAs(aligned, kind);
  }

  /**
   * A row that totals the KPI rows above it with no label of its own ({@link unlabelledTotals}):
   * its figures checked by their sums, placed as totals; it makes no KPI.
   */
  readTotalOfAbove(aligned: AlignedRow): void {
    this.fields = new Array<CellField | null>(aligned.cells.length - aligned.shift).fill(null);
    this.record(aligned, 'grand-total', null);
    for (const { text, index } of filledCells(aligned))
      this.place(aligned, index, text, placed('total'));
  }

  private readAs(aligned: AlignedRow, kind: RowKind): void {
    switch (kind.kind) {
      case 'kpi':
        return this.kpiRow(aligned, kind.totalLine);
      case 'cumulative':
      case 'total':
      case 'department':
        return this.continuation(aligned, kind);
      case 'header':
        this.headerAgainRow = aligned.row;
        this.totals.headerAgain();
        this.record(aligned, 'header', null);
        for (const { text, index } of filledCells(aligned))
          this.place(aligned, index, text, placed('header'));
        return;
      case 'wrapped':
        return this.wrappedName(aligned);
      case 'target-line':
        return this.laterTarget(aligned, kind.line);
      case 'heading':
        if (this.afterKpi) this.headingAgainRow = aligned.row;
        this.record(aligned, 'heading', null);
        for (const { text, index } of filledCells(aligned))
          if (planHeadingLevel(text) === 'policy') {
            // 「基本目標１ …」 alone in a theme's column too opens a basic policy.
            this.tree.addPolicy(parseOrderedLabel(text));
            this.placeAs(aligned, index, 'policy');
          } else if (
            !this.placeTree(aligned, index, text) &&
            this.kpiColumn !== null &&
            index <= this.kpiColumn
          ) {
            // A line in the KPI column, or left of it, naming a theme (「施策2 …」) or a kind of
            // indicator: the theme of those under it.
            this.tree.addTheme(parseOrderedLabel(text));
            this.placeAs(aligned, index, 'theme');
          }
        return;
      case 'note':
        this.record(aligned, 'note', null);
        for (const { text, index } of filledCells(aligned)) {
          this.place(aligned, index, text, placed('note'));
          this.notes.push({ row: aligned.row, column: fileColumn(aligned, index), text });
        }
        return;
      case 'stray':
        this.record(aligned, 'stray', null);
        return this.unplaceAll(
          aligned,
          filledCells(aligned),
          'a row that is neither a KPI nor a continuation of one',
        );
    }
  }

  private record(aligned: AlignedRow, kind: RowKindName, kpi: string | null): void {
    this.rows.push({ row: aligned.row, kind, kpi, shift: aligned.shift, fields: this.fields });
  }

  private place(aligned: AlignedRow, index: number, text: string, placement: Placement): void {
    const column = fileColumn(aligned, index);
    if (placement.kind === 'placed') this.fields[column - 1] = placement.field;
    else
      this.unplaced.push({
        file: this.file,
        row: aligned.row,
        column,
        text,
        reason: placement.reason,
      });
  }

  private placeAs(aligned: AlignedRow, index: number, field: CellField): void {
    this.fields[fileColumn(aligned, index) - 1] = field;
  }

  private unplaceAll(
    aligned: AlignedRow,
    cells: readonly { text: string; index: number }[],
    reason: string,
  ): void {
    for (const { text, index } of cells) this.place(aligned, index, text, unplaced(reason));
  }

  /** A policy or theme cell opens a new branch of the tree; false for any other column. */
  private placeTree(aligned: AlignedRow, index: number, text: string): boolean {
    const kind = this.header.columns[index]?.role.kind;
    if (index === this.kpiColumn || (kind !== 'policy' && kind !== 'theme')) return false;
    if (kind === 'policy') this.tree.addPolicy(parseOrderedLabel(text));
    else this.tree.addTheme(parseOrderedLabel(text));
    this.placeAs(aligned, index, kind);
    return true;
  }

  private kpiRow(aligned: AlignedRow, totalLine: boolean): void {
    const codeColumn = fileColumn(aligned, this.kpiColumn ?? 0);
    const kpiCell = this.kpiColumn === null ? '' : (aligned.cells[this.kpiColumn] ?? '');
    const label = parseKpiLabel(kpiCell);
    const treeCell = this.treeCellOf(aligned);
    if (treeCell !== null) this.totals.treeCell(treeCell);
    const role = this.totals.roleOf(kpiCell, label.title, totalLine);
    const number =
      this.numberColumn === null
        ? null
        : this.header.columns[this.numberColumn]?.lettersRows === true
          ? lineLetters(aligned.cells[this.numberColumn])
          : printedNumber(aligned.cells[this.numberColumn]);
    const printed =
      role.kind === 'kpi'
        ? label.code || number || this.codes.next()
        : this.codes.numbered(role.codeLabel);
    const claimed = this.codes.claim(printed, aligned.row);
    // A table under the header printed again numbers its KPIs afresh (呉市 重点指標 ①–③ of the
    // patients, then ①–⑧ of the ratios), as a group under a heading of its own does (入間市博物館
    // 「1お茶の博物館推進事業」 ①–④, then 「2博物館資料の…」 ①): a code of the rows above is
    // numbered (①2), not refused.
    const fresh = Math.max(this.headerAgainRow ?? -1, this.headingAgainRow ?? -1);
    const again = claimed !== null && claimed < fresh;
    const code = again ? this.codes.numbered(printed) : printed;
    const earlier = again ? this.codes.claim(code, aligned.row) : claimed;
    this.afterKpi = true;
    if (earlier !== null) return this.duplicate(aligned, code, earlier, codeColumn);
    const drafts = this.groups.map((group) => {
      const draft = emptyDraft('', aligned.row, codeColumn);
      draft.unit = this.unit;
      draft.unitOfTable = this.unit !== '';
      draft.spanFrom = group.spanFrom ?? null;
      return draft;
    });
    const cells: KpiRowCells = {
      drafts,
      groups: this.groups,
      groupOf: this.groupOf,
      year: this.year,
      row: aligned.row,
      kpiLabel: { index: this.kpiColumn ?? -1, label },
      years: this.printedYears(aligned),
    };
    const row = aligned.cells;
    for (let index = 0; index < row.length; index += 1) {
      const text = row[index] ?? '';
      if (text === '' || this.placeTree(aligned, index, text)) continue;
      if (index === this.numberColumn && number !== null && code === number) {
        this.placeAs(aligned, index, 'kpi');
        continue;
      }
      if (index !== this.kpiColumn && isUnreadable(text)) {
        this.unreadable(aligned, index, text, code);
        continue;
      }
      this.place(
        aligned,
        index,
        text,
        this.placeCell(cells, index, text, fileColumn(aligned, index)),
      );
    }
    const named = sharedFigureName(aligned.cells, this.header.columns);
    if (named !== null) for (const draft of drafts) nameByFigures(draft, named, this.kpiHeader());
    // A sub-line named in brackets under a KPI (呉市 病院 「(単価)」 under 1日入院患者数): named
    // with the KPI it details.
    const subLine = role.kind === 'kpi' && isSubLineName(kpiCell);
    // Loops, not callbacks: this runs on every KPI row.
    for (let g = 0; g < drafts.length; g += 1) {
      const draft = drafts[g] as KpiDraft;
      draft.code = g === 0 ? code : `${code}-${g + 1}`;
      const parent = subLine ? this.parentTitles[g] : undefined;
      if (parent !== undefined && parent !== '') draft.title = `${parent} ${draft.title}`;
      if (g > 0 || this.groups[g]?.eachNamed === true)
        draft.title = `${draft.title}（${this.groups[g]?.label ?? ''}）`;
      this.drafts.push(draft);
    }
    if (!subLine) this.parentTitles = drafts.map((d) => d.title);
    this.current = drafts;
    this.tree.addKpiRow(drafts);
    this.record(aligned, role.kind, code);
    if (role.kind !== 'kpi') this.checkTotal(aligned, drafts, role.members);
    this.totals.add(role, drafts);
  }

  /**
   * The rest of the current KPI's name, joined to it, and the years its line prints under the
   * baseline and the target (「(H30)」, 「(R6)」) given to those figures where they have none.
   */
  private wrappedName(aligned: AlignedRow): void {
    const current = this.current ?? [];
    const [first, ...others] = current;
    const index = this.kpiColumn ?? 0;
    const rest = (aligned.cells[index] ?? '').trim();
    // After a KPI given twice (not read) there is no KPI to continue: a stray line.
    if (!first) return this.readAs(aligned, { kind: 'stray' });
    const before = first.title;
    first.title = `${before}${rest}`;
    for (const draft of others) draft.title = draft.title.replace(before, first.title);
    this.record(aligned, 'wrapped', first.code);
    // A line of years alone (「(R6)」 under the target) leaves the name's cell empty: none placed.
    if (rest !== '') this.placeAs(aligned, index, 'kpi');
    for (const { text, index: at } of filledCells(aligned)) {
      if (at === index) continue;
      const year = parseFiscalYear(text.trim(), this.header.context);
      const group = this.groupOf.get(at) ?? 0;
      const field =
        year === undefined ? null : yearOfFigure(current[group], this.header.columns[at], year);
      if (field === null)
        this.place(aligned, at, text, unplaced('a year under no figure of the KPI above'));
      else this.placeAs(aligned, at, field);
    }
  }

  /**
   * A goal's second line (「20,000頭/年 | H25 H26」 under 「13,300頭/年 | H24」): its figure the
   * current KPI's plan of each year it names, the line recorded as the KPI's line continued. A
   * year the KPI already plans otherwise is no plan to write over: both cells listed unplaced.
   */
  private laterTarget(aligned: AlignedRow, line: TargetSecondLine): void {
    const draft = (this.current ?? [])[this.groupOf.get(line.targetAt) ?? 0];
    const text = aligned.cells[line.targetAt] ?? '';
    const cells = [
      { index: line.targetAt, text },
      { index: line.yearsAt, text: aligned.cells[line.yearsAt] ?? '' },
    ];
    if (!draft) return this.readAs(aligned, { kind: 'stray' });
    this.record(aligned, 'wrapped', draft.code);
    const reason = laterTargetMiss(draft, text, line.years);
    if (reason !== null) return this.unplaceAll(aligned, cells, reason);
    const column = fileColumn(aligned, line.targetAt);
    placeLaterTarget(draft, text, line.years, { row: aligned.row, column });
    for (const { index } of cells) this.placeAs(aligned, index, 'milestone');
  }

  /** The header of the column naming the KPIs, '' when none does. */
  private kpiHeader(): string {
    return this.kpiColumn === null ? '' : (this.header.columns[this.kpiColumn]?.label ?? '');
  }

  /** The years the row's cells print for its figures (鳥取県 時点 R元 under 基準値 366), by figure column. */
  private printedYears(aligned: AlignedRow): ReadonlyMap<number, FiscalYear> {
    if (this.yearColumns.length === 0) return NO_YEARS;
    const years = new Map<number, FiscalYear>();
    for (const c of this.yearColumns) {
      const cell = (aligned.cells[c.index] ?? '').trim();
      // A year (R元), or a date's or a month's end (「H28.3」: the fiscal year it ends).
      const year =
        yearCell(cell, this.header.context) ?? headerDate(cell, this.header.context) ?? undefined;
      if (year === undefined || c.yearsOf === undefined) continue;
      years.set(c.yearsOf, year);
      // A form printing 目標値 | 年度 | 実績 (地域再生計画 事後評価調書: 「中間目標値 | 年度 | 中間実績」):
      // the yearless actual right of a target's years is of the target's year, unless that year
      // is after the report's (産地パワーアップ 「目標値 | 目標年度 2024 | 実績値」 in 2022年度: the
      // report year's actual, the target due later).
      if (this.header.columns[c.yearsOf]?.role.kind !== 'target' || year > this.year) continue;
      const next = this.header.columns[c.index + 1];
      if (
        next?.role.kind === 'actual' &&
        next.role.fiscalYear === null &&
        next.yearsOf === undefined
      )
        years.set(next.index, year);
    }
    return years;
  }

  /** The row's first policy or theme cell (not the KPI column's), or null. */
  private treeCellOf(aligned: AlignedRow): string | null {
    for (let i = 0; i < aligned.cells.length; i += 1) {
      const text = aligned.cells[i] ?? '';
      const kind = this.header.columns[i]?.role.kind;
      if (text !== '' && i !== this.kpiColumn && (kind === 'policy' || kind === 'theme'))
        return text;
    }
    return null;
  }

  /**
   * A 計 or 合計 row: a row of its group, not a KPI repeated. Its figures are checked against
   * the sums of its members'.
   */
  private checkTotal(
    aligned: AlignedRow,
    drafts: readonly KpiDraft[],
    members: readonly KpiDraft[][],
  ): void {
    drafts.forEach((total, g) => {
      const of = members.flatMap((row) => row[g] ?? []);
      for (const mismatch of totalMismatches(total, of))
        this.totalProblem(aligned, total, of, mismatch, this.groups[g]);
      for (const { label, printed, sum } of extraMismatches(total, of)) {
        const column = this.header.columns.find((c) => c.label === label);
        this.problems.push({
          kind: 'total',
          file: this.file,
          row: aligned.row,
          column: column ? fileColumn(aligned, column.index) : total.codeColumn,
          message: `${total.code}: the ${label} printed is ${printed}, but its rows ${of.map((m) => m.code).join(' ')} sum to ${sum}`,
        });
      }
    });
  }

  private totalProblem(
    aligned: AlignedRow,
    total: KpiDraft,
    members: readonly KpiDraft[],
    { fiscalYear, figure, printed, sum }: TotalMismatch,
    group: ColumnGroup | undefined,
  ): void {
    const actual = group?.actuals.find(
      (c) => (('fiscalYear' in c.role ? c.role.fiscalYear : null) ?? this.year) === fiscalYear,
    );
    const baseline = this.header.columns.find((c) => c.role.kind === 'baseline');
    const column =
      figure === 'target'
        ? (total.targetColumn ?? total.codeColumn)
        : figure === 'baseline'
          ? baseline
            ? fileColumn(aligned, baseline.index)
            : total.codeColumn
          : actual
            ? fileColumn(aligned, actual.index)
            : total.codeColumn;
    const what = fiscalYear === null ? figure : `${formatFiscalYear(fiscalYear)} actual`;
    this.problems.push({
      kind: 'total',
      file: this.file,
      row: aligned.row,
      column,
      message: `${total.code}: the ${what} printed is ${printed}, but its rows ${members.map((m) => m.code).join(' ')} sum to ${sum}`,
    });
  }

  private placeCell(cells: KpiRowCells, index: number, text: string, column: number): Placement {
    const own = this.placing[index];
    return own
      ? placeKpiCell(cells, own, text, column)
      : unplaced(`column ${column} has no place for it`);
  }

  /** A cell the source printed as "?" (神川町 ②, ③) or as #REF! (木島平村): a problem, and the cell unplaced. */
  private unreadable(aligned: AlignedRow, index: number, text: string, code: string): void {
    const column = fileColumn(aligned, index);
    const header = this.header.columns[index]?.label ?? '';
    const what = spreadsheetError(text) ? "a spreadsheet's error value, " : '';
    const message = `KPI ${code}: the ${header || `column ${column}`} cell is printed "${text}": ${what}unreadable in the source`;
    this.problems.push({ kind: 'unreadable', file: this.file, row: aligned.row, column, message });
    this.place(aligned, index, text, unplaced('unreadable in the source'));
  }

  /** A second row with a KPI's code is not read: a problem, and its cells unplaced. */
  private duplicate(aligned: AlignedRow, code: string, earlier: number, column: number): void {
    const message = `KPI ${code} appears twice (first on row ${earlier})`;
    this.problems.push({
      kind: 'duplicate-code',
      file: this.file,
      row: aligned.row,
      column,
      message,
    });
    this.record(aligned, 'duplicate', code);
    this.current = null;
    const rest = filledCells(aligned).filter(
      ({ text, index }) => !this.placeTree(aligned, index, text),
    );
    this.unplaceAll(aligned, rest, message);
  }

  private continuation(aligned: AlignedRow, kind: Extract<RowKind, { labelIndex: number }>): void {
    const draft = this.current?.[0];
    const group = this.groups[0];
    const labelText = aligned.cells[kind.labelIndex] ?? '';
    const ignored = (index: number) => this.header.columns[index]?.role.kind === 'ignore';
    const cells = filledCells(aligned, kind.labelIndex);
    const filled = cells.filter((c) => !ignored(c.index));
    // The workbook's department line has its own text under 取組内容: the figures are the rest.
    const text = kind.kind === 'department' ? this.narrativeCell(filled) : null;
    const values = text ? filled.filter((v) => v !== text.cell) : filled;
    const yearly = draft && group ? continuationFigures(values, group, this.year, labelText) : null;
    if (typeof yearly === 'string' && this.groupTotal(kind, labelText))
      return this.kpiRow(aligned, true);
    this.unplaceAll(
      aligned,
      cells.filter((c) => ignored(c.index)),
      IGNORED,
    );
    const all = [{ text: labelText, index: kind.labelIndex }, ...filled];
    this.record(aligned, kind.kind, draft?.code ?? null);
    if (!draft || !group || yearly === null)
      return this.unplaceAll(aligned, all, `a ${kind.kind} row under no KPI read`);
    if (typeof yearly === 'string') return this.unplaceAll(aligned, all, yearly);
    if (kind.kind === 'cumulative') draft.cumulativeActuals.push(...yearly);
    else if (kind.kind === 'total') draft.totalRows.push(yearly);
    else
      draft.departmentRows.push({
        department: labelText,
        actuals: yearly,
        narrative: text && { fiscalYear: text.fiscalYear, text: text.cell.text },
      });
    this.placeAs(aligned, kind.labelIndex, 'row label');
    if (text) this.placeAs(aligned, text.cell.index, 'narrative');
    const field: CellField =
      kind.kind === 'department'
        ? 'department actual'
        : kind.kind === 'total'
          ? 'total'
          : 'cumulative';
    for (const { index } of values) this.placeAs(aligned, index, field);
  }

  /**
   * A 計 or 小計 in the KPI column whose figures are no yearly total of the KPI above (三重県
   * 小計 = 市 + 町, under the same columns as theirs): the total line of the KPI rows above it.
   * A 合計 stays the KPI's own (⑱'s departments, 軽米町's 合計 over rows with うち breakdowns).
   */
  private groupTotal(kind: Extract<RowKind, { labelIndex: number }>, label: string): boolean {
    return kind.kind === 'total' && kind.labelIndex === this.kpiColumn && !isGrandTotal(label);
  }

  /** A continuation row's cell under the narrative column, with the year that column is for. */
  private narrativeCell(
    cells: readonly { text: string; index: number }[],
  ): { cell: { text: string; index: number }; fiscalYear: FiscalYear } | null {
    for (const cell of cells) {
      const role = this.header.columns[cell.index]?.role;
      if (role?.kind === 'narrative') return { cell, fiscalYear: role.fiscalYear ?? this.year };
    }
    return null;
  }

  /** Targets printed outside the grid, in the title lines, given to the KPIs they name. */
  titleTargets(targets: readonly TitleTarget[]): void {
    takeTitleTargets(this.drafts, targets);
  }

  /** The plan tree with every KPI finished (direction, basis and formula settled). */
  finish(): { policies: ReturnType<PlanTreeDraft['build']>['policies']; kpis: ImportedKpi[] } {
    // Grades of ○ and × alone say met or missed (公立病院改革プラン 達成状況), which proves a direction.
    const passFail = isPassFailScale(this.drafts.map((d) => d.printedGrade));
    return this.tree.build((draft) =>
      finishKpi(draft, this.year, this.problems, this.file, this.header.rounding, passFail),
    );
  }
}

/** Gives the baseline or target above a year printed under it, where it has none: its field. */
function yearOfFigure(
  draft: KpiDraft | undefined,
  column: Column | undefined,
  year: FiscalYear,
): CellField | null {
  if (!draft || !column) return null;
  if (column.role.kind === 'baseline' && draft.baseline !== null) {
    if (draft.baseline.fiscalYear === null)
      draft.baseline = { ...draft.baseline, fiscalYear: year };
    return 'baseline';
  }
  const target = draft.target;
  if (column.role.kind === 'target' && target !== null && target.kind !== 'maintain') {
    if (target.target.fiscalYear === null)
      draft.target = { ...target, target: { ...target.target, fiscalYear: year } };
    return 'target';
  }
  // The actual's year under it (「80.9歳」 over 「（R1）」): the year it was measured in, its one
  // figure of a column naming no year moved there.
  if (column.role.kind === 'actual' && column.role.fiscalYear === null) {
    if (draft.actuals.some((a) => a.fiscalYear === year)) return 'actual';
    const [only, ...more] = draft.actuals;
    if (!only || more.length > 0) return null;
    draft.actuals = [{ ...only, fiscalYear: year }];
    return 'actual';
  }
  return null;
}

/** A KPI name wholly in brackets (「(単価)」, 「[病床利用率]」): a line detailing the KPI above. */
const isSubLineName = (cell: string): boolean => SUB_LINE_NAME.test(cell);
const SUB_LINE_NAME = /^\s*(?:[(（][^()（）]+[)）]|[[［【][^[\]［］【】]+[\]］】])\s*$/;
