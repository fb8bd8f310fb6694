import type { GridRow } from '../grid.ts';
import { formatFiscalYear, parseFiscalYear } from '../../domain/fiscal-year.ts';
import { namesYear } from './bracketed-year-label.ts';
import type { CellOrigin, GivenRole, TurnedTable } from './cell-origin.ts';
import { Origins } from './cell-origin.ts';
import { classifyHeader } from './column-role.ts';
import { tableBlock } from './table-block.ts';
import { repeatedCornerParts } from './repeated-corner.ts';
import { surveyDateYear } from './survey-date-label.ts';

/** A title or corner that says the rows are results: 実績, their 推移, the 調査時点 they were counted at. */
const RESULTS = /実績|推移|調査時点/;

const ACTUAL: GivenRole = {
  role: 'actual',
  because: "rewritten from rows of years: each year's row, its figures that year's",
};
const NAMES: GivenRole = {
  role: 'kpi',
  because: 'rewritten from rows of years: the columns’ headers, one KPI each',
};

/**
 * The years a column of year labels names, top to bottom: labels with a year as such
 * (「平成28年度」), or bare numbers (高崎市 「28」 … 「30」, 「1」 … 「4」) counted on from a first of
 * 13 or above (平成), a number below the one before it (30 then 1) the first years of 令和, or
 * survey dates (「令和 2年4月1日」: the fiscal year the day falls in, written as one).
 * Null when a label is none of these, bare numbers do not run on year by year, or two labels
 * name one year.
 */
export function yearLabels(labels: readonly string[]): string[] | null {
  const years: string[] = [];
  let era: 'H' | 'R' | null = null;
  let last = 0;
  for (const raw of labels) {
    const label = raw.normalize('NFKC').trim();
    const bare = /^(元|\d{1,2})$/.exec(label)?.[1];
    if (bare === undefined) {
      const dated = surveyDateYear(label);
      if (dated !== null) years.push(formatFiscalYear(dated, 'japanese'));
      else if (namesYear(label)) years.push(raw.trim());
      else return null;
      continue;
    }
    const n = bare === '元' ? 1 : Number(bare);
    if (era === null) era = n >= 13 ? 'H' : 'R';
    else if (n === last + 1) {
      // the next year of the same era
    } else if (era === 'H' && n === 1 && last >= 30) era = 'R';
    else return null;
    last = n;
    const year = parseFiscalYear(`${era}${n}`);
    if (year === undefined) return null;
    years.push(`${era === 'H' ? '平成' : '令和'}${n === 1 ? '元' : n}年度`);
  }
  // Two survey dates of one fiscal year (4月1日 and 3月31日) are not a row per year.
  return new Set(years).size === years.length ? years : null;
}

/** A column of the turned table: its name, the file cells it is named by, and its cells. */
interface MeasureColumn {
  readonly label: string;
  readonly from: CellOrigin[];
  readonly cells: { text: string; at: CellOrigin }[];
}

/**
 * The columns of one part of the table: each column's label (a spanning header's word before its
 * own: 「委員数 女性委員数」) and its cells under the part's header (and sub-header line).
 */
function partColumns(header: GridRow, sub: GridRow | undefined, body: readonly GridRow[]) {
  const width = Math.max(...[header, ...(sub ? [sub] : []), ...body].map((r) => r.cells.length));
  const columns: MeasureColumn[] = [];
  let spanning: { text: string; column: number } | null = null;
  for (let c = 1; c < width; c += 1) {
    const top = (header.cells[c] ?? '').trim();
    const low = (sub?.cells[c] ?? '').trim();
    if (top !== '') spanning = low === '' ? null : { text: top, column: c };
    const over = top === '' && low !== '' ? spanning : null;
    const from: CellOrigin[] = [];
    if (top !== '') from.push({ row: header.row, column: c + 1 });
    if (over) from.push({ row: header.row, column: over.column + 1 });
    if (low !== '' && sub) from.push({ row: sub.row, column: c + 1 });
    const label = [top || over?.text || '', low].filter((t) => t !== '').join(' ');
    const cells = body.map((r) => ({ text: r.cells[c] ?? '', at: { row: r.row, column: c + 1 } }));
    columns.push({ label, from, cells });
  }
  return columns;
}

