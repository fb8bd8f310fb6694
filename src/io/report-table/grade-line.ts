import { parseDescribedFigure } from '../../domain/described-figure.ts';
import type { GridRow } from '../grid.ts';

/**
 * A word naming a grade: 評価 (自己評価, 総合評価, 1次評価, 外部評価), 達成度 or 達成状況, perhaps after
 * what it grades (花巻市 「成果指標の達成度」), perhaps with who graded in brackets after it (相模原市
 * 改善工程表 「1次評価 (所管局による自己評価)」, 「2次評価 (総合計画審議会による外部評価)」).
 */
const GRADE_WORD =
  /^(?:.{1,10}の)?(?:(?:自己|総合|一次|二次|[1-3]次|内部|外部|最終)?評価(?:結果)?|達成度|達成状況)(?:\([^()]{1,24}\))?$/;

/** A grade alone: a letter or mark (A–E, S, ◎ ○ △ ×). */
const GRADE_MARK = /^(?:[A-ES]|[◎○〇△×])$/;

/** A grade in a few words (「目標値より高い」, 「概ね順調」): short, no figure, no sentence. */
const gradePhrase = (text: string) =>
  text.length <= 12 && !/[\d、。,]/.test(text) && parseDescribedFigure(text) === undefined;

/** Whether exactly two cells of a row are filled. */
export function twoFilled(row: GridRow): boolean {
  let filled = 0;
  for (const cell of row.cells) if (cell.trim() !== '' && ++filled > 2) return false;
  return filled === 2;
}

/**
 * A line stating a grade, its word and the grade alone in two cells (佐渡市 「自己評価 | B」
 * between an indicator's heading and its grid; 花巻市 「成果指標の達成度 | 目標値より高い」 under the
 * sheet's grids): a line about the table, not a row of it.
 */
export function isGradeLine(row: GridRow): boolean {
  // The cheap test first, with no array or normalizing: this runs on every row of every table.
  if (!twoFilled(row)) return false;
  const filled = row.cells
    .map((c) => c.normalize('NFKC').replace(/\s+/g, ''))
    .filter((c) => c !== '');
  if (filled.length !== 2) return false;
  const [word, grade] = filled as [string, string];
  return GRADE_WORD.test(word) && (GRADE_MARK.test(grade) || gradePhrase(grade));
}
