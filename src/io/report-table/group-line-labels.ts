import { parseDescribedFigure } from '../../domain/described-figure.ts';
import type { GridRow } from '../grid.ts';
import type { GivenRole, TurnedTable } from './cell-origin.ts';
import { Origins } from './cell-origin.ts';
import { classifyHeader } from './column-role.ts';
import { continuationLabel } from './label-cells.ts';
import { namedLineRole } from './kpi-lines.ts';
import { isHeaderCandidate, tableBlock } from './table-block.ts';
import { breakdownGroups } from './breakdown-lines.ts';
import { rateNamedLines } from './rate-named-lines.ts';

const REWRITTEN = 'rewritten from two-level row labels';

const GROUP: GivenRole = {
  role: 'theme',
  because: `${REWRITTEN}: the group each line belongs to, printed on its first line`,
};
const NAME: GivenRole = {
  role: 'kpi',
  because: `${REWRITTEN}: the line's label after its group's`,
};

const blank = (cell: string | undefined) => (cell ?? '').trim() === '';

/** A header cell over the lines' labels: empty, or a word naming no role (区分, 性別, 対象). */
const namesNoRole = (cell: string | undefined) =>
  blank(cell) || classifyHeader(cell ?? '').role.kind === 'other';
const keyOf = (label: string) => label.normalize('NFKC').replace(/\s+/g, '');

/** Whether a row holds a figure right of its two label cells: a line of the table, not of its header. */
function holdsFigure(row: GridRow): boolean {
  for (let c = 2; c < row.cells.length; c += 1) {
    const cell = row.cells[c] ?? '';
    // The cheap test first: a figure has a digit.
    if (/[0-9０-９]/.test(cell) && parseDescribedFigure(cell) !== undefined) return true;
  }
  return false;
}

/** A label of the second column: text, no figure, no kind of figure (計画, 実績: kpi-lines.ts). */
function isLineLabel(cell: string): boolean {
  const text = cell.trim();
  return text !== '' && parseDescribedFigure(text) === undefined && namedLineRole(text) === null;
}

/** The unit of a row's first figure right of its two label cells, or null. */
function figureUnit(row: GridRow): string | null {
  for (let c = 2; c < row.cells.length; c += 1) {
    const cell = row.cells[c] ?? '';
    if (!/[0-9０-９]/.test(cell)) continue;
    const figure = parseDescribedFigure(cell);
    if (figure !== undefined) return figure.parsed.unit;
  }
  return null;
}

/**
 * The label of a line of the second column: text naming no kind of figure, or a category named by
 * a number whose unit is not the line's figures' (江南市 子ども・子育て 認定区分 「1号」, 「3歳以上 2号」
 * beside counts in 人: no figure of the line).
 */
function labelsLine(row: GridRow): boolean {
  const text = (row.cells[1] ?? '').trim();
  if (text === '' || namedLineRole(text) !== null) return false;
  const own = parseDescribedFigure(text);
  if (own === undefined) return true;
  const unit = figureUnit(row);
  return own.parsed.unit !== null && unit !== null && own.parsed.unit !== unit;
}

/**
 * A form's empty slot among the lines (事務事業評価表 「活動指標 (2)」 under 「活動指標 (1)」, no figure;
 * 「その他経費 | 千円」, its unit alone): a label of the second column and no figure after it. Read
 * as a line, its cells then listed as an empty slot's.
 */
function isEmptySlotLine(row: GridRow): boolean {
  if (!blank(row.cells[0]) || !isLineLabel(row.cells[1] ?? '')) return false;
  for (let c = 2; c < row.cells.length; c += 1)
    if (/[0-9０-９]/.test(row.cells[c] ?? '')) return false;
  return true;
}

/**
 * One group over all the lines (山中湖移動教室経費 事務事業評価表: 「指標値」, printed once in a merged
 * cell, over 活動指標 (1) … 成果指標 (2), the lines' names under no header): three lines or more,
 * two of them with figures, the first column printed on the first line only.
 */
function isOneGroup(grouped: readonly GridRow[][]): boolean {
  const [only] = grouped;
  return (
    grouped.length === 1 &&
    only !== undefined &&
    only.length >= 3 &&
    only.filter(holdsFigure).length >= 2
  );
}

/**
 * A line named across both label columns (江南市 子ども・子育て 進行管理 「確保方策-量の見込み | | 50人」
 * after the groups of 量の見込み and 確保方策, a merged cell): its first cell filled, its second empty.
 */
const spansLabels = (row: GridRow) => !blank(row.cells[0]) && blank(row.cells[1]);

/** A line named across both label columns with no figure after it (「具体方策 | | -」). */
function isEmptySpanningLine(row: GridRow): boolean {
  if (!spansLabels(row)) return false;
  for (let c = 2; c < row.cells.length; c += 1)
    if (/[0-9０-９]/.test(row.cells[c] ?? '')) return false;
  return true;
}

/**
 * The lines of the table split into groups at each filled first cell, or null. A line named across
 * both label columns is a group of its own: no line of the second column's may follow it.
 */
