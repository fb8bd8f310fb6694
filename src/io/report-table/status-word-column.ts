import type { GridRow } from '../grid.ts';
import type { Column } from './header-map.ts';
import { SET_BY_HAND } from './header-map.ts';

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
  return columns.map((c) => {
    if (c.role.kind !== 'other' || c.because === SET_BY_HAND) return c;
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
