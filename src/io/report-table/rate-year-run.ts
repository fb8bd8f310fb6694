import type { GridRow } from '../grid.ts';
import type { Column } from './header-map.ts';
import { SET_BY_HAND } from './header-map.ts';
import { headerYear } from './column-role.ts';
import { isNoRateMark, isPercentRate } from './rate-cell.ts';
import { isUnreadable } from './table-reader.ts';

/** Whether a column's sampled cells are percentages (gaps aside), one at least. */
function holdsPercentages(sample: readonly GridRow[], index: number): boolean {
  let rates = 0;
  for (const row of sample) {
    const cell = (row.cells[index] ?? '').trim();
    if (cell === '' || isNoRateMark(cell) || isUnreadable(cell)) continue;
    if (!isPercentRate(cell)) return false;
    rates += 1;
  }
  return rates > 0;
}

/**
 * The columns headed by a year alone that go on a rate column's run of years (兵庫県 シカ
 * 「達成率(%) H24 | H25 | H26 (見通し)」, the later years' cells under the rate's spanning header
 * printed as their own), their cells percentages as the rate's are: those years' rates, kept as
 * printed, not that year's actuals (「H25」 alone reads as one by its words). Else the columns as
 * they are. A role set by hand stays.
 */
export function withRateYearRun(
  columns: readonly Column[],
  sample: readonly GridRow[],
): readonly Column[] {
  // Most tables have no rate column whose header names a year: told at once.
  const dated = (c: Column | undefined) =>
    c !== undefined && c.role.kind === 'rate' && headerYear(c.label.replace(/\s+/g, '')) !== null;
  if (!columns.some(dated)) return columns;
  const out = [...columns];
  for (let i = 1; i < out.length; i += 1) {
    const c = out[i] as Column;
    const before = out[i - 1];
    const inRun = dated(before) || (before?.because ?? '').startsWith(RUN_BECAUSE);
    if (!inRun || c.because === SET_BY_HAND || c.role.kind !== 'actual') continue;
    if (c.because !== 'only a fiscal year' || !holdsPercentages(sample, c.index)) continue;
    out[i] = { ...c, role: { kind: 'other' }, because: `${RUN_BECAUSE} (${before?.label ?? ''})` };
  }
  return out;
}

const RUN_BECAUSE = "a year going on the rate column's years, its cells rates: kept as printed";
