import { describe, expect, it } from 'vitest';
import { findHeader } from './header-map.ts';
import { isSentenceLine } from './table-block.ts';
import type { GridRow } from '../grid.ts';

const rowsOf = (lines: readonly (readonly string[])[]): GridRow[] =>
  lines.map((cells, i) => ({ row: i + 1, cells: [...cells] }));

const HEADER = ['指標', '基準値', '目標値', '実績値'];
const KPI = ['空き家バンク登録件数', '10件', '30件', '24件'];

describe('where the header is sought', () => {
  it('past a sheet’s title lines, one cell each, however many (a form’s box of the plan)', () => {
    const titles = Array.from({ length: 24 }, (_, i) => [`(${i + 1}) 計画の概要 その${i + 1}`]);
    const found = findHeader(rowsOf([...titles, HEADER, KPI]));
    expect(found?.header.rows[0]?.row).toBe(25);
    expect(found?.dataStart).toBe(25);
  });

  it('within the first fifteen rows of more than one cell', () => {
    const wide = Array.from({ length: 15 }, (_, i) => [`区分${i + 1}`, `${i + 1}`]);
    expect(findHeader(rowsOf([...wide, HEADER, KPI]))).toBeUndefined();
    expect(findHeader(rowsOf([...wide.slice(1), HEADER, KPI]))?.header.rows[0]?.row).toBe(15);
  });

  it('past a line of a word and a sentence, neither the header nor a row spanning it (「現 状 | …で実施」)', () => {
    const said = ['現 状', '基準値の設定後、市内5か所で目標値を上回る実績を確保して実施'];
    const found = findHeader(rowsOf([said, HEADER, KPI]));
    expect(found?.header.rows.map((r) => r.row)).toEqual([2]);
    // A short cell or a figure beside the word is a row of the table.
    expect(findHeader(rowsOf([['現状', '目標値'], HEADER, KPI]))?.header.rows[0]?.row).toBe(1);
  });

  it('past a box of a heading, a word and a sentence (入間市博物館 「1-1お茶の博物館としての充実 | 項 目 | …」)', () => {
    const box = [
      '1-1お茶の博物館としての充実',
      '項 目',
      'お茶や地域の資料を総合的に取り扱い、多様なニーズに対応していくため「アリットお茶大学」を開催する。',
    ];
    const found = findHeader(
      rowsOf([box, ['', '単位', '25年度目標', '25年度実績', '達成率'], KPI]),
    );
    expect(found?.header.rows.map((r) => r.row)).toEqual([2]);
    // A figure first is a KPI's, not a heading's: no line of a sentence about the table.
    expect(isSentenceLine({ row: 1, cells: ['1,200', '項 目', box[2] ?? ''] })).toBe(false);
    expect(isSentenceLine({ row: 1, cells: box })).toBe(true);
  });
});

describe('lines of an item and what it is above the header (施策評価シート)', () => {
  const SHEET = [
    ['施策名', '地域福祉の推進'],
    ['担当課', '福祉課'],
    ['成果指標', '単位', 'H30(基準)', 'R1', 'R2', 'R3', 'R4(目標)'],
    ['ボランティア登録者数', '人', '1,200', '1,250', '1,180', '1,300', '1,500'],
  ];

  it('are title lines, not a header spanning the years: R1 … R3 stay years of actuals', () => {
    const found = findHeader(rowsOf(SHEET));
    expect(found?.header.rows.map((r) => r.row)).toEqual([3]);
    expect(found?.header.columns.map((c) => c.role.kind)).toEqual([
      'kpi',
      'unit',
      'baseline',
      'actual',
      'actual',
      'actual',
      'target',
    ]);
  });

  it('still span the header where the line leaves its first cell to a corner below it', () => {
    const spanning = [
      ['', '実績値', '', '目標値'],
      ['指標', 'R4', 'R5', 'R7'],
      ['ボランティア登録者数', '1,250', '1,300', '1,500'],
    ];
    expect(findHeader(rowsOf(spanning))?.header.rows.map((r) => r.row)).toEqual([1, 2]);
  });
});