/**
 * A table of results with a row per year and a column per measure (高崎市 女性委員登用の年度別実績:
 * 「年度 | 附属機関等の数 | 委員数 (総数, 女性委員数) | 女性委員の割合% | …」 over 「28 | 122機関 |
 * 1,608人 | …」): turned so that each column is a KPI, its header its name (a spanning header's
 * word before its own: 「委員数 女性委員数」), and each year a column of actuals. Three years at
 * least, two columns or more that no role word names (names of measures, not 計画 / 実績 / 達成率:
 * those are one KPI's, read by `year-rows.ts`), one line of sub-headers at most, and a title or
 * corner saying the rows are results (実績, 推移, 調査時点): a plan's own table of years is not this.
 * The rows may be survey dates (滋賀県 「令和3年4月1日」, each its fiscal year's), and the table
 * printed in parts under its header printed again (`repeated-corner.ts`): the parts' columns are
 * read side by side, a column a later part repeats read once.
 */
export function turnYearRowKpis(rows: readonly GridRow[]): TurnedTable | null {
  // The cheap test first (this runs on every table): a word of results in its first lines.
  if (!rows.slice(0, 6).some((r) => r.cells.some((c) => RESULTS.test(c)))) return null;
  const block = tableBlock(rows);
  if (!block) return null;
  const { header, above } = block;
  const parts = repeatedCornerParts(header, block.body);
  const sub = !parts && (block.body[0]?.cells[0] ?? '').trim() === '' ? block.body[0] : undefined;
  const body = parts ? (parts[0]?.body ?? []) : sub ? block.body.slice(1) : block.body;
  if (body.length < 3) return null;
  const said = [...above.flatMap((r) => r.cells), header.cells[0] ?? ''].join(' ');
  if (!RESULTS.test(said)) return null;
  const years = yearLabels(body.map((r) => r.cells[0] ?? ''));
  if (years === null) return null;
  const columns: MeasureColumn[] = [];
  const extra = new Map<string, CellOrigin[]>();
  const copy = (key: string, from: readonly CellOrigin[]) =>
    extra.set(key, [...(extra.get(key) ?? []), ...from]);
  const top = above.length + 1;
  for (const [p, part] of (parts ?? [{ header, body }]).entries()) {
    for (const column of partColumns(part.header, p === 0 ? sub : undefined, part.body)) {
      const texts = (c: MeasureColumn) =>
        [c.label, ...c.cells.map((x) => x.text.trim())].join('\n');
      const same = p === 0 ? -1 : columns.findIndex((c) => texts(c) === texts(column));
      if (same < 0) {
        columns.push(column);
        continue;
      }
      // A column the part prints again (機関数 beside each part's own): read once.
      const line = top + 1 + same;
      copy(`${line}:1`, column.from);
      column.cells.forEach((x, j) => copy(`${line}:${j + 2}`, [x.at]));
    }
    if (p === 0) continue;
    // The part's corner and row labels are the first part's, printed again.
    copy(`${top}:1`, [{ row: part.header.row, column: 1 }]);
    part.body.forEach((r, j) => copy(`${top}:${j + 2}`, [{ row: r.row, column: 1 }]));
  }
  const named = columns.filter(
    (c) => c.label !== '' && classifyHeader(c.label).role.kind === 'other',
  );
  if (named.length < 2 || columns.some((c) => c.label === '')) return null;
  const origins = new Origins();
  const out = origins.keepAll(above);
  origins.set(top, 1, { row: header.row, column: 1 });
  body.forEach((r, i) => origins.set(top, i + 2, { row: r.row, column: 1 }));
  out.push({ row: top, cells: [header.cells[0] ?? '', ...years] });
  columns.forEach((c, i) => {
    const line = top + 1 + i;
    const [first, ...others] = c.from;
    if (first) origins.set(line, 1, first);
    copy(`${line}:1`, others);
    c.cells.forEach((x, j) => origins.set(line, j + 2, x.at));
    out.push({ row: line, cells: [c.label, ...c.cells.map((x) => x.text)] });
  });
  origins.append(out, block.below);
  return {
    rows: out,
    origin: origins.origin,
    headerRow: header.row,
    readAs: (column) =>
      column === 1 ? 'the header' : `the ${(body[column - 2]?.cells[0] ?? '').trim()} row`,
    given: (row, column) => (row !== top ? null : column === 1 ? NAMES : ACTUAL),
    copies: (row, column) => extra.get(`${row}:${column}`) ?? [],
  };
}
