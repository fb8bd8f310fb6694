import { parseFigureText } from '../../domain/figure-text.ts';
import { parseFiscalYear } from '../../domain/fiscal-year.ts';
import type { GridRow } from '../grid.ts';
import type { GivenRole, TurnedTable } from './cell-origin.ts';
import { Origins } from './cell-origin.ts';
import { isTableRow } from './table-block.ts';

const ACTUAL: GivenRole = {
  role: 'actual',
  because: "rewritten from lines of a year and its figure: each line's figure that year's",
};
const NAME: GivenRole = {
  role: 'kpi',
  because: 'rewritten from lines of a year and its figure: the line naming them above',
};

/** A bullet a listed line begins with: ・, •, ･. */
const BULLET = /^[・•･]\s*/;
/** A heading in brackets over lines (「<政策目標>」, 「【達成状況】」): not a name. */
const HEADING = /^[<＜【［[][^<>＜＞【】［］[\]]*[>＞】］\]]$/;

/** Whether a row is a listed year and its figure: 「・平成18年度 | 19人」. */
function isYearFigure(row: GridRow): boolean {
  const filled = row.cells.filter((c) => c.trim() !== '');
  if (filled.length !== 2 || (row.cells[0] ?? '').trim() === '') return false;
  const year = (row.cells[0] ?? '').trim().replace(BULLET, '');
  return parseFiscalYear(year) !== undefined && parseFigureText(filled[1] ?? '') !== undefined;
}

/**
 * One KPI's results written as lines of a year and its figure under lines of words (鳥取県 障害
 * 福祉計画 政策目標: 「福祉施設からの一般就労移行者数」, its goal 「・平成17年度 12人 → 平成26年度
 * 64人 (…)」, then 「・平成18年度 | 19人」 …): turned into one KPI row under a header of the
 * years, named by the last line of words above that is no heading in brackets, its goal line
 * (an arrow between two years' figures) read with the name (`arrow-goal.ts`). Three years at
 * least, every line above the years a line of one cell, none after them but lines of one cell.
 */
export function turnYearFigureLines(rows: readonly GridRow[]): TurnedTable | null {
  const first = rows.findIndex(isTableRow);
  if (first < 1) return null;
  let end = first;
  while (end < rows.length && isYearFigure(rows[end] as GridRow)) end += 1;
  const years = rows.slice(first, end);
  if (years.length < 3 || rows.slice(end).some(isTableRow)) return null;
  const above = rows.slice(0, first);
  const text = (r: GridRow) => r.cells.find((c) => c.trim() !== '')?.trim() ?? '';
  const goal = above.findLast((r) => text(r).includes('→'));
  const name = above.findLast((r) => r !== goal && !HEADING.test(text(r)) && text(r) !== '');
  if (name === undefined) return null;
  const origins = new Origins();
  const out = origins.keepAll(above.filter((r) => r !== name && r !== goal));
  const [top, line] = [out.length + 1, out.length + 2];
  years.forEach((r, i) => {
    origins.set(top, i + 2, { row: r.row, column: 1 });
    origins.set(line, i + 2, { row: r.row, column: 2 });
  });
  const nameColumn = name.cells.findIndex((c) => c.trim() !== '') + 1;
  origins.set(line, 1, { row: name.row, column: nameColumn });
  const goalColumn = goal ? goal.cells.findIndex((c) => c.trim() !== '') + 1 : 0;
  const label = goal ? `${text(name)} ${text(goal)}` : text(name);
  out.push(
    { row: top, cells: ['', ...years.map((r) => (r.cells[0] ?? '').trim())] },
    { row: line, cells: [label, ...years.map((r) => r.cells[1] ?? '')] },
  );
  origins.append(out, rows.slice(end));
  return {
    rows: out,
    origin: origins.origin,
    headerRow: null,
    readAs: (column) =>
      column === 1 ? 'the line naming them' : `the ${text(years[column - 2] as GridRow)} line`,
    given: (row, column) => (row !== top ? null : column === 1 ? NAME : ACTUAL),
    copies: (row, column) =>
      goal && row === line && column === 1 ? [{ row: goal.row, column: goalColumn }] : [],
  };
}
