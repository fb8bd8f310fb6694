import type { GridRow } from '../grid.ts';
import type { Column } from './header-map.ts';
import { SET_BY_HAND } from './header-map.ts';
import { isPrintedGrade } from '../../domain/grade-scale.ts';

/** A header saying the column tells how a KPI is doing: 進展状況, 進捗状況. */
const STATUS_HEADER = /状況/;
/** A status word: short, no figure in it (進展, 進展せず, 順調, 遅れ). */
const STATUS_WORD = /^[^\d０-９%％.,、。]{1,8}$/;

/**
 * A column no header word gives a role, headed as a state of things (千葉県 創生総合戦略
 * 「進展状況」), whose cells are a few short words, each printed for several KPIs (「進展」,
 * 「進展せず」): the grade printed for each KPI, in words. Two words or more, fewer kinds of
 * word than cells; a column of figures, of sentences, or of a word each is not one. A role set
 * by hand stays.
 */
export function withStatusWordColumns(
  columns: readonly Column[],
  sample: readonly GridRow[],
): Column[] {
  // Beside a column its words name a grade or a rate (江田島市 改善・悪化 ○ beside 達成度 A, a grade
  // where a rate would be), such a column stays as printed: a KPI prints one grade.
  const graded = columns.some((c) => c.role.kind === 'grade' || c.role.kind === 'rate');
  return columns.map((c) => {
    if (c.role.kind !== 'other' || c.because === SET_BY_HAND) return c;
    if (!graded && gradeWordsOnly(sample, c.index))
      return { ...c, role: { kind: 'grade' }, because: 'its cells are grades in words or marks' };
    if (!STATUS_HEADER.test(c.label)) return c;
    const words: string[] = [];
    for (const row of sample) {
      const cell = (row.cells[c.index] ?? '').trim();
      if (cell === '') continue;
      if (!STATUS_WORD.test(cell)) return c;
      words.push(cell);
    }
    const kinds = new Set(words).size;
    if (words.length < 2 || kinds >= words.length) return c;
    return {
      ...c,
      role: { kind: 'grade' },
      because: `the word "状況" over a few words printed for several KPIs: a grade in words`,
    };
  });
}

/**
 * Whether a column's filled cells, two or more, are all grades in words or marks (遅れ, 順調,
 * 達成, ◎ ○ △ ×; 「進捗」 over 遅れ / 順調): the grade printed for each KPI, whatever its header.
 * Letters alone are left out: a column of A, B may be the KPIs' codes.
 */
function gradeWordsOnly(sample: readonly GridRow[], index: number): boolean {
  let grades = 0;
  for (const row of sample) {
    const cell = (row.cells[index] ?? '').trim();
    if (cell === '') continue;
    if (/^[A-Za-zＡ-Ｚａ-ｚ]$/.test(cell) || !isPrintedGrade(cell)) return false;
    grades += 1;
  }
  return grades >= 2;
}
