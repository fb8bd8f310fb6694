import type { GridRow } from '../grid.ts';
import { parseFiscalYear } from '../../domain/fiscal-year.ts';
import { namesYear } from './bracketed-year-label.ts';
import type { CellOrigin, GivenRole, TurnedTable } from './cell-origin.ts';
import { Origins } from './cell-origin.ts';
import { classifyHeader } from './column-role.ts';
import { tableBlock } from './table-block.ts';

/** A title or corner that says the rows are results: 実績, their 推移. */
const RESULTS = /実績|推移/;

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
 * 13 or above (平成), a number below the one before it (30 then 1) the first years of 令和.
 * Null when a label is neither, or bare numbers do not run on year by year.
 */
export function yearLabels(labels: readonly string[]): string[] | null {
  const years: string[] = [];
  let era: 'H' | 'R' | null = null;
  let last = 0;
  for (const raw of labels) {
    const label = raw.normalize('NFKC').trim();
    const bare = /^(元|\d{1,2})$/.exec(label)?.[1];
    if (bare === undefined) {
      if (!namesYear(label)) return null;
      years.push(raw.trim());
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
  return years;
}

/**
 * A table of results with a row per year and a column per measure (高崎市 女性委員登用の年度別実績:
 * 「年度 | 附属機関等の数 | 委員数 (総数, 女性委員数) | 女性委員の割合% | …」 over 「28 | 122機関 |
 * 1,608人 | …」): turned so that each column is a KPI, its header its name (a spanning header's
 * word before its own: 「委員数 女性委員数」), and each year a column of actuals. Three years at
 * least, two columns or more that no role word names (names of measures, not 計画 / 実績 / 達成率:
 * those are one KPI's, read by `year-rows.ts`), one line of sub-headers at most, and a title or
 * corner saying the rows are results (実績, 推移): a plan's own table of years is not this.
 */
export function turnYearRowKpis(rows: readonly GridRow[]): TurnedTable | null {
  // The cheap test first (this runs on every table): a word of results in its first lines.
  if (!rows.slice(0, 6).some((r) => r.cells.some((c) => RESULTS.test(c)))) return null;
  const block = tableBlock(rows);
  if (!block) return null;
  const { header, above } = block;
  const sub = (block.body[0]?.cells[0] ?? '').trim() === '' ? block.body[0] : undefined;
  const body = sub ? block.body.slice(1) : block.body;
  if (body.length < 3) return null;
  const said = [...above.flatMap((r) => r.cells), header.cells[0] ?? ''].join(' ');
  if (!RESULTS.test(said)) return null;
  const years = yearLabels(body.map((r) => r.cells[0] ?? ''));
  if (years === null) return null;
  const width = Math.max(...[header, ...(sub ? [sub] : []), ...body].map((r) => r.cells.length));
  const columns: { label: string; from: CellOrigin[] }[] = [];
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
    columns.push({ label, from });
  }
  const named = columns.filter(
    (c) => c.label !== '' && classifyHeader(c.label).role.kind === 'other',
  );
  if (named.length < 2 || columns.some((c) => c.label === '')) return null;
  const origins = new Origins();
  const out = origins.keepAll(above);
  const top = out.length + 1;
  origins.set(top, 1, { row: header.row, column: 1 });
  body.forEach((r, i) => origins.set(top, i + 2, { row: r.row, column: 1 }));
  out.push({ row: top, cells: [header.cells[0] ?? '', ...years] });
  const extra = new Map<string, CellOrigin[]>();
  columns.forEach((c, i) => {
    const line = top + 1 + i;
    const [first, ...others] = c.from;
    if (first) origins.set(line, 1, first);
    extra.set(`${line}:1`, others);
    body.forEach((r, j) => origins.set(line, j + 2, { row: r.row, column: i + 2 }));
    out.push({ row: line, cells: [c.label, ...body.map((r) => r.cells[i + 1] ?? '')] });
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
