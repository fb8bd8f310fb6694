import { parseFigureText } from '../../domain/figure-text.ts';
import type { GridRow } from '../grid.ts';
import type { Column } from './header-map.ts';

/**
 * The leftmost column headed by a rate's word over the lines' names, years to its right: the
 * word says what every line measures, not that the column prints rates (渋川市 特定健診
 * 「実施率 | 20年度 | 21年度 …」 over 「特定健康診査実施率 | 44.7パーセント | …」). Read as the
 * column naming the KPIs (as a first column no word names is), when no column is named for
 * the KPIs, a column of actuals follows, and every filled cell under it is a name (no figure),
 * two of them at least.
 */
export function withRateWordNameColumn(
  columns: readonly Column[],
  sample: readonly GridRow[],
): readonly Column[] {
  const first = columns[0];
  if (first?.role.kind !== 'rate' || columns.some((c) => c.role.kind === 'kpi')) return columns;
  if (!columns.some((c) => c.role.kind === 'actual')) return columns;
  let names = 0;
  for (const row of sample) {
    const cell = (row.cells[first.index] ?? '').trim();
    if (cell === '') continue;
    if (parseFigureText(cell) !== undefined || !/[^\d\s.,%％]/.test(cell)) return columns;
    names += 1;
  }
  if (names < 2) return columns;
  const because = `${first.because} over the lines' names: what they measure, not rates`;
  return columns.map((c) => (c === first ? { ...c, role: { kind: 'other' }, because } : c));
}
