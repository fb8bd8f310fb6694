import { describe, expect, it } from 'vitest';
import type { GridRow } from '../grid.ts';
import { blocksOf } from './heading-blocks.ts';

const rowsOf = (lines: readonly string[]): GridRow[] =>
  lines.map((line, i) => ({ row: i + 1, cells: line.split('\t') }));

describe('the runs of table rows, each under its heading line', () => {
  it('a run of one row holding no figure (a word and a sentence) is a line, as its heading is', () => {
    const { blocks, lines } = blocksOf(
      rowsOf([
        '①一時預かり事業',
        '現 状\t市内5か所で実施、うち2か所は土曜日も開所',
        '(単位:人)',
        '区分\tR2年度\tR3年度',
        '①量の見込み\t120\t130',
        '②延長保育事業',
        '現 状\t全園で実施',
        '(単位:人)',
        '区分\tR2年度\tR3年度',
        '①量の見込み\t300\t310',
      ]),
    );
    expect(blocks.map((b) => [b.heading?.row, b.rows.map((r) => r.row)])).toEqual([
      [3, [4, 5]],
      [8, [9, 10]],
    ]);
    expect(lines.map((l) => l.row)).toEqual([1, 2, 6, 7]);
  });

  it('a run of one row with a figure stays a block', () => {
    const { blocks } = blocksOf(rowsOf(['利用者数', '合計\t1,200人']));
    expect(blocks.map((b) => [b.heading?.row, b.rows.map((r) => r.row)])).toEqual([[1, [2]]]);
  });
});
