import { describe, expect, it } from 'vitest';
import type { GridRow } from '../grid.ts';
import { carriedTargetCells } from './merged-target-cells.ts';
import { readTsv } from '../read-delimited.ts';
import { importReportTable } from './import-report-table.ts';

const row = (n: number, ...cells: string[]): GridRow => ({ row: n, cells });

describe('a target printed once for a group’s lines (a merged cell)', () => {
  const header = row(1, '項目', '', '策定時', '最終評価時', '目標値', '評価');
  it('is carried down the lines of its group left empty, and no further', () => {
    const lines = [
      row(2, '朝食欠食者の割合', '高校生', '7.3%', '5.0%', '0%', 'B'),
      row(3, '', '中学生', '3.4%', '5.8%', '', 'D'),
      row(4, '', '小学校高学年', '0.9%', '1.6%', '', 'D'),
      row(5, '肥満者の割合', '成人男性', '24.4%', '23.2%', '', 'C'),
    ];
    const groups = ['a', 'a', 'a', 'b'];
    expect(carriedTargetCells(header, lines, groups, 2)).toEqual([
      { line: 1, column: 4, from: 0 },
      { line: 2, column: 4, from: 0 },
    ]);
  });
  it('carries nothing under a column that is no target (評価, 策定時)', () => {
    const lines = [
      row(2, '朝食欠食者の割合', '高校生', '7.3%', '5.0%', '0%', 'B'),
      row(3, '', '中学生', '', '5.8%', '0%', ''),
    ];
    expect(carriedTargetCells(header, lines, ['a', 'a'], 2)).toEqual([]);
  });

  it('gives each line of a tree of row labels its group’s target (日進市 食育)', () => {
    const report = importReportTable(
      readTsv(
        'nisshin-h25.tsv',
        [
          '項目\t\t\t策定時\t最終評価時\t目標値\t評価',
          '朝食欠食者の割合\t20 代男性\t\t18.0%\t14.8%\t15%以下\tA',
          '\t高校生\t\t7.3%\t5.0%\t0%\tB',
          '\t中学生\t\t3.4%\t5.8%\t\tD',
          '肥満者の割合\t成人男性\t\t24.4%\t23.2%\t15%以下\tC',
          '\t児童\t中学生\t2.1%\t1.2%\t1.7%以下\tA',
          '\t\t小学校高学年\t1.9%\t2.8%\t\tD',
        ].join('\n'),
      ),
    );
    expect(report.kpis.map((k) => [k.kpi.title, k.kpi.target?.value])).toEqual([
      ['朝食欠食者の割合 20 代男性', '15'],
      ['朝食欠食者の割合 高校生', '0'],
      ['朝食欠食者の割合 中学生', '0'],
      ['肥満者の割合 成人男性', '15'],
      ['肥満者の割合 児童 中学生', '1.7'],
      ['肥満者の割合 児童 小学校高学年', '1.7'],
    ]);
    expect(report.unplaced).toEqual([]);
  });
});
