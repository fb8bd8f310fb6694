import type { ColumnRole } from './column-role.ts';
import { classifyHeader, KPI_FIGURE_KINDS } from './column-role.ts';
import { parseDescribedFigure } from '../../domain/described-figure.ts';
import { parseFiscalYear } from '../../domain/fiscal-year.ts';
import type { GridRow } from '../grid.ts';
import type { CellOrigin, TurnedTable } from './cell-origin.ts';
import { Origins } from './cell-origin.ts';
import { isTableRow } from './table-block.ts';
import { chainedPairs, namedPairs } from './chained-pairs.ts';

/** A line of a record: its label and its value, each with its place in the file. */
interface RecordLine {
  readonly row: number;
  readonly key: string;
  readonly label: string;
  readonly value: string;
  readonly labelAt: CellOrigin;
  readonly valueAt: CellOrigin;
}

/** The roles a record's lines must name besides its KPI's, for the lines to be a record. */
const FIGURE_ROLES: ReadonlySet<ColumnRole['kind']> = new Set([...KPI_FIGURE_KINDS, 'grade']);

const keyOf = (label: string) => label.normalize('NFKC').replace(/\s+/g, '');

const isKpiLabel = (label: string) => classifyHeader(label).role.kind === 'kpi';

/** A year alone (令和5年度, H30, 2023年度): a header's, no KPI's name. */
const YEAR_ALONE = /^(?:令和|平成|昭和|[HRS])?(?:元|\d{1,4})年?度?$/;
const isYearAlone = (text: string): boolean => {
  const words = text.normalize('NFKC').replace(/\s+/g, '');
  return YEAR_ALONE.test(words) && parseFiscalYear(words) !== undefined;
};

/** A label and its value in one cell: 「基準値(H30)：52.0%」, 「目標値……60.0%」, 「R5実績値 55.0%」. */
const ONE_CELL = /^(.+?)(?:\s*[:：]\s*|\s*[…‥・.．]{2,}\s*|\s+)(\S.*)$/;

/** A label spaced out before its colon (「定 義:市営住宅の水洗化戸数」): split at the colon. */
const SPACED_LABEL = /^([^:：]{1,12}?)\s*[:：]\s*(\S.*)$/;

/**
 * The lines of a record a row holds: two filled cells, a label and its value; or one cell
 * holding both, split where a colon or leader dots stand, or a space before a figure or after
 * a label naming the KPI; or one cell chaining several pairs with arrows (「結 果:従前値:246 戸
 * (24 年度)⇒目標値:263 戸(27 年度)⇒実績値:263 戸(100%)」, or its wrapped rest 「⇒実績値:…」),
 * one line each, all of that cell (`chained-pairs.ts`). Null for any other line (a title, a
 * note, a grid's row).
 */
function recordLines(row: GridRow): RecordLine[] | null {
  const filled = row.cells.flatMap((c, i) => (c.trim() === '' ? [] : [i]));
  const [at, next] = filled;
  if (at === undefined) return null;
  const text = row.cells[at] ?? '';
  const labelAt = { row: row.row, column: at + 1 };
  if (filled.length === 2 && next !== undefined) {
    const value = row.cells[next] ?? '';
    return [line(row.row, text, value, labelAt, next)];
  }
  if (filled.length !== 1) return null;
  const chain = namedPairs(text) ?? chainedPairs(text);
  if (chain !== null) return chain.map((p) => line(row.row, p.label, p.value, labelAt, at));
  const trimmed = text.trim();
  const spacedLabel = SPACED_LABEL.exec(trimmed);
  const split =
    spacedLabel?.[1] !== undefined && /\s/.test(spacedLabel[1])
      ? spacedLabel
      : ONE_CELL.exec(trimmed);
  if (!split?.[1] || !split[2]) return null;
  const [, label, value] = split;
  const between = trimmed.slice(label.length, trimmed.length - value.length);
  const spaced = !/[:：…‥・.．]/.test(between);
  const kind = classifyHeader(label).role.kind;
  if (kind === 'other') return null;
  if (spaced && kind !== 'kpi' && parseDescribedFigure(value) === undefined) return null;
  return [line(row.row, label, value, labelAt, at)];
}

/**
 * A KPI's label numbered with its code (「指標①」, 「指標1」, 「成果指標(2)」): the label and the
 * code apart, so that every record's label is one column and the code goes with the name.
 */
const NUMBERED_LABEL = /^(.*?\D)\s*([\u2460-\u2473]|[(（]?\d{1,2}[)）]?)$/;

/** A name printed in quotes as a whole (「「市営住宅水洗化戸数」」): the name. */
const QUOTED = /^[「『"“](.+)[」』"”]$/;

function line(
  row: number,
  label: string,
  value: string,
  labelAt: CellOrigin,
  valueColumn: number,
): RecordLine {
  const numbered = NUMBERED_LABEL.exec(label.trim());
  const code = numbered?.[1] && classifyHeader(numbered[1]).role.kind === 'kpi' ? numbered : null;
  const name = QUOTED.exec(value.trim())?.[1];
  return {
    row,
    key: keyOf(code?.[1] ?? label),
    label: code?.[1] ?? label,
    value: code?.[2] ? `${code[2]} ${name ?? value.trim()}` : value,
    labelAt,
    valueAt: { row, column: valueColumn + 1 },
  };
}

