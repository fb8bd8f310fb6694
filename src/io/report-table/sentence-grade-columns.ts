import type { GridRow } from '../grid.ts';
import type { Column } from './header-map.ts';
import { SET_BY_HAND } from './header-map.ts';
import { isSentence } from './sentence-cell.ts';

/**
 * A column its words take for a grade (今後の達成見込み, 評価) whose cells are all sentences is
 * narrative (a 町 総合戦略 検証: 「現在、企業立地促進奨励金を活用している企業がなく、…」 under
 * 今後の達成見込み, beside the grade 3 under 評価): a grade is a mark or a word, and a second
 * grade column would write over the first. A role set by hand stays.
 */
export function withSentenceGradeColumns(
  columns: readonly Column[],
  sample: readonly GridRow[],
): Column[] {
  return columns.map((c) => {
    if (c.role.kind !== 'grade' || c.because === SET_BY_HAND) return c;
    let sentences = 0;
    for (const row of sample) {
      const cell = row.cells[c.index] ?? '';
      if (cell.trim() === '') continue;
      if (!isSentence(cell)) return c;
      sentences += 1;
    }
    if (sentences === 0) return c;
    return {
      ...c,
      role: { kind: 'narrative', fiscalYear: null },
      because: `${c.because}, but its cells are sentences: narrative`,
    };
  });
}
