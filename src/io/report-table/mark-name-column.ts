import type { GridRow } from '../grid.ts';
import type { Column } from './header-map.ts';
import { SET_BY_HAND } from './header-map.ts';

/** A cell that is a mark alone: ○ ◎ △ × and the like, or one letter of a grade (A–E, S). */
const MARK = /^(?:[○◎◯△▲▽▼×✕●□■☆★]|[A-ES]|[Ａ-ＥＳ])$/u;

/**
 * Of two or more columns the words take for the KPIs' names, one whose cells are all marks
 * (飯田市 施策マネジメントシート: 「指標の傾向」 `○` after 「成果指標」) names none: a KPI is
 * not called 「○」. It is read as the grade printed for each KPI. The other columns keep their
 * role, and a role set by hand stays.
 */
export function withMarkColumnsNamingNone(
  columns: readonly Column[],
  sample: readonly GridRow[],
): Column[] {
  const named = columns.filter((c) => c.role.kind === 'kpi');
  if (named.length < 2) return [...columns];
  const marks = named.filter((c) => c.because !== SET_BY_HAND && marksOnly(sample, c.index));
  if (marks.length === 0 || marks.length === named.length) return [...columns];
  return columns.map((c) =>
    marks.includes(c)
      ? {
          ...c,
          role: { kind: 'grade' },
          because: `${c.because}, but its cells are marks: a grade, not the KPIs' names`,
        }
      : c,
  );
}

/** Whether a column's filled cells (one or more) are all marks. */
function marksOnly(sample: readonly GridRow[], index: number): boolean {
  let filled = 0;
  for (const row of sample) {
    const cell = (row.cells[index] ?? '').trim();
    if (cell === '') continue;
    if (!MARK.test(cell)) return false;
    filled += 1;
  }
  return filled > 0;
}
