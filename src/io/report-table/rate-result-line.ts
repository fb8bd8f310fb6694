import type { ColumnRoleName } from '../../domain/column-role-name.ts';
import type { GridRow } from '../grid.ts';
import { rateDivides } from './rate-divided-lines.ts';

/**
 * Of a KPI's lines named in a column of their own, where its words name a plan (期待値) and a
 * rate (達成率) but the third line by a word no rule knows (到達): that line is the result when
 * on every KPI the rate line divides it by the plan, or the plan by it, on every column where
 * the rate line prints a rate (2,748 ÷ 2,000 = 137.4%). Its place in the cycle, or null when the
 * lines are not so or the rates do not say it.
 */
export function rateResultLine(
  rows: readonly GridRow[],
  roles: readonly ColumnRoleName[],
): number | null {
  const size = roles.length;
  if (size !== 3 || rows.length === 0 || rows.length % size !== 0) return null;
  const plan = roles.indexOf('target');
  const rate = roles.indexOf('rate');
  const unnamed = roles.indexOf('other');
  if (plan < 0 || rate < 0 || unnamed < 0 || roles.includes('actual')) return null;
  for (let g = 0; g < rows.length; g += size) {
    const [p, r, u] = [rows[g + plan], rows[g + rate], rows[g + unnamed]];
    if (!p || !r || !u || rateDivides(r, p, u) === null) return null;
  }
  return unnamed;
}
