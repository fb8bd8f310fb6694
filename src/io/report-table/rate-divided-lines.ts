import type { GridRow } from '../grid.ts';
import { figureNumber } from './column-contents.ts';
import { printedPercent, ratioGives } from './rate-explained-columns.ts';

/**
 * Whether a rate line divides one of two lines by the other: on every column where it prints a
 * rate and both lines a figure (one at least), one line's figure over the other's gives the rate
 * (いわき市 「見積り額 | 到達額 | 達成率」 over the years, its plan and result lines named by
 * words no rule knows: 2,085 ÷ 950 = 219.5%). The line the rate divides by is the plan, the other
 * its result: lines of figures read by the rates they explain, as a table's columns are
 * (role-search.ts), their words only evidence.
 */
export function rateDivides(
  rate: GridRow,
  a: GridRow,
  b: GridRow,
): 'second over first' | 'first over second' | null {
  let explained = 0;
  let over = 0;
  for (let column = 1; column < rate.cells.length; column += 1) {
    const p = printedPercent(rate.cells[column]);
    if (p === null) continue;
    const x = figureNumber(a.cells[column]);
    const y = figureNumber(b.cells[column]);
    if (Number.isNaN(x) || Number.isNaN(y)) continue;
    const yx = ratioGives(y / x, p);
    if (!yx && !ratioGives(x / y, p)) return null;
    explained += 1;
    if (yx) over += 1;
  }
  if (explained === 0) return null;
  return over === explained ? 'second over first' : 'first over second';
}

/**
 * The pairs of the table's `lines` a rate line divides ({@link rateDivides}), the plan (the line
 * divided by) first, one for every line no word names (`unnamed`): figure lines of one table on
 * its side, not KPIs. Null when some unnamed line is in none.
 */
export function rateDividedLines(
  rate: GridRow,
  unnamed: readonly GridRow[],
  lines: readonly GridRow[],
): [GridRow, GridRow][] | null {
  const pairs: [GridRow, GridRow][] = [];
  for (const u of unnamed) {
    let found = false;
    for (const l of lines) {
      if (l === u || l === rate) continue;
      const way = rateDivides(rate, l, u);
      if (way === null) continue;
      pairs.push(way === 'second over first' ? [l, u] : [u, l]);
      found = true;
      break;
    }
    if (!found) return null;
  }
  return pairs.length === 0 ? null : pairs;
}
