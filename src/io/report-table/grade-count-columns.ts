import { GRADE_MARKS } from '../../domain/grade-scale.ts';
import type { GridRow } from '../grid.ts';
import type { Column, HeaderMap } from './header-map.ts';

/**
 * A header naming a grade, alone or with what it stands for, after any word spanning the grades:
 * 「実施状況 A 計画どおり」, 「B ほぼ 計画どおり」, 「◎」. The grade is a word of its own.
 */
const GRADE_HEADER = new RegExp(`(?:^|\\s)(${GRADE_MARKS})(?=$|[\\s:：])`);
/** A header that counts what the row holds: 個別計画数, 項目数, 指標数. */
const COUNT_HEADER = /数$/;
const WHOLE = /^\d{1,4}$/;

const squeezed = (c: Column) => c.label.replace(/\s+/g, '');
const cellOf = (r: GridRow, c: Column) => (r.cells[c.index] ?? '').trim();

/**
 * Why a table with no actuals is a summary of counts per grade, each grade a column of its own
 * (大多喜町 行政改革 取組結果: per 大項目 its 個別計画数, then how many plans were graded
 * A 計画どおり / B ほぼ計画どおり / C やや遅れ気味 / D 未着手, 34 = 26 + 7 + 1, a grade no plan got left
 * empty): two columns or more headed by a grade, a column headed by a count, and on every row
 * the grades' counts adding up to it; null when not.
 */
export function gradeCountColumnsReason(
  header: HeaderMap,
  data: readonly GridRow[],
): string | null {
  const graded = header.columns.filter((c) => c.index > 0 && GRADE_HEADER.test(c.label.trim()));
  const grades = new Set(graded.map((c) => GRADE_HEADER.exec(c.label.trim())?.[1]));
  if (graded.length < 2 || grades.size !== graded.length) return null;
  const rows = data.filter((r) => r.cells.some((cell) => cell.trim() !== ''));
  if (rows.length < 2) return null;
  for (const counting of header.columns) {
    if (counting.index === 0 || graded.includes(counting)) continue;
    if (!COUNT_HEADER.test(squeezed(counting))) continue;
    const adds = (r: GridRow) => {
      const count = cellOf(r, counting);
      const parts = graded.map((c) => cellOf(r, c));
      if (!WHOLE.test(count) || !parts.every((p) => p === '' || WHOLE.test(p))) return false;
      return parts.reduce((sum, p) => sum + (p === '' ? 0 : Number(p)), 0) === Number(count);
    };
    if (!rows.every(adds)) continue;
    const example = rows[0];
    if (example === undefined) return null;
    const terms = graded.map((c) => cellOf(example, c)).filter((p) => p !== '');
    return (
      `not a KPI table: a summary of counts per grade, a column each ("${squeezed(counting)}" ` +
      `${cellOf(example, counting)} = ${terms.join(' + ')} in row ${example.row}), ` +
      'not the figures of each KPI'
    );
  }
  return null;
}
