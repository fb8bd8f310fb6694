import type { FiscalYearContext } from '../../domain/fiscal-year.ts';
import { formatFiscalYear } from '../../domain/fiscal-year.ts';
import type { GridRow } from '../grid.ts';
import { columnContents, figureNumber } from './column-contents.ts';
import type { Column } from './header-map.ts';
import { SET_BY_HAND } from './header-map.ts';
import { headerYear } from './column-role.ts';

/**
 * Whether the cells are figures and not the numbers of a grade scale: most read as a figure, and
 * some are more than a scale's small whole numbers (a grade 「3」 of five is no count).
 */
function holdsFigures(sample: readonly GridRow[], index: number): boolean {
  const contents = columnContents(sample, index);
  if (contents.filled < 2 || contents.figures * 2 <= contents.filled) return false;
  return sample.some((row) => {
    const value = figureNumber(row.cells[index]);
    return !Number.isNaN(value) && (!Number.isInteger(value) || Math.abs(value) > 5);
  });
}

/**
 * A column its words take for a grade (評価, 判定) whose cells are figures holds what was measured
 * when it was evaluated: a 健康増進計画's 「中間評価 (H19)」 (「5.1人」, 「64.1%」) is the actual of
 * H19, not a grade. With no year in its header it is kept as printed. A role set by hand stays.
 * @example // 「中間評価 (H23)」 over 5.5人, 61.9%, 24.1% → { kind: 'actual', fiscalYear: 2011 }
 */
export function withFigureGradeColumnsRead(
  columns: readonly Column[],
  sample: readonly GridRow[],
  context: FiscalYearContext = {},
): Column[] {
  // Most tables have no grade column, or one of grades: the cells are read only for those.
  if (!columns.some((c) => c.role.kind === 'grade')) return [...columns];
  const read = columns.map((c): Column => {
    if (c.role.kind !== 'grade' || c.because === SET_BY_HAND) return c;
    if (!holdsFigures(sample, c.index)) return c;
    const fiscalYear = headerYear(c.label, context);
    const words = `${c.because}, but its cells are figures`;
    return fiscalYear === null
      ? { ...c, role: { kind: 'other' }, because: `${words}${KEPT}` }
      : {
          ...c,
          role: { kind: 'actual', fiscalYear },
          because: `${words}: what was measured in ${formatFiscalYear(fiscalYear)}`,
        };
  });
  return withLoneMeasureRead(read);
}

const KEPT = ': kept as printed';

/**
 * A table of targets with no column of actuals but one such column of figures with no year (健康増進計画
 * 「策定時 | 中間評価 | 目標値 | 判定」): that column is what the evaluation measured, of the report
 * year, and no longer kept as printed.
 */
function withLoneMeasureRead(columns: Column[]): Column[] {
  if (!columns.some((c) => c.role.kind === 'target')) return columns;
  if (columns.some((c) => c.role.kind === 'actual' || c.role.kind === 'cumulative')) return columns;
  const kept = columns.filter((c) => c.role.kind === 'other' && c.because.endsWith(KEPT));
  const [lone] = kept;
  if (kept.length !== 1 || lone === undefined) return columns;
  const because = `${lone.because.slice(0, -KEPT.length)}: what was measured, the only figures beside the target`;
  return columns.map((c) =>
    c === lone ? { ...c, role: { kind: 'actual', fiscalYear: null }, because } : c,
  );
}
