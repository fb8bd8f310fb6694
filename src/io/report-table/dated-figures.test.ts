import { describe, expect, it } from 'vitest';
import { contentRows } from '../grid.ts';
import { readTsv } from '../read-delimited.ts';
import { checkReport } from '../report-check.ts';
import { isDatedFigure, joinDatedRows } from './dated-figures.ts';
import { importReportTable } from './import-report-table.ts';

/** 神川町 H26 定員管理: one KPI, its staff counts as of 4月1日 down the rows, newest first. */
const TEIIN = [
  '項 目\t目 標\t実施状況\t',
  '定員管理\t平成26年度職員数 146 名\t職員数\t144 名(平成 26 年 4 月 1 日現在)',
  '\t\t\t149 名(平成 24 年 4 月 1 日現在)',
  '\t\t\t158 名(平成 21 年 4 月 1 日現在)',
].join('\n');

describe('figures printed with the date they are as of (神川町 定員管理)', () => {
  it('are cells of a figure and a date', () => {
    expect(isDatedFigure('144 名(平成 26 年 4 月 1 日現在)')).toBe(true);
    expect(isDatedFigure('144 名')).toBe(false);
    expect(isDatedFigure('平成26年度職員数 146 名')).toBe(false);
  });

  it('lines of them under a KPI row are joined onto it, each cell keeping its place in the file', () => {
    const turned = joinDatedRows(contentRows(readTsv('t.tsv', TEIIN).rows));
    expect(turned?.rows.map((r) => r.cells.length)).toEqual([6, 6]);
    expect(turned?.rows[1]?.cells.slice(3)).toEqual([
      '144 名(平成 26 年 4 月 1 日現在)',
      '149 名(平成 24 年 4 月 1 日現在)',
      '158 名(平成 21 年 4 月 1 日現在)',
    ]);
    expect(turned?.origin(2, 6)).toEqual({ row: 4, column: 4 });
    expect(joinDatedRows(contentRows(readTsv('t.tsv', '指標\t実績\n① 件数\t3').rows))).toBeNull();
  });

  it('are read as the actuals of their years; the earliest tells a target below it is a level to bring down', () => {
    const report = importReportTable(readTsv('teiin-h26.tsv', TEIIN));
    const kpi = report.kpis[0]?.kpi;
    expect(kpi?.actuals.map((a) => [a.fiscalYear, a.figure.value])).toEqual([
      [2014, '144'],
      [2012, '149'],
      [2009, '158'],
    ]);
    expect(kpi).toMatchObject({ unit: '名', direction: 'decrease' });
    expect(kpi?.target).toEqual({ kind: 'value', value: '146', fiscalYear: 2014 });
    expect(checkReport(report).kpis[0]?.computed).toBe('101%');
    expect(report.unplaced).toEqual([]);
    expect(report.reading.rows.map((r) => [r.row, r.kind, r.fields])).toEqual([
      [1, 'header', ['header', 'header', 'header']],
      [2, 'kpi', ['kpi', 'target', 'extra', 'actual']],
      [3, 'kpi', [null, null, null, 'actual']],
      [4, 'kpi', [null, null, null, 'actual']],
    ]);
  });
});
