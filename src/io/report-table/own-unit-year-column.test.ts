import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { importReportTable } from './import-report-table.ts';

/** 大子町 第5次総合計画 後期基本計画, 前期基本計画の数値目標と進捗状況 (three of its lines). */
const DAIGO = [
  '区分\t前期基本計画策定時\t数値目標\t平成26年度進捗状況',
  '図書標準を達成している学校数\t5校/13校\t13校/13校\t7校/11校',
  '非木造施設の耐震化率\t48.1%\t64.0%\t87.0%',
  '学校給食における使用野菜の地場産物の割合(重量換算)\t36.0%\t45.0%\t13.0%',
];

const read = (lines: readonly string[]) =>
  importReportTable(readTsv('daigo-kyoiku-h26.tsv', lines.join('\n')));

describe('a year’s column no word names, its figures each of its row’s own unit (大子町 「平成26年度進捗状況」)', () => {
  it('reads it as the actuals of its year where no column holds actuals', () => {
    const report = read(DAIGO);
    expect(report.fiscalYear).toBe(2014);
    expect(
      report.kpis.map((k) => k.kpi.actuals.map((a) => [a.fiscalYear, a.figure.value])),
    ).toEqual([[[2014, '7']], [[2014, '87.0']], [[2014, '13.0']]]);
    expect(report.problems).toEqual([]);
    expect(report.unplaced).toEqual([]);
  });

  it('leaves it unread where a figure is of another unit than its row’s target (a rate, a count of something else)', () => {
    const report = read([
      '区分\t前期基本計画策定時\t数値目標\t平成26年度進捗状況',
      '図書標準を達成している学校数\t5校/13校\t13校/13校\t54%',
      '非木造施設の耐震化率\t48.1%\t64.0%\t87.0%',
    ]);
    expect(report.problems.map((p) => p.kind)).toContain('role');
  });
});
