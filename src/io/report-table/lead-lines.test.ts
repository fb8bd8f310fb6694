import { describe, expect, it } from 'vitest';
import type { GridRow } from '../grid.ts';
import { readTsv } from '../read-delimited.ts';
import { importReportTable } from './import-report-table.ts';
import { headingLineCount } from './lead-lines.ts';

const rows = (...lines: string[][]): GridRow[] => lines.map((cells, i) => ({ row: i + 1, cells }));
const years = ['', '', '区分', 'H23', 'H24', 'H25', 'H26', 'H27', 'H28', 'H29'];

describe('lines of a sheet’s heading before its table (施策マネジメントシート)', () => {
  it('are the narrow rows before a table more than twice as wide', () => {
    const block = rows(
      ['基本目標', 'Ⅱ', '豊かな自然と共生するまち'],
      ['施策', '19', '循環型社会づくりの推進'],
      years,
      ['ごみの資源化率', '%', '実績値', '59.7', '59.0'],
      ['', '', '目標値', '', '60.5', '61.0'],
    );
    expect(headingLineCount(block)).toBe(2);
  });

  it('are none when the first row spans the table (a header’s first line)', () => {
    const block = rows(
      ['指標', '基準値', '実績値', '', '目標値'],
      ['', 'H25', 'H26', 'H27', 'H31'],
      ['文化施設の入場者数', '10', '11', '12', '15'],
    );
    expect(headingLineCount(block)).toBe(0);
  });

  it('lets a KPI’s lines under them be joined: 実績値 and 目標値 by year, the unit column read', () => {
    const table = [
      '施策マネジメントシート(平成27年度の振り返り、総括)',
      '基本目標\tⅡ\t豊かな自然と共生するまち',
      '施策\t19\t循環型社会づくりの推進',
      '\t\t区分\t平成23年度\t平成24年度\t平成25年度\t平成26年度\t平成27年度\t平成28年度\t平成29年度',
      'ごみの資源化率(リサイクル率)\t%\t実績値\t59.7\t59.0\t59.3\t56.9\t\t\t',
      '\t\t目標値\t\t60.5\t61.0\t61.5\t62.0\t62.5\t63.0',
      '直接資源化できるごみの割合\t%\t実績値\t12.2\t12.5\t11.3\t11.5\t\t\t',
      '\t\t目標値\t\t14.5\t15.0\t15.5\t16.0\t16.5\t17.0',
    ].join('\n');
    const report = importReportTable(readTsv('gomi.tsv', table));
    expect(report.unplaced).toEqual([]);
    expect(report.kpis.map((k) => k.kpi.title)).toEqual([
      'ごみの資源化率(リサイクル率)',
      '直接資源化できるごみの割合',
    ]);
    expect(report.kpis[0]?.kpi.actuals.map((a) => [a.fiscalYear, a.figure.value])).toEqual([
      [2011, '59.7'],
      [2012, '59.0'],
      [2013, '59.3'],
      [2014, '56.9'],
    ]);
    expect(report.kpis[0]?.kpi.target).toMatchObject({ value: '63.0', fiscalYear: 2017 });
    expect(report.kpis.map((k) => k.kpi.unit)).toEqual(['%', '%']);
  });
});
