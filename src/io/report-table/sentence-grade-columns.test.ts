import { describe, expect, it } from 'vitest';
import type { GridRow } from '../grid.ts';
import { findHeader } from './header-map.ts';
import { withSentenceGradeColumns } from './sentence-grade-columns.ts';

const rolesOf = (rows: GridRow[]) => {
  const found = findHeader(rows);
  if (!found) return undefined;
  const sample = rows.slice(found.dataStart);
  return withSentenceGradeColumns(found.header.columns, sample).map((c) => c.role.kind);
};

describe('a grade column of sentences', () => {
  it('is narrative (今後の達成見込み beside 評価 3)', () => {
    expect(
      rolesOf([
        { row: 1, cells: ['指標', '実績値', '今後の達成見込み', '評価'] },
        {
          row: 2,
          cells: [
            '新規雇用者',
            '0人',
            '現在、企業立地促進奨励金を活 用している企業がなく、増加を見込めない。',
            '3',
          ],
        },
      ]),
    ).toEqual(['kpi', 'actual', 'narrative', 'grade']);
  });

  it('stays a grade where a cell is a mark or a word (A, 達成, ○)', () => {
    expect(
      rolesOf([
        { row: 1, cells: ['指標', '実績値', '評価'] },
        { row: 2, cells: ['新規雇用者', '0人', 'A'] },
        { row: 3, cells: ['転入者数', '10人', '目標を達成し、大きく改善した。'] },
      ]),
    ).toEqual(['kpi', 'actual', 'grade']);
  });
});
