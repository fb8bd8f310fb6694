import { isPrintedGrade } from '../../domain/grade-scale.ts';
import type { GridRow } from '../grid.ts';
import type { Column } from './header-map.ts';
import { SET_BY_HAND } from './header-map.ts';

/** A dash for no grade that year (「-」, 「―」). */
const DASH = /^[-‐‑–—―−ー－─]$/;

/** What a year column's cells are: all grades or dashes (how many grades), or not (null). */
function gradesIn(sample: readonly GridRow[], index: number): number | null {
  let grades = 0;
  for (const row of sample) {
    // A line counting the grades above it (重点目標評価Aの合計 5 3 4 10) is no KPI's.
    if (countLine(row)) continue;
    const text = (row.cells[index] ?? '').replace(/\s+/g, '');
    if (text === '' || DASH.test(text)) continue;
    // Stops at the first cell that is no grade: most year columns hold figures.
    if (!isPrintedGrade(text)) return null;
    grades += 1;
  }
  return grades;
}

/** A line counting something over the lines above: a label saying 計, the rest counts or dashes. */
function countLine(row: GridRow): boolean {
  const filled = row.cells.map((c) => c.trim()).filter((c) => c !== '');
  const [label, ...rest] = filled;
  return (
    label !== undefined &&
    label.includes('計') &&
    rest.length > 0 &&
    rest.every((c) => /^\d+$/.test(c) || DASH.test(c))
  );
}

const yearOf = (c: Column) => ('fiscalYear' in c.role ? c.role.fiscalYear : null);

/**
 * Grades by year (加古川市 教育 点検評価: 重点目標 graded A / B under H28 H29 H30 R1, R2 still
 * `-`): columns headed by nothing but a year whose cells are all grades or dashes, two of them
 * graded at least. The latest graded year's grade is the KPI's printed grade; the other years'
 * (and a year not graded yet) are kept as printed under their year. A role set by hand stays.
 */
export function withYearGradeColumns(
  columns: readonly Column[],
  sample: readonly GridRow[],
): readonly Column[] {
  const graded = new Map<number, number>();
  for (const c of columns) {
    if (yearOf(c) === null || c.because !== 'only a fiscal year') continue;
    const grades = gradesIn(sample, c.index);
    if (grades !== null) graded.set(c.index, grades);
  }
  const withGrades = [...graded.entries()].filter(([, n]) => n > 0).map(([i]) => i);
  if (withGrades.length < 2) return columns;
  const latest = Math.max(...withGrades);
  return columns.map((c) => {
    if (!graded.has(c.index) || c.because === SET_BY_HAND) return c;
    const because = `${c.because}, but its cells are grades`;
    return c.index === latest
      ? { ...c, role: { kind: 'grade' }, because: `${because}: the latest year graded, the KPI's` }
      : { ...c, role: { kind: 'other' }, because: `${because}: another year's, kept as printed` };
  });
}

/**
 * Whether a table prints grades and nothing else to read a KPI by (加古川市's grades by year): no
 * column of figures, rates or differences, a grade column, and a KPI with its grade read. Its
 * lacking actuals is then no problem: there is no figure to have.
 */
export function gradesOnly(
  columns: readonly Column[],
  kpis: readonly { readonly printedGrade: string | null }[],
): boolean {
  const figures = new Set<Column['role']['kind']>([
    'actual',
    'target',
    'baseline',
    'cumulative',
    'rate',
    'difference',
  ]);
  return (
    !columns.some((c) => figures.has(c.role.kind)) &&
    columns.some((c) => c.role.kind === 'grade') &&
    kpis.some((k) => k.printedGrade !== null)
  );
}
