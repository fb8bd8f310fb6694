import { beforePlan, namesYear } from './bracketed-year-label.ts';
import type { GridRow } from '../grid.ts';
import { classifyHeader } from './column-role.ts';
import type { GivenRole, TurnedTable } from './cell-origin.ts';
import { Origins } from './cell-origin.ts';
import { tableBlock } from './table-block.ts';
import { countsFromFirstYear } from './base-year-row.ts';

/** The total's actual: the running total over the years, whatever its header says. */
const RUNNING: GivenRole = {
  role: 'cumulative',
  because: 'rewritten from rows of years: the total row, a running total',
};

const isYear = namesYear;

/** The year before the plan's results: the baseline, whatever its header says. */
const BASE: GivenRole = {
  role: 'baseline',
  because: 'rewritten from rows of years: the year before the plan, its result the baseline',
};

/** The first year where the cuts are counted from it (`base-year-row.ts`): the baseline. */
const FIRST_BASE: GivenRole = {
  role: 'baseline',
  because: 'rewritten from rows of years: the first year, the base its changes count from',
};

/** The base year's own rate of change (削減率 0.00%): nothing changed yet, kept as printed. */
const BASE_RATE: GivenRole = {
  role: 'other',
  because: 'rewritten from rows of years: the base year’s own rate of change, nothing changed yet',
};

/**
 * A one-KPI table with a row per fiscal year (神川町 22 年度 … 26 年度 and 計; いわき市 once
 * turned, 18年度 … 22年度 and its total): its first column names two or more years, then at
 * most one row that is not a year, the period's total. Rewritten as one KPI row under a
 * two-row header, the table's columns once per year, each with its year under it (計画額 over
 * 18年度): a year's plan is its milestone, its actual the year's, its rate that year's; the
 * total's plan is the KPI's target, its rate the KPI's, and its actual the running total
 * (given the role, its header words kept); the year before the plan (計画前年度) its baseline. The
 * KPI is named by the one title line above the table (of several, the first when the header's
 * corner is empty), else by the header of its year column. Null for any other table.
 */
export function turnYearRows(
  rows: readonly GridRow[],
  given?: TurnedTable['given'],
): TurnedTable | null {
  const block = tableBlock(rows);
  if (!block) return null;
  const { header, body, above } = block;
  // At most one row (the last, the total) is not a year: stop at a second (this runs on every table).
  let notYears = 0;
  const yearRows = body.filter((r) => {
    if (notYears > 1) return false;
    const year = isYear(r.cells[0] ?? '');
    if (!year) notYears += 1;
    return year;
  });
  if (notYears > 1) return null;
  const total = body.length - yearRows.length === 1 ? body.at(-1) : undefined;
  if (yearRows.length < 2 || (yearRows.length !== body.length && !total)) return null;
  if (total && isYear(total.cells[0] ?? '')) return null;
  // The one title line above names the KPI; of several, the first (its heading) when the
  // header's corner is empty (津野町 「② 実質公債費比率」 over 「(ⅰ)推移表」).
  const corner = (header.cells[0] ?? '').trim() === '';
  const named = above.length === 1 || (corner && above.length > 1) ? above[0] : undefined;
  const origins = new Origins();
  const at = origins.set.bind(origins);
  const out = origins.keepAll([...above, ...block.below].filter((r) => r !== named));
  const width = Math.max(...[header, ...body].map((r) => r.cells.length));
  const labels = Array.from({ length: width - 1 }, (_, i) => header.cells[i + 1] ?? '');
  const words: string[] = [header.cells[0] ?? ''];
  const years: string[] = [''];
  // A title line's cells joined: a heading printed with its unit beside it (「(単位:%)」) names it so.
  const title = named?.cells.filter((c) => c.trim() !== '').join(' ');
  const kpi: string[] = [title ?? words[0]!];
  const [top, lower, line] = [out.length + 1, out.length + 2, out.length + 3];
  at(top, 1, { row: header.row, column: 1 });
  const kpiCell = named ? named.cells.findIndex((c) => c.trim() !== '') + 1 : 1;
  at(line, 1, { row: (named ?? header).row, column: kpiCell });
  const from: string[] = ['the first column'];
  const running = new Set<number>();
  const base = new Set<number>();
  // The first year, where the rates of change count from it (削減率 0.00%), is the base.
  const baseRow = countsFromFirstYear(header, yearRows[0]) ? yearRows[0] : undefined;
  const firstBase = new Set<number>();
  const baseRates = new Set<number>();
  for (const r of body) {
    labels.forEach((label, i) => {
      const column = words.length + 1;
      // A role an earlier rewrite gave the header cell (a line a rate divides) is its kind.
      const kind = given?.(header.row, i + 2)?.role ?? classifyHeader(label).role.kind;
      const actual = kind === 'actual';
      if (r === total && actual) running.add(column);
      if (actual && r === baseRow) firstBase.add(column);
      else if (actual && beforePlan(r.cells[0] ?? '')) base.add(column);
      // Its own rate printed (0.00%), not left empty: kept as printed, no rate of a year.
      const printed = (r.cells[i + 1] ?? '').trim() !== '';
      if (r === baseRow && printed && kind === 'rate') baseRates.add(column);
      words.push(label);
      years.push(r.cells[0] ?? '');
      kpi.push(r.cells[i + 1] ?? '');
      from.push(`the ${(r.cells[0] ?? '').trim()} row's ${label.trim()}`);
      at(top, column, { row: header.row, column: i + 2 });
      at(lower, column, { row: r.row, column: 1 });
      at(line, column, { row: r.row, column: i + 2 });
    });
  }
  out.push({ row: top, cells: words }, { row: lower, cells: years }, { row: line, cells: kpi });
  return {
    rows: out,
    origin: origins.origin,
    headerRow: header.row,
    readAs: (column) => from[column - 1] ?? `column ${column}`,
    given: (row, column) => {
      if (row !== top) return null;
      if (baseRates.has(column)) return BASE_RATE;
      if (firstBase.has(column)) return FIRST_BASE;
      return running.has(column) ? RUNNING : base.has(column) ? BASE : null;
    },
  };
}
