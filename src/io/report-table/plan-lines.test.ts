import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { importReportTable } from './import-report-table.ts';
import { baselineHeader, planLinesOnly } from './plan-lines.ts';

const tsv = (lines: string[]) => readTsv('koshi-kyoiku-h21.tsv', lines.join('\n'));

describe('a KPI’s lines that are a plan’s alone (合志市 施策20 成り行き値 / 目標値)', () => {
  it('is a plan and a line no word names that measures nothing', () => {
    expect(planLinesOnly(['成り行き値', '目標値'], ['target'])).toBe(true);
  });

  it('is not lines with a result, even one named otherwise than 実績 (決算, 現況)', () => {
    expect(planLinesOnly(['目標値', '決算'], ['target'])).toBe(false);
    expect(planLinesOnly(['目標値', '現況'], ['target'])).toBe(false);
    expect(planLinesOnly(['計画値', '見込値'], ['target'])).toBe(false);
    expect(planLinesOnly(['目標値', '実績値'], ['target', 'actual'])).toBe(false);
    expect(planLinesOnly(['目標値'], ['target'])).toBe(false);
  });

  it('takes a header naming the starting point for the KPI’s own column', () => {
    expect(baselineHeader('平成 21 年度 現状値')).toBe(true);
    expect(baselineHeader('平成 23 年度')).toBe(false);
    expect(baselineHeader('目標値 H31')).toBe(false);
  });

  it('reads the 目標値 line as the targets by year, the 成り行き値 line as printed, and no year measured', () => {
    const report = importReportTable(
      tsv([
        '成 果 指 標\t単 位\t平成 21 年度 現状値\t\t平成 23 年度\t平成 24 年度\t平成 25 年度\t平成 26 年度\t平成 27 年度',
        'C:問題行動( いじめ、暴力等 )を起こした児童・生徒数\t人\t9.0 人\t成り行き値\t9.0 人\t9.0 人\t9.0 人\t9.0 人\t9.0 人',
        '\t\t\t目標値\t8.0 人\t8.0 人\t7.0 人\t7.0 人\t6.0 人',
        'D:体力テスト結果で「A∼C」と判定される児童生徒の割合\t%\t71.3%\t成り行き値\t71.3%\t71.3%\t71.3%\t71.3%\t71.3%',
        '\t\t\t目標値\t72.0%\t72.5%\t73.0%\t73.5%\t74.0%',
      ]),
    );
    const [c, d] = report.kpis.map((k) => k.kpi);
    expect(c?.baseline).toMatchObject({ value: '9.0', fiscalYear: 2009 });
    expect(c?.target).toMatchObject({ value: '6.0', fiscalYear: 2015 });
    expect(c?.milestones.map((m) => [m.fiscalYear, m.figure.value])).toEqual([
      [2011, '8.0'],
      [2012, '8.0'],
      [2013, '7.0'],
      [2014, '7.0'],
    ]);
    expect(c?.actuals).toEqual([]);
    expect(d?.target).toMatchObject({ value: '74.0', fiscalYear: 2015 });
    expect(report.kpis.map((k) => k.kpi.direction)).toEqual(['decrease', 'increase']);
    expect(report.problems).toEqual([]);
    expect(report.unplaced).toEqual([]);
  });

  it('does not take a result no line word names (決算) for a plan’s: its line is listed unplaced', () => {
    const report = importReportTable(
      tsv([
        '指標\t\t平成 23 年度\t平成 24 年度',
        '歳出削減額\t目標値\t100\t200',
        '\t決算\t90\t210',
      ]),
    );
    expect(report.unplaced.map((u) => u.text)).toEqual(['目標値', '決算', '90', '210']);
  });
});
