import { describe, expect, it } from 'vitest';
import type { GridRow } from '../grid.ts';
import { readYearHeaderBlocks } from './year-header-blocks.ts';

const grid = (...lines: string[][]): GridRow[] => lines.map((cells, i) => ({ row: i + 1, cells }));

/** 松戸市 総合戦略 数値目標 ① ②: two blocks, each under its heading and a header of years. */
const matsudo = grid(
  ['数値目標① 婚姻率'],
  ['平成 25 (基準値)', '平成 27', '平成 28 (現状値)', '平成 31 (目標値)'],
  ['5.5‰', '5.4‰', '5.0‰', '5.9‰'],
  ['参考)婚姻率=婚姻件数/人口(千人) H26 5.3‰'],
  ['数値目標② 出生数'],
  ['平成 26 (基準値)', '平成 27', '平成 28', '平成 29 (現状値)', '平成 31 (目標値)'],
  ['3,823', '3,975', '3,782', '3,679', '4,107'],
);

describe('blocks each under its heading and a header of years (松戸市 数値目標)', () => {
  it('are one table: a KPI per block, under the years of all the blocks in order', () => {
    const turned = readYearHeaderBlocks(matsudo);
    expect(turned?.rows.map((r) => r.cells)).toEqual([
      [
        '',
        '平成 25 (基準値)',
        '平成 26 (基準値)',
        '平成 27',
        '平成 28 (現状値)',
        '平成 29 (現状値)',
        '平成 31 (目標値)',
      ],
      ['数値目標① 婚姻率', '5.5‰', '', '5.4‰', '5.0‰', '', '5.9‰'],
      ['参考)婚姻率=婚姻件数/人口(千人) H26 5.3‰'],
      ['数値目標② 出生数', '', '3,823', '3,975', '3,782', '3,679', '4,107'],
    ]);
  });

  it('keeps where each cell was, a year printed again a copy of its first print', () => {
    const turned = readYearHeaderBlocks(matsudo);
    expect(turned?.origin(4, 3)).toEqual({ row: 7, column: 1 });
    expect(turned?.origin(2, 1)).toEqual({ row: 1, column: 1 });
    expect(turned?.copies?.(1, 4)).toEqual([{ row: 6, column: 2, text: '平成 27' }]);
    expect(turned?.given?.(1, 1)?.role).toBe('kpi');
  });

  it('leaves other tables as they are: a labelled line, a header of words, a stray row', () => {
    expect(readYearHeaderBlocks(grid(['指標', '基準値', '目標値'], ['A', '1', '2']))).toBeNull();
    expect(
      readYearHeaderBlocks(grid(['指標1'], ['', '基準値', '目標値'], ['数値', '366', '3,000ha'])),
    ).toBeNull();
    expect(readYearHeaderBlocks([...matsudo, { row: 8, cells: ['合計', '1', '2'] }])).toBeNull();
  });
});