function groups(lines: readonly GridRow[]): GridRow[][] | null {
  const out: GridRow[][] = [];
  for (const line of lines) {
    if (spansLabels(line)) out.push([line]);
    else if (!labelsLine(line)) return null;
    else if (!blank(line.cells[0])) out.push([line]);
    else if (out.length === 0 || spansLabels(out.at(-1)?.[0] as GridRow)) return null;
    else out.at(-1)?.push(line);
  }
  return out;
}

/**
 * Groups of two lines or more, two of them at least, each other group a line named across both
 * label columns (the gaps between the groups' totals, 江南市 「確保方策-実績」).
 */
function twoLevelGroups(grouped: readonly GridRow[][]): boolean {
  let multi = 0;
  for (const group of grouped) {
    if (group.length >= 2) multi += 1;
    else if (!spansLabels(group[0] as GridRow)) return false;
  }
  return multi >= 2 && labelsRepeat(grouped);
}

/** Whether a label of the second column is printed in two groups or more: a kind of line, not a name. */
function labelsRepeat(grouped: readonly GridRow[][]): boolean {
  const seen = new Map<string, number>();
  grouped.forEach((group, g) => {
    for (const line of group) {
      const key = keyOf(line.cells[1] ?? '');
      if (seen.has(key) && seen.get(key) !== g) seen.set(key, -1);
      else if (!seen.has(key)) seen.set(key, g);
    }
  });
  return [...seen.values()].includes(-1);
}

/**
 * Two-level row labels (杉並区 子ども・子育て支援事業計画: 幼稚園在園児一時預かり over the lines
 * ①需要量, ②確保量, ②-①, then the next service over the same three): the first column names a
 * group on its first line only, the second, headed by nothing or by a word naming no role (区分,
 * 性別: 健康増進計画 がん検診受診率 over 男性 / 女性), names each line, and the same
 * labels come again in other groups. Each line is a KPI of its own, named by its group and its
 * label (「幼稚園在園児一時預かり ①需要量」: the label alone names no KPI, its ① no code), under
 * the group (a theme of the plan tree). Null unless the table is one block whose second column
 * has no header word naming a role, every line under the header holds a figure and a label of that column,
 * there are two groups or more, each of two lines or more, and a label repeats across groups;
 * lines named as kinds of figure (計画, 実績), or by other words where one line is the rates of the
 * other two (予定 / 結果 / 割合), are a KPI's lines, read by kpi-lines.ts.
 */
export function readGroupLineLabels(rows: readonly GridRow[]): TurnedTable | null {
  // The cheap test first (this runs on every table): the header names its second column.
  const first = rows.find(isHeaderCandidate);
  if (!first || !namesNoRole(first.cells[1])) return null;
  const block = tableBlock(rows);
  if (!block || !namesNoRole(block.header.cells[1])) return null;
  const start = block.body.findIndex(holdsFigure);
  if (start < 0) return null;
  const headerLines = block.body.slice(0, start);
  if (headerLines.some((r) => !blank(r.cells[1]))) return null;
  const lines = block.body.slice(start);
  if (!lines.every((l) => holdsFigure(l) || isEmptySlotLine(l) || isEmptySpanningLine(l)))
    return null;
  // A KPI's lines named by words no rule knows, one of them rates the other two give (予定 /
  // 結果 / 割合): a KPI's lines, read by kpi-lines.ts.
  if (rateNamedLines(block.body) !== null) return null;
  // Under a header word, lines of totals (富士市 会計: 一般 / 企業 / 計) are each group's sum, read
  // as such (totals.ts), not lines of their own.
  if (
    !blank(block.header.cells[1]) &&
    lines.some((l) => continuationLabel(l.cells[1] ?? '') === 'total')
  )
    return null;
  const repeated = groups(lines);
  const grouped =
    repeated && (twoLevelGroups(repeated) || isOneGroup(repeated))
      ? repeated
      : breakdownGroups(lines, isLineLabel);
  if (!grouped || (grouped.length < 2 && !isOneGroup(grouped))) return null;

  const origins = new Origins();
  const out: GridRow[] = [];
  for (const row of rows) {
    const at = out.length + 1;
    origins.keep(at, row);
    out.push({ row: at, cells: row.cells });
  }
  const headerAt = rows.indexOf(block.header) + 1;
  for (const group of grouped) {
    const name = (group[0]?.cells[0] ?? '').trim();
    for (const line of group) {
      const at = rows.indexOf(line);
      const cells = [...line.cells];
      const label = (line.cells[1] ?? '').trim();
      // A line with no label of its own (a group of one) is named by the first column alone.
      if (label === '') {
        [cells[0], cells[1]] = ['', name];
        origins.set(at + 1, 2, { row: line.row, column: 1 });
      } else cells[1] = `${name} ${label}`;
      out[at] = { row: at + 1, cells };
    }
  }
  return {
    rows: out,
    origin: origins.origin,
    headerRow: block.header.row,
    readAs: () => null,
    given: (row, column) =>
      row === headerAt && column === 1 ? GROUP : row === headerAt && column === 2 ? NAME : null,
  };
}
