import { describe, expect, it } from 'vitest';
import type { GridRow } from '../grid.ts';
import { blocksOf, headingNameAt, isKindNamedHeading } from './heading-blocks.ts';

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

  it('a heading of a kind of indicator and its name in two cells heads its block, a grade line under it stays a line', () => {
    const { blocks, lines } = blocksOf(
      rowsOf([
        '成果指標\t図書館の年間貸出冊数',
        '評価\tA',
        '区分\t令和2年度\t令和3年度',
        '目標\t100\t110',
        '実績\t95\t120',
        '活動指標\t読み聞かせ会の開催回数',
        '区分\t令和2年度\t令和3年度',
        '目標\t12\t12',
        '実績\t10\t13',
      ]),
    );
    expect(blocks.map((b) => [b.heading?.row, b.rows.map((r) => r.row)])).toEqual([
      [1, [3, 4, 5]],
      [6, [7, 8, 9]],
    ]);
    expect(lines.map((l) => l.row)).toEqual([2]);
    const [first] = blocks;
    expect(first?.heading && first.heading.cells[headingNameAt(first.heading)]).toBe(
      '図書館の年間貸出冊数',
    );
  });

  it('tells a heading of a kind and a name from rows of a table', () => {
    const row = (...cells: string[]) => ({ row: 1, cells });
    expect(isKindNamedHeading(row('成果指標', '水田の加入面積'))).toBe(true);
    expect(isKindNamedHeading(row('活 動 指 標', '', '開催回数'))).toBe(true);
    // With its number (武蔵野市 経営目標評価シート 「指 標 名 ①」).
    expect(isKindNamedHeading(row('指 標 名 ①', '防災推進員の活動'))).toBe(true);
    expect(isKindNamedHeading(row('指標2', '斡旋・販売事業'))).toBe(true);
    // A figure after the word, another word first, or a third cell: a row of the table.
    expect(isKindNamedHeading(row('成果指標', '120ha'))).toBe(false);
    expect(isKindNamedHeading(row('区分', '計画'))).toBe(false);
    expect(isKindNamedHeading(row('成果指標', '加入面積', 'ha'))).toBe(false);
    // A record's labels (鳥取県 工程表 「指標名 | 指標の分類」): no indicator named.
    expect(isKindNamedHeading(row('指標名', '指標の分類'))).toBe(false);
  });
});
