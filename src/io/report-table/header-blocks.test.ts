import { describe, expect, it } from 'vitest';
import { contentRows } from '../grid.ts';
import { readTsv } from '../read-delimited.ts';
import { checkReport } from '../report-check.ts';
import { splitHeaderBlocks } from './header-blocks.ts';
import { importReportTable } from './import-report-table.ts';

const rows = (lines: readonly string[]) => contentRows(readTsv('t.tsv', lines.join('\n')).rows);

/** 小坂町 財政健全化計画, two of its blocks: each a heading, a year header and kinds of figure. */
const KOSAKA = [
  '財政健全化計画等執行状況',
  '2.実質公債費比率(借金の割合はどれだけか) (単位:%)',
  '\t19年度\t20年度',
  '計画目標値 A\t18.1%\t17.3%',
  '実績(見込)値 B\t17.9%\t16.3%',
  '乖離値 C(A-B)\t0.2%\t1.0%',
  '乖離率 D(C/A)\t1.1%\t5.8%',
  '3.職員数',
  '\t19年度\t20年度',
  '計画目標値 A\t73\t71',
  '実績(見込)値 B\t72\t72',
  '乖離値 C(A-B)\t1\t▲1',
  '乖離率 D(C/A)\t1.4%\t-1.4%',
];

describe('one block per KPI, each with its heading and its own header (小坂町)', () => {
  it('stacks the blocks as KPI rows under the first block’s header, each named by its heading', () => {
    const turned = splitHeaderBlocks(rows(KOSAKA));
    expect(turned?.rows.map((r) => r.cells[0])).toEqual([
      '財政健全化計画等執行状況',
      '',
      '',
      '2.実質公債費比率(借金の割合はどれだけか) (単位:%)',
      '3.職員数',
    ]);
    expect(turned?.rows[1]?.cells.slice(1, 5)).toEqual([
      '計画目標値 A',
      '実績(見込)値 B',
      '乖離値 C(A-B)',
      '乖離率 D(C/A)',
    ]);
    expect(turned?.rows[4]?.cells.slice(1)).toEqual([
      '73',
      '72',
      '1',
      '1.4%',
      '71',
      '72',
      '▲1',
      '-1.4%',
    ]);
    // Every cell is where the file printed it: 職員数's 20年度 乖離率 is row 13, column 3.
    expect(turned?.origin(5, 9)).toEqual({ row: 13, column: 3 });
    expect(turned?.origin(5, 1)).toEqual({ row: 8, column: 1 });
    expect(turned?.origin(1, 1)).toEqual({ row: 1, column: 1 });
  });

  it('reads each block as a KPI whose rates are its gap to the plan, (A − B) ÷ A', () => {
    const report = importReportTable(readTsv('t.tsv', KOSAKA.join('\n')));
    expect(report.kpis.map((k) => [k.kpi.code, k.kpi.title, k.kpi.unit, k.kpi.formula])).toEqual([
      ['2', '実質公債費比率(借金の割合はどれだけか) (単位:%)', '%', 'gap'],
      ['3', '職員数', '', 'gap'],
    ]);
    // 職員数 H20: (71 − 72) ÷ 71 = −1.41% → −1.4%.
    expect(checkReport(report).summary).toEqual({ kpis: 2, printed: 2, matched: 2 });
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
  });

  it('leaves a table of one block, or of blocks with other headers, to the other readings', () => {
    expect(splitHeaderBlocks(rows(KOSAKA.slice(0, 7)))).toBeNull();
    const other = [...KOSAKA];
    other[8] = '\t19年度\t21年度';
    expect(splitHeaderBlocks(rows(other))).toBeNull();
    // Blocks of KPI rows (富山県's two tables under one header) are no blocks of one KPI.
    expect(
      splitHeaderBlocks(
        rows([
          '\t2018(実績)\t2021(目標)',
          '認定農業者数\t1,636\t1,660',
          '前文',
          '\t2018(実績)\t2021(目標)',
          '法人経営体数\t720\t715',
        ]),
      ),
    ).toBeNull();
  });
});