/**
 * A KPI given as lines of 「項目 … 値」 rather than as a row of a grid, one record after another
 * (「成果指標 | 市民満足度」, 「基準値(H30) | 52.0%」, 「目標値(R6) | 60.0%」, 「R5実績値 | 55.0%」,
 * 「達成率 | 37.5%」, then the next KPI's lines): each record becomes a row, under a header of the
 * labels in the order they first appear; a label printed again in a later record is a copy of
 * the header's. A record starts at each line whose label names the KPI (指標, 成果指標, KPI …).
 * Null unless every line of the table is such a line, the first names a KPI, and the records'
 * labels name at least two kinds of figure (baseline, actual, target, rate …).
 */
export function readKeyValueRecords(rows: readonly GridRow[]): TurnedTable | null {
  const read: { row: GridRow; lines: RecordLine[] | null }[] = [];
  for (const row of rows) {
    const lines = recordLines(row);
    // Stops at the first row of a grid: most tables are grids.
    if (lines === null && isTableRow(row)) return null;
    read.push({ row, lines });
  }
  const start = read.findIndex((r) => r.lines?.some((l) => isKpiLabel(l.label)));
  const lines = read.flatMap((r, i) => (i < start ? [] : (r.lines ?? [])));
  const roles = new Map<string, ColumnRole['kind']>();
  for (const read of lines) {
    if (!roles.has(read.key)) roles.set(read.key, classifyHeader(read.label).role.kind);
  }
  const [first] = lines;
  if (!first || roles.get(first.key) !== 'kpi') return null;
  // 「項目 | 令和5年度」 over 「計画 | 12件」 names the year of a block's column, no KPI: a block
  // with a header of its own under its heading line (行政改革推進計画 【取組1】 …), read by the
  // block rewrites.
  if (lines.some((l) => roles.get(l.key) === 'kpi' && isYearAlone(l.value))) return null;
  const figures = new Set([...roles.values()].filter((r) => FIGURE_ROLES.has(r)));
  if (figures.size < 2) return null;

  const records: RecordLine[][] = [];
  for (const read of lines) {
    const record = records.at(-1);
    if (roles.get(read.key) === 'kpi' || !record) records.push([read]);
    // A label twice in one record is no record of this shape.
    else if (record.some((l) => l.key === read.key)) return null;
    else record.push(read);
  }
  // The header: each label once, where it first appears, its later prints its copies.
  const keys: string[] = [];
  const firstPlace = new Map<string, CellOrigin>();
  const copies = new Map<string, CellOrigin[]>();
  for (const read of lines) {
    if (!firstPlace.has(read.key)) {
      keys.push(read.key);
      firstPlace.set(read.key, read.labelAt);
      copies.set(read.key, []);
    } else copies.get(read.key)?.push(read.labelAt);
  }
  const origins = new Origins();
  const out = titleLines(read, start, origins);
  const headerRow = out.length + 1;
  const header = keys.map((key, c) => {
    const place = firstPlace.get(key) ?? { row: 1, column: 1 };
    origins.set(headerRow, c + 1, place);
    return lines.find((l) => l.key === key)?.label ?? key;
  });
  out.push({ row: headerRow, cells: header });
  records.forEach((record, i) => {
    const row = headerRow + i + 1;
    const cells = keys.map(() => '');
    for (const read of record) {
      const c = keys.indexOf(read.key);
      cells[c] = read.value;
      origins.set(row, c + 1, read.valueAt);
    }
    out.push({ row, cells });
  });
  return {
    rows: out,
    origin: origins.origin,
    headerRow: first.row,
    readAs: () => null,
    copies: (row, column) => (row === headerRow ? (copies.get(keys[column - 1] ?? '') ?? []) : []),
  };
}

/**
 * The lines that are no record's, kept as they are, and the lines of 「項目 … 値」 before the first
 * naming a KPI (a form's box of the plan: 「①計画の名称 | 備前市地域住宅計画」), each cell a title
 * line of its own: the sheet's, not the KPIs', and no header (「⑤計画の目標 | …重点的に推進…」
 * names two roles).
 */
function titleLines(
  read: readonly { row: GridRow; lines: RecordLine[] | null }[],
  start: number,
  origins: Origins,
): GridRow[] {
  const out: GridRow[] = [];
  read.forEach(({ row, lines }, i) => {
    if (lines === null) {
      origins.keep(out.length + 1, row);
      out.push({ row: out.length + 1, cells: row.cells });
      return;
    }
    if (i >= start) return;
    row.cells.forEach((cell, c) => {
      if (cell.trim() === '') return;
      origins.set(out.length + 1, 1, { row: row.row, column: c + 1 });
      out.push({ row: out.length + 1, cells: [cell] });
    });
  });
  return out;
}
