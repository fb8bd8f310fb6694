import { describe, expect, it } from 'vitest';
import { ImportError } from '../import-problem.ts';
import { readTsv } from '../read-delimited.ts';
import { importReportTable } from './import-report-table.ts';

const read = (lines: readonly string[]) => importReportTable(readTsv('t.tsv', lines.join('\n')));

describe('rows read as KPIs named by a kind of figure (目標, 実績)', () => {
  it('refuse the table, saying so (荒尾市 行政改革大綱の検証: 目標 / 実績 lines under each goal)', () => {
    const lines = [
      '主な数値目標の成果',
      '1.財政効果額(平成16〜18年度)',
      '目標\t3年間で56億2,000万円',
      '実績\t3年間で64億8,137万円(目標達成)',
      '2.財政効果額(平成19〜21年度)',
      '目標\t3年間で3億5,000万円',
      '実績\t3年間で10億890万円(目標達成)',
      '5.職員数の適正化 一般行政職員(医療職除く)の削減',
      '目標\t平成21年度までの6年で16%削減',
      '実績\t平成21年度までの6年で20.1%削減(目標達成)',
      '6.経常収支比率',
      '目標\t90%台半ばに抑える',
      '実績\t平成21年度 92.2%(目標達成)',
    ];
    expect(() => read(lines)).toThrow(ImportError);
    expect(() => read(lines)).toThrow(/named by a kind of figure \("目標", "実績"|"実績", "目標"/);
  });

  it('leave a table of series with a few such lines read (立山町: 目標数 beside 職員数 and their changes)', () => {
    const report = read([
      '区分\t平成16年\t平成22年',
      '目標数\t300人\t280人',
      '増減数\t\t△20人',
      '職員数\t300人\t276人',
      '増減数\t\t△24人',
    ]);
    expect(report.kpis.length).toBe(4);
  });
});
