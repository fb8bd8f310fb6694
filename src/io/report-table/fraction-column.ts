import type { GridRow } from '../grid.ts';
import type { Column } from './header-map.ts';
import { SET_BY_HAND } from './header-map.ts';

/** A header naming what is counted over what it is counted against: 「実施数/計画数」, 「達成数／目標数」. */
const COUNT_OVER_WHOLE = /^[^/\d]{1,10}\/[^/\d]{1,10}$/;
/** A cell of a count over its whole: 「3/5」, 「12 / 15」. */
const FRACTION = /^\d[\d,]*\s*\/\s*\d[\d,]*$/;

/**
 * A column whose header is two words over each other and whose every cell is a fraction
 * (行政評価 取組の実施状況 「実施数/計画数」 over 「3/5」, 「8/10」, beside 実施率 60.0%): each cell
 * is the count reached out of the count planned, read as the actual (its whole the target, as any
 * actual cell 「3/5」 gives), though the header's second word took it for the target. One cell not a
 * fraction, or a role set by hand, and the column stays as its words read it.
 */
export function asFractionColumn(column: Column, sample: readonly GridRow[]): Column | null {
  // The cheap test first: a header with no slash is no such column.
  if (column.because === SET_BY_HAND || !column.label.includes('/')) return null;
  const label = column.label.normalize('NFKC').replace(/\s+/g, '');
  if (column.role.kind !== 'target' || !COUNT_OVER_WHOLE.test(label)) return null;
  let fractions = 0;
  for (const row of sample) {
    const cell = (row.cells[column.index] ?? '').normalize('NFKC').trim();
    if (cell === '') continue;
    if (!FRACTION.test(cell)) return null;
    fractions += 1;
  }
  if (fractions === 0) return null;
  const fiscalYear = 'fiscalYear' in column.role ? column.role.fiscalYear : null;
  return {
    ...column,
    role: { kind: 'actual', fiscalYear },
    because: `${column.because}, but its cells are fractions under 「${label}」: the count reached over its whole, read as the actual`,
  };
}
