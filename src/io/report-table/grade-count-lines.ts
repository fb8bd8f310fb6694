import { GRADE_MARKS } from '../../domain/grade-scale.ts';
import type { GridRow } from '../grid.ts';

/**
 * A line giving a grade, what it stands for, how many items got it and their share of all:
 * 木津川市 行財政改革行動計画 「A:良好に進捗 … 46項目(46.5%)」, 「◎ 順調 12件 (40.0%)」.
 */
const GRADE_COUNT_LINE = new RegExp(
  `^(${GRADE_MARKS})` +
    String.raw`\s*[:：]?\s*\S[^()（）]*?\s*(?:…|・・・|\.\.\.)?\s*\d[\d,]*\s*(?:項目|件|指標|本|事業)\s*[(（]\s*\d+(?:\.\d+)?\s*[%％]\s*[)）]$`,
);

/**
 * Why rows with no header are a summary of counts per grade, a line each (木津川市 進捗状況:
 * 「S:特に良好に進捗 … 0項目(0.0%)」 down to 「C:進捗に課題あり … 5項目(5.1%)」): two lines or more of
 * a grade, its word, a count and its share, each grade once, with the first such line's row;
 * null when not.
 */
export function gradeCountLinesReason(
  rows: readonly GridRow[],
): { readonly reason: string; readonly row: number } | null {
  const lines = rows.flatMap((r) => {
    const filled = r.cells.map((c) => c.trim()).filter((c) => c !== '');
    const text = filled.join(' ');
    const grade = filled.length > 0 ? GRADE_COUNT_LINE.exec(text)?.[1] : undefined;
    return grade === undefined ? [] : [{ row: r.row, text, grade }];
  });
  const first = lines[0];
  if (lines.length < 2 || first === undefined) return null;
  if (new Set(lines.map((l) => l.grade)).size !== lines.length) return null;
  return {
    reason: `not a KPI table: a summary of counts per grade, a line each ("${first.text}"), not the figures of each KPI`,
    row: first.row,
  };
}
